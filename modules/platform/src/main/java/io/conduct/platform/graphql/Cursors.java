package io.conduct.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.conduct.platform.errors.ConductException;

/**
 * Opaque connection cursors for a position in a sort order: the sort key and the id of
 * the last node seen, encoded so that clients do not read meaning into them.
 */
public final class Cursors {

	private static final char SEPARATOR = '\u0000';

	private Cursors() {
	}

	/** A position in an order by a moment (newest or oldest first), then by id. */
	public static String encode(java.time.Instant sortKey, String id) {
		return encode(String.valueOf(sortKey.toEpochMilli()), id);
	}

	public static String encode(String sortKey, String id) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((sortKey + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The sort key and id of a cursor, or {@code null} for none.
	 * @throws ConductException a bad request, for a cursor this did not make
	 */
	public static Position decode(String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return null;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int separator = decoded.lastIndexOf(SEPARATOR);
			if (separator < 0) {
				throw new IllegalArgumentException("Not a cursor");
			}
			return new Position(decoded.substring(0, separator), decoded.substring(separator + 1));
		}
		catch (IllegalArgumentException ex) {
			throw ConductException.badRequest("Invalid cursor");
		}
	}

	/**
	 * A position in a sort order.
	 *
	 * @param sortKey the sort key of the last node seen
	 * @param id its id
	 */
	public record Position(String sortKey, String id) {

		/**
		 * The sort key of a cursor made by
		 * {@link Cursors#encode(java.time.Instant, String)}.
		 */
		public java.time.Instant instant() {
			try {
				return java.time.Instant.ofEpochMilli(Long.parseLong(this.sortKey));
			}
			catch (NumberFormatException ex) {
				throw ConductException.badRequest("Invalid cursor");
			}
		}

	}

}
