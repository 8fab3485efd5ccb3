package io.conduct.cases;

import java.util.List;

import io.conduct.platform.budget.RequestSource;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The reporter's meeting over GraphQL: asking for it, and recording it was held. */
@Controller
class MeetingController {

	private final ReporterMeetings meetings;

	private final AnonymousFollowUp followUp;

	MeetingController(ReporterMeetings meetings, AnonymousFollowUp followUp) {
		this.meetings = meetings;
		this.followUp = followUp;
	}

	@MutationMapping
	ReportMeetingRequestPayload reportMeetingRequest(@Argument ReportMeetingRequestInput input) {
		Outcome<Case> outcome = GlobalId.localIdOf(input.reporterCaseViewId(), ReporterCaseView.TYPE)
			.map(this.meetings::requestForOwnReport)
			.orElseGet(
					() -> Outcome.rejected("reporterCaseViewId", UserErrorCode.NOT_FOUND, "No such report of yours"));
		return new ReportMeetingRequestPayload((outcome.value() != null) ? ReporterCaseView.of(outcome.value()) : null,
				outcome.userErrors());
	}

	@MutationMapping
	CasePayloads.OfPublicReport publicReportMeetingRequest(@Argument PublicReportMeetingRequestInput input,
			@ContextValue(name = RequestSource.CONTEXT_KEY, required = false) RequestSource source) {
		return CasePayloads.OfPublicReport.of(this.followUp.onReport(input.intakeKey(), input.receiptKey(),
				input.passphrase(), source, this.meetings::requestAnonymously));
	}

	@MutationMapping
	CasePayloads.OfCase caseMeetingRecord(@Argument CaseMeetingRecordInput input) {
		return CasePayloads.OfCase.of(CaseIds.onCase(input.caseId(), this.meetings::held));
	}

	/**
	 * A signed-in reporter's request for a meeting.
	 *
	 * @param reporterCaseViewId their report's id
	 */
	record ReportMeetingRequestInput(String reporterCaseViewId) {
	}

	/**
	 * The result of reportMeetingRequest.
	 *
	 * @param report their view of the report, with the meeting's deadline
	 * @param userErrors what to fix
	 */
	record ReportMeetingRequestPayload(ReporterCaseView report, List<UserError> userErrors) {
	}

	/**
	 * An anonymous or public reporter's request for a meeting.
	 *
	 * @param intakeKey the tenant's public intake key
	 * @param receiptKey the receipt key
	 * @param passphrase the passphrase
	 */
	record PublicReportMeetingRequestInput(String intakeKey, String receiptKey, String passphrase) {
	}

	/**
	 * That the meeting the reporter asked for was held.
	 *
	 * @param caseId the case
	 */
	record CaseMeetingRecordInput(String caseId) {
	}

}
