package io.conduct.provisioning;

import java.time.Instant;

/**
 * The tenant's SCIM credential as its administrator sees it: never the secret.
 *
 * @param credentialId the local id
 * @param label what the administrator called it
 * @param hint the secret's last characters
 * @param issuedAt when the secret was issued
 * @param issuedBy the subject of who issued it
 * @param basePath the path of the tenant's SCIM endpoints
 */
public record ScimCredential(String credentialId, String label, String hint, Instant issuedAt, String issuedBy,
		String basePath) {

	/** The GraphQL type. */
	static final String GRAPHQL_TYPE = "ScimCredential";

}
