package io.conduct.platform.identity;

/**
 * The identity provider refused or could not be reached; the operation can be retried.
 */
public class IdentityProvisioningException extends RuntimeException {

	public IdentityProvisioningException(String message, Throwable cause) {
		super(message, cause);
	}

}
