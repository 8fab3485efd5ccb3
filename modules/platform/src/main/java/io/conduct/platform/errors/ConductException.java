package io.conduct.platform.errors;

/**
 * An error the client can understand: its message is shown as is, under its code.
 */
public class ConductException extends RuntimeException {

	private final ErrorCode code;

	public ConductException(ErrorCode code, String message) {
		super(message);
		this.code = code;
	}

	public ErrorCode code() {
		return this.code;
	}

	public static ConductException notFound(String what) {
		return new ConductException(ErrorCode.NOT_FOUND, what + " not found");
	}

	public static ConductException badRequest(String message) {
		return new ConductException(ErrorCode.BAD_REQUEST, message);
	}

	public static ConductException conflict(String message) {
		return new ConductException(ErrorCode.CONFLICT, message);
	}

}
