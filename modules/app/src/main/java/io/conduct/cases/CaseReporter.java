package io.conduct.cases;

/**
 * Who reported, as the case's handlers see it.
 *
 * @param name name
 * @param email e-mail address
 * @param phone phone number
 * @param personId their directory entry, if any
 */
record CaseReporter(String name, String email, String phone, String personId) {

	static CaseReporter of(ReporterIdentity identity) {
		return new CaseReporter(identity.name(), identity.email(), identity.phone(), identity.personId());
	}

}
