package io.conduct.cases;

/**
 * How much of the reporter's identity the case carries.
 */
enum ReporterMode {

	/** The reporter's identity is known to the handlers. */
	NAMED,

	/** The identity is encrypted and shown to the case's handlers only. */
	CONFIDENTIAL,

	/** Nothing identifies the reporter; follow-up by receipt key and passphrase. */
	ANONYMOUS

}
