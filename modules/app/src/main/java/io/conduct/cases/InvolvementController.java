package io.conduct.cases;

import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Involvement after intake: a handler marks a directory person as involved, and the case
 * is routed again at once.
 */
@Controller
class InvolvementController {

	private final CaseInvolvement involvement;

	InvolvementController(CaseInvolvement involvement) {
		this.involvement = involvement;
	}

	@MutationMapping
	CasePayloads.OfCase caseInvolvedPersonAdd(@Argument CaseInvolvedPersonAddInput input) {
		String personId = CaseIds.personId(input.personId()).orElse(null);
		Outcome<java.util.Optional<Case>> outcome = CaseIds.onCase(input.caseId(),
				(id) -> this.involvement.markInvolved(id, personId, input.reason()));
		return new CasePayloads.OfCase((outcome.value() != null) ? outcome.value().orElse(null) : null,
				outcome.userErrors());
	}

	record CaseInvolvedPersonAddInput(String caseId, String personId, String reason) {
	}

}
