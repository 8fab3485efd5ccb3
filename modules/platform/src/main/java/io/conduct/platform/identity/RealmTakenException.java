package io.conduct.platform.identity;

/**
 * Keycloak has a realm of that name that Conduct did not create for the tenant: it is
 * never taken over.
 */
public class RealmTakenException extends IdentityProvisioningException {

	public RealmTakenException(String message) {
		super(message, null);
	}

}
