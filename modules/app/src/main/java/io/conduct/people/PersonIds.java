package io.conduct.people;

import java.util.Optional;
import java.util.function.Function;

import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;

/**
 * The global ids of people, and mutations that act on the person an id names.
 */
final class PersonIds {

	static final String TYPE = Person.GRAPHQL_TYPE;

	private PersonIds() {
	}

	static String encode(String personId) {
		return GlobalId.encode(TYPE, personId);
	}

	static Optional<String> decode(String globalId) {
		return GlobalId.localIdOf(globalId, TYPE);
	}

	/**
	 * The local id of an optional reference to a person: {@code null} when absent, and an
	 * id that matches nobody when it is not a person's id, so that the use case reports
	 * it as not found.
	 */
	static String reference(String globalId) {
		return (globalId != null) ? decode(globalId).orElse("") : null;
	}

	/** Runs the action on the person the id names; a user error when it names nobody. */
	static Outcome<Person> acting(String field, String globalId, Function<String, Outcome<Person>> action) {
		Optional<String> id = decode(globalId);
		return id.isPresent() ? action.apply(id.get())
				: Outcome.rejected(field, UserErrorCode.NOT_FOUND, "No such person");
	}

}
