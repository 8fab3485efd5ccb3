package io.conduct.waivers;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.conduct.code.CodeVersion;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;

import org.springframework.stereotype.Component;

/**
 * Batch loading of what waivers name in other modules: people in one query per field of a
 * page, and the few versions of the Code a page names.
 */
@Component
class WaiverLookups {

	private final PeopleDirectory people;

	private final CodeSections sections;

	WaiverLookups(PeopleDirectory people, CodeSections sections) {
		this.people = people;
		this.sections = sections;
	}

	/**
	 * The person each key names, in one query; keys naming nobody visible are left out.
	 */
	<K> Map<K, Person> person(Collection<K> keys, Function<K, String> personId) {
		Map<String, Person> found = load(
				keys.stream().map(personId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<K, Person> byKey = new HashMap<>();
		for (K key : keys) {
			String id = personId.apply(key);
			Person person = (id != null) ? found.get(id) : null;
			if (person != null) {
				byKey.put(key, person);
			}
		}
		return byKey;
	}

	/** The people each key names, in one query, in the order named. */
	<K> Map<K, List<Person>> people(Collection<K> keys, Function<K, List<String>> personIds) {
		Map<String, Person> found = load(
				keys.stream().flatMap((k) -> personIds.apply(k).stream()).collect(Collectors.toSet()));
		Map<K, List<Person>> byKey = new HashMap<>();
		for (K key : keys) {
			byKey.put(key, personIds.apply(key).stream().map(found::get).filter(Objects::nonNull).toList());
		}
		return byKey;
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

	private Map<String, Person> load(Set<String> ids) {
		return ids.isEmpty() ? Map.of() : this.people.findAll(ids);
	}

}
