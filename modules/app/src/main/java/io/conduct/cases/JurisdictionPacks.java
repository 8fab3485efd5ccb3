package io.conduct.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The jurisdiction packs, read from {@code cases/jurisdiction-packs.json}. A tenant gets
 * the strictest duties of the packs of its jurisdictions, or the default pack when none
 * applies.
 */
@Component
class JurisdictionPacks {

	static final String DEFAULT = "DEFAULT";

	private final Map<String, JurisdictionPack> packs;

	JurisdictionPacks() {
		this(read());
	}

	JurisdictionPacks(List<JurisdictionPack> packs) {
		this.packs = packs.stream().collect(Collectors.toUnmodifiableMap(JurisdictionPack::key, Function.identity()));
		if (!this.packs.containsKey(DEFAULT)) {
			throw new IllegalStateException("The jurisdiction packs need a " + DEFAULT + " pack");
		}
	}

	/** The duties for a tenant with these jurisdictions. */
	JurisdictionPack dutiesFor(Collection<String> jurisdictions) {
		List<JurisdictionPack> applicable = jurisdictions.stream()
			.map(this.packs::get)
			.filter((p) -> p != null)
			.toList();
		if (applicable.isEmpty()) {
			return this.packs.get(DEFAULT);
		}
		return new JurisdictionPack(applicable.stream().map(JurisdictionPack::key).collect(Collectors.joining("+")),
				applicable.stream().map(JurisdictionPack::name).collect(Collectors.joining("; ")),
				applicable.stream().mapToInt(JurisdictionPack::acknowledgeWithinDays).min().orElseThrow(),
				applicable.stream().mapToInt(JurisdictionPack::feedbackWithinMonths).min().orElseThrow());
	}

	private static List<JurisdictionPack> read() {
		try (InputStream json = new ClassPathResource("cases/jurisdiction-packs.json").getInputStream()) {
			return JsonMapper.builder().build().readValue(json, new TypeReference<List<JurisdictionPack>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
