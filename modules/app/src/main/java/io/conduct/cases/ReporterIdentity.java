package io.conduct.cases;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who reported, when the reporter is not anonymous: kept only encrypted in the case.
 *
 * @param subject the reporter's identity in the realm, when signed in
 * @param personId the reporter's directory entry, if any
 * @param name name
 * @param email e-mail address
 * @param phone phone number
 */
record ReporterIdentity(String subject, String personId, String name, String email, String phone) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What an encrypted identity is bound to: its case. */
	static String context(String caseId) {
		return "case/" + caseId + "/reporterIdentity";
	}

	String toJson() {
		return JSON.writeValueAsString(this);
	}

	static ReporterIdentity fromJson(String json) {
		return JSON.readValue(json, ReporterIdentity.class);
	}

}
