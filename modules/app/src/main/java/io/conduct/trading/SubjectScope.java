package io.conduct.trading;

/**
 * Who is subject to pre-clearance besides executive officers and directors, who always
 * are.
 */
enum SubjectScope {

	/** Everyone of the tenant. */
	EVERYONE,

	/** The members of the tenant's named groups. */
	NAMED_GROUPS

}
