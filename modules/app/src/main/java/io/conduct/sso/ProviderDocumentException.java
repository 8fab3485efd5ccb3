package io.conduct.sso;

import io.conduct.platform.graphql.UserErrorCode;

/** A provider's URL or document that cannot be used: a user error of the field named. */
class ProviderDocumentException extends RuntimeException {

	private final UserErrorCode code;

	ProviderDocumentException(UserErrorCode code, String message) {
		super(message);
		this.code = code;
	}

	UserErrorCode code() {
		return this.code;
	}

}
