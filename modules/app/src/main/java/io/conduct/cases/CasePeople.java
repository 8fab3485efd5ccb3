package io.conduct.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;

import org.springframework.stereotype.Component;

/**
 * The directory people that what a case holds names (reporters, people involved,
 * investigators, interviewees, subjects of allegations and measures), found for a whole
 * batch of items in one query: the GraphQL batch loaders of the cases module use it.
 */
@Component
class CasePeople {

	private final PeopleDirectory people;

	CasePeople(PeopleDirectory people) {
		this.people = people;
	}

	/** The person each item names, for the items that name one the caller may see. */
	<K> Map<K, Person> of(Collection<K> items, Function<K, String> personIdOf) {
		Map<String, Person> found = find(items.stream().map(personIdOf).filter(Objects::nonNull).toList());
		Map<K, Person> result = new HashMap<>();
		for (K item : items) {
			Person person = found.get(personIdOf.apply(item));
			if (person != null) {
				result.put(item, person);
			}
		}
		return result;
	}

	/**
	 * The people each item names, in its order, leaving out those the caller may not see.
	 */
	<K> Map<K, List<Person>> ofEach(Collection<K> items, Function<K, List<String>> personIdsOf) {
		Map<String, Person> found = find(items.stream().flatMap((item) -> personIdsOf.apply(item).stream()).toList());
		Map<K, List<Person>> result = new HashMap<>();
		for (K item : items) {
			result.put(item, personIdsOf.apply(item).stream().map(found::get).filter(Objects::nonNull).toList());
		}
		return result;
	}

	private Map<String, Person> find(List<String> ids) {
		return ids.isEmpty() ? Map.of() : this.people.findAll(ids.stream().distinct().toList());
	}

}
