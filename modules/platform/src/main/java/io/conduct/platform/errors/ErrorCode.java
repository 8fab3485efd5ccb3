package io.conduct.platform.errors;

import graphql.ErrorClassification;

/**
 * The classification of every GraphQL error Conduct returns, in
 * {@code extensions.classification}. Clients branch on it; messages are for people.
 */
public enum ErrorCode implements ErrorClassification {

	/** No valid token where one is needed. */
	UNAUTHENTICATED,

	/** Authenticated, but the role or relationship does not allow it. */
	FORBIDDEN,

	/** Nothing with that id that the caller may see. */
	NOT_FOUND,

	/** The request itself is malformed, invalid or over a limit. */
	BAD_REQUEST,

	/** The request collides with the current state (a duplicate, a concurrent change). */
	CONFLICT,

	/** A component the request needs is down; retrying later may work. */
	UNAVAILABLE,

	/** Our fault; the message carries a reference for support, never internals. */
	INTERNAL

}
