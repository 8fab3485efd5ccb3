package io.conduct.people;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

/**
 * The directory entries that GraphQL fields of any module name by id, through the one
 * data loader of people of the request ({@code DataLoader<String, Person>} as an argument
 * of a schema mapping): every person a level of the response names, whatever the field,
 * is loaded in one query, with the caller's visibility (those the caller may not see are
 * null or left out).
 */
public final class PersonBatches {

	private PersonBatches() {
	}

	/** The person with the id, or null for none (or one the caller may not see). */
	public static CompletableFuture<Person> one(DataLoader<String, Person> people, String personId) {
		return (personId != null) ? people.load(personId) : CompletableFuture.completedFuture(null);
	}

	/**
	 * The people with the ids, in their order, leaving out those the caller may not see.
	 */
	public static CompletableFuture<List<Person>> all(DataLoader<String, Person> people, List<String> personIds) {
		if (personIds == null || personIds.isEmpty()) {
			return CompletableFuture.completedFuture(List.of());
		}
		return people.loadMany(personIds).thenApply((found) -> found.stream().filter(Objects::nonNull).toList());
	}

}
