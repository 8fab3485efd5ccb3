package io.conduct.platform.identity;

/**
 * The realm has an account with that username or e-mail address already, which Conduct
 * did not create for this request: it is never taken over.
 */
public class AccountTakenException extends IdentityProvisioningException {

	private final Field field;

	public AccountTakenException(Field field, String message) {
		super(message, null);
		this.field = field;
	}

	/** Which of the account's values is taken. */
	public Field field() {
		return this.field;
	}

	/** The values of an account that must be unique in its realm. */
	public enum Field {

		USERNAME, EMAIL

	}

}
