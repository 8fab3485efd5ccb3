package io.conduct.people;

import java.util.Optional;

import io.conduct.platform.graphql.GlobalId;

/**
 * The global ids of declared relatives ({@code Relative} nodes): a declaration is named
 * by the declaring person and the declaration's own id, so other modules that take a
 * relative as input read it here rather than knowing the format.
 */
public final class RelativeIds {

	/** The GraphQL type of a declared relative. */
	public static final String TYPE = "Relative";

	private static final char SEPARATOR = '/';

	private RelativeIds() {
	}

	/** The global id of a person's declaration. */
	public static String encode(String personId, String relativeId) {
		return GlobalId.encode(TYPE, personId + SEPARATOR + relativeId);
	}

	/**
	 * The declaring person's id and the declaration's id of a global id; empty when it is
	 * not a relative's id.
	 */
	public static Optional<Declaration> decode(String globalId) {
		return GlobalId.localIdOf(globalId, TYPE).flatMap(RelativeIds::split);
	}

	static Optional<Declaration> split(String localId) {
		int separator = localId.indexOf(SEPARATOR);
		if (separator <= 0 || separator == localId.length() - 1) {
			return Optional.empty();
		}
		return Optional.of(new Declaration(localId.substring(0, separator), localId.substring(separator + 1)));
	}

	/**
	 * A declaration, by its parts.
	 *
	 * @param personId the declaring person
	 * @param relativeId the declaration's id among their relatives
	 */
	public record Declaration(String personId, String relativeId) {
	}

}
