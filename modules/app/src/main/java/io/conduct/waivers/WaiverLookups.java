package io.conduct.waivers;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.conduct.code.CodeVersion;

import org.springframework.stereotype.Component;

/**
 * Batch loading of the few versions of the Code a page of waivers names (the people it
 * names come from the one data loader of people, {@code PersonBatches}).
 */
@Component
class WaiverLookups {

	private final CodeSections sections;

	WaiverLookups(CodeSections sections) {
		this.sections = sections;
	}

	/** The version of the Code each key names: one read per distinct version. */
	<K> Map<K, CodeVersion> codeVersion(Collection<K> keys, Function<K, String> versionId) {
		Map<String, CodeVersion> found = new HashMap<>();
		keys.stream()
			.map(versionId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach((id) -> this.sections.version(id).ifPresent((v) -> found.put(id, v)));
		Map<K, CodeVersion> byKey = new HashMap<>();
		for (K key : keys) {
			String id = versionId.apply(key);
			CodeVersion version = (id != null) ? found.get(id) : null;
			if (version != null) {
				byKey.put(key, version);
			}
		}
		return byKey;
	}

}
