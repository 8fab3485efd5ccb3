package io.conduct.trading;

/** Whom a restriction applies to. */
enum RestrictionScope {

	/** Everyone of the tenant. */
	EVERYONE,

	/** The people named. */
	NAMED_PEOPLE

}
