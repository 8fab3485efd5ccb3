package io.conduct.provisioning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every failure of a SCIM endpoint answers as a SCIM error, never a stack trace. */
@RestControllerAdvice(
		assignableTypes = { ScimUsersController.class, ScimGroupsController.class, ScimDiscoveryController.class })
class ScimErrors {

	static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");

	private static final Logger logger = LoggerFactory.getLogger(ScimErrors.class);

	@ExceptionHandler(ScimException.class)
	ResponseEntity<ScimError> scim(ScimException ex) {
		return ResponseEntity.status(ex.status()).contentType(SCIM_JSON).body(ex.body());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ScimError> badParameter(MethodArgumentTypeMismatchException ex) {
		return scim(ScimException.invalidValue("The parameter " + ex.getName() + " is not valid"));
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<ScimError> unexpected(RuntimeException ex) {
		logger.error("SCIM request failed", ex);
		return scim(new ScimException(500, null, "The request failed; nothing was changed by its failed part"));
	}

}
