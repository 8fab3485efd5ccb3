package io.conduct.certifications;

import java.util.List;

import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Certifications raised with an exception, for those who look into them.
 */
@Controller
class ExceptionsController {

	private final CertificationExceptions exceptions;

	ExceptionsController(CertificationExceptions exceptions) {
		this.exceptions = exceptions;
	}

	@QueryMapping
	Connection<Certification> certificationExceptions(@Argument Integer first, @Argument String after,
			@Argument Boolean unresolvedOnly) {
		Paging paging = Paging.of(first, after);
		// an explicit null asks for the default
		boolean unresolved = (unresolvedOnly == null) || unresolvedOnly;
		return Connection.of(this.exceptions.page(unresolved, paging), paging, CertificationStore::cursorOf);
	}

	@MutationMapping
	CertificationExceptionResolvePayload certificationExceptionResolve(
			@Argument CertificationExceptionResolveInput input) {
		Outcome<Certification> outcome = this.exceptions.resolve(
				CertificationIds.localId(input.certificationId(), CertificationIds.CERTIFICATION), input.outcome(),
				input.note());
		return new CertificationExceptionResolvePayload(outcome.value(), outcome.userErrors());
	}

	/**
	 * The result of certificationExceptionResolve.
	 *
	 * @param certification the certification, resolved
	 * @param userErrors what to fix
	 */
	record CertificationExceptionResolvePayload(Certification certification, List<UserError> userErrors) {
	}

	record CertificationExceptionResolveInput(String certificationId, Certification.Resolution.Outcome outcome,
			String note) {
	}

}
