package io.conduct.cases;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The merit review of accounting concerns, and the Audit Committee's record of them.
 */
@Controller
class MeritReviewController {

	private final MeritReviews meritReviews;

	MeritReviewController(MeritReviews meritReviews) {
		this.meritReviews = meritReviews;
	}

	@MutationMapping
	CasePayloads.OfCase caseWithoutMeritRecord(@Argument CaseWithoutMeritRecordInput input) {
		return CasePayloads.OfCase
			.of(CaseIds.onCase(input.caseId(), (id) -> this.meritReviews.recordWithoutMerit(id, input.reason())));
	}

	@MutationMapping
	CasePayloads.OfCase caseMeritForward(@Argument CaseMeritForwardInput input) {
		return CasePayloads.OfCase
			.of(CaseIds.onCase(input.caseId(), (id) -> this.meritReviews.forward(id, input.reason())));
	}

	@QueryMapping
	MeritReviews.QuarterRecord auditCommitteeRecord(@Argument int fiscalYear, @Argument int quarter) {
		return this.meritReviews.auditCommitteeRecord(fiscalYear, quarter);
	}

	record CaseWithoutMeritRecordInput(String caseId, String reason) {
	}

	record CaseMeritForwardInput(String caseId, String reason) {
	}

}
