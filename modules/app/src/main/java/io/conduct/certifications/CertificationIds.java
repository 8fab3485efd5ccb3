package io.conduct.certifications;

import io.conduct.platform.graphql.GlobalId;

/**
 * The global ids of the certification domain's types.
 */
final class CertificationIds {

	static final String CAMPAIGN = "CertificationCampaign";

	static final String ASSIGNMENT = "CertificationAssignment";

	static final String CERTIFICATION = "Certification";

	private CertificationIds() {
	}

	/**
	 * The local id a global id of the type names; an id that matches nothing when it
	 * names another type or is not one of ours, so that the use case reports it as not
	 * found.
	 */
	static String localId(String globalId, String type) {
		return GlobalId.localIdOf(globalId, type).orElse("");
	}

	/** As {@link #localId}, and {@code null} for no id. */
	static String optionalLocalId(String globalId, String type) {
		return (globalId != null) ? localId(globalId, type) : null;
	}

}
