package io.conduct.people;

/**
 * How a relative is related, as the Code defines its circles: a <em>close relative</em>
 * is a spouse, a dependent child or anyone living in the same home; <em>immediate
 * family</em> is a close relative and a parent, sibling, child or in-law, so every
 * relation here is immediate family.
 */
public enum Relation {

	SPOUSE(true), DEPENDENT_CHILD(true), HOUSEHOLD_MEMBER(true), PARENT(false), SIBLING(false), CHILD(false),
	IN_LAW(false);

	private final boolean close;

	Relation(boolean close) {
		this.close = close;
	}

	public boolean isCloseRelative() {
		return this.close;
	}

}
