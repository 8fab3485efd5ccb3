package io.conduct.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.conduct.platform.tenancy.JurisdictionCatalog;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The jurisdiction packs, read from {@code cases/jurisdiction-packs.json} and checked at
 * startup. A tenant gets the duties of the packs of its jurisdictions
 * ({@link JurisdictionDuties}: the strictest deadline wins), or the default pack's when
 * none applies. The keys are the jurisdictions a tenant may list.
 */
@Component
class JurisdictionPacks implements JurisdictionCatalog {

	static final String DEFAULT = "DEFAULT";

	private final Map<String, JurisdictionPack> packs;

	JurisdictionPacks() {
		this(read());
	}

	JurisdictionPacks(List<JurisdictionPack> packs) {
		Map<String, JurisdictionPack> byKey = new LinkedHashMap<>();
		for (JurisdictionPack pack : packs) {
			check(pack);
			if (byKey.put(pack.key(), pack) != null) {
				throw new IllegalStateException("The jurisdiction pack " + pack.key() + " is listed twice");
			}
		}
		if (!byKey.containsKey(DEFAULT)) {
			throw new IllegalStateException("The jurisdiction packs need a " + DEFAULT + " pack");
		}
		this.packs = java.util.Collections.unmodifiableMap(byKey);
	}

	/** The duties for a tenant with these jurisdictions. */
	JurisdictionDuties dutiesFor(Collection<String> jurisdictions) {
		List<JurisdictionPack> applicable = jurisdictions.stream()
			.distinct()
			.map(this.packs::get)
			.filter((p) -> p != null)
			.toList();
		return new JurisdictionDuties(applicable.isEmpty() ? List.of(this.packs.get(DEFAULT)) : applicable);
	}

	@Override
	public Set<String> keys() {
		return this.packs.keySet();
	}

	List<JurisdictionPack> all() {
		return List.copyOf(this.packs.values());
	}

	private static void check(JurisdictionPack pack) {
		if (pack.key() == null || !pack.key().matches("^[A-Z0-9-]{2,20}$") || pack.name() == null
				|| pack.source() == null || pack.reporterProtection() == null || pack.reporterProtection().isNegative()
				|| pack.reporterProtection().isZero()) {
			throw new IllegalStateException("Incomplete jurisdiction pack: " + pack);
		}
		deadline(pack, "acknowledgement", pack.acknowledgement(), false);
		deadline(pack, "feedback", pack.feedback(), false);
		deadline(pack, "meeting", pack.meeting(), true);
		pack.dutiesIn().forEach((language, duties) -> {
			if (!language.matches("^[a-z]{2,3}$") || duties == null || duties.size() != pack.duties().size()) {
				throw new IllegalStateException("The jurisdiction pack " + pack.key() + " translates its duties into "
						+ language + " with another number of sentences than in English");
			}
		});
	}

	private static void deadline(JurisdictionPack pack, String name, JurisdictionPack.Deadline deadline,
			boolean optional) {
		if (deadline == null && optional) {
			return;
		}
		if (deadline == null || deadline.unit() == null || deadline.within() < 1 || deadline.within() > 400) {
			throw new IllegalStateException(
					"The jurisdiction pack " + pack.key() + " needs a " + name + " deadline of 1 to 400 units");
		}
	}

	private static List<JurisdictionPack> read() {
		try (InputStream json = new ClassPathResource("cases/jurisdiction-packs.json").getInputStream()) {
			return JsonMapper.builder().build().readValue(json, new TypeReference<File>() {
			}).packs();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The file.
	 *
	 * @param version its version
	 * @param packs the packs
	 */
	record File(int version, List<JurisdictionPack> packs) {
	}

}
