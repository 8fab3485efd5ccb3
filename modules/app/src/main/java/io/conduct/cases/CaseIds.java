package io.conduct.cases;

import java.util.Optional;
import java.util.function.Function;

import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;

/**
 * The global ids of cases and of what a case holds (messages, files, allegations,
 * investigation entries): an item's local id names its case too, so that it is found, and
 * checked for need-to-know, through its case.
 */
final class CaseIds {

	static final String CASE = "Case";

	private static final char SEPARATOR = '/';

	private CaseIds() {
	}

	static String of(Case reported) {
		return GlobalId.encode(CASE, reported.id());
	}

	/** The local id of a case's global id, if it is one. */
	static Optional<String> caseId(String globalId) {
		return GlobalId.localIdOf(globalId, CASE);
	}

	/** The local id of a person's global id, if it is one; empty for none given. */
	static Optional<String> personId(String globalId) {
		return GlobalId.localIdOf(globalId, "Person");
	}

	/**
	 * A person's local id for an optional input: {@code null} for none given, an id that
	 * matches nobody for an id that is not a person's.
	 */
	static String optionalPersonId(String globalId) {
		return (globalId != null) ? personId(globalId).orElse("") : null;
	}

	static String item(String type, String caseId, String itemId) {
		return GlobalId.encode(type, caseId + SEPARATOR + itemId);
	}

	/** The case and item a global id of the type names. */
	static Optional<Item> item(String globalId, String type) {
		return GlobalId.localIdOf(globalId, type).flatMap(CaseIds::itemOfLocalId);
	}

	static Optional<Item> itemOfLocalId(String localId) {
		int separator = localId.indexOf(SEPARATOR);
		if (separator <= 0 || separator == localId.length() - 1) {
			return Optional.empty();
		}
		return Optional.of(new Item(localId.substring(0, separator), localId.substring(separator + 1)));
	}

	/**
	 * Runs a use case on the case a global id names, or refuses an id that is not one.
	 */
	static <T> Outcome<T> onCase(String globalId, Function<String, Outcome<T>> action) {
		return caseId(globalId).map(action)
			.orElseGet(() -> Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case"));
	}

	/**
	 * An item of a case.
	 *
	 * @param caseId the case
	 * @param itemId the item within it
	 */
	record Item(String caseId, String itemId) {
	}

}
