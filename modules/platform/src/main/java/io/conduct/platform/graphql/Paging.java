package io.conduct.platform.graphql;

import io.conduct.platform.errors.ConductException;

/**
 * The paging arguments of a connection ({@code first}, {@code after}), validated the same
 * way for every list: {@code first} from 1 to {@value #MAX} ({@value #DEFAULT} when
 * absent or explicitly {@code null}), and a cursor this server made, else a BAD_REQUEST;
 * never a silent first page.
 *
 * @param first how many to return
 * @param after the position after which to start; {@code null} for the first page
 */
public record Paging(int first, Cursors.Position after) {

	/** The page size when the client does not say. */
	public static final int DEFAULT = 20;

	/** The largest page a client may ask for. */
	public static final int MAX = 100;

	/**
	 * @throws ConductException a bad request, for a size out of range or a cursor that is
	 * not one of ours
	 */
	public static Paging of(Integer first, String after) {
		int size = (first != null) ? first : DEFAULT;
		if (size < 1 || size > MAX) {
			throw ConductException.badRequest("first must be between 1 and " + MAX + ", was " + size);
		}
		if (after != null && after.isEmpty()) {
			throw ConductException.badRequest("Invalid cursor");
		}
		return new Paging(size, Cursors.decode(after));
	}

	/**
	 * The number of records to read: one more than the page, to know whether more follow.
	 */
	public int probe() {
		return this.first + 1;
	}

	public boolean isFirstPage() {
		return this.after == null;
	}

}
