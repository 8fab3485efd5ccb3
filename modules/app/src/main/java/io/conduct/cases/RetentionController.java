package io.conduct.cases;

import java.util.List;

import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** A case's retention and its legal holds over GraphQL. */
@Controller
class RetentionController {

	private final CaseRetention retention;

	private final RecordRetention records;

	RetentionController(CaseRetention retention, RecordRetention records) {
		this.retention = retention;
		this.records = records;
	}

	@QueryMapping
	RecordRetention.Retention recordRetention(@Argument String recordId) {
		return this.records.retentionOf(recordId).orElse(null);
	}

	@MutationMapping
	RecordLegalHoldPlacePayload recordLegalHoldPlace(@Argument RecordLegalHoldPlaceInput input) {
		Outcome<RecordRetention.Retention> outcome = this.records.placeHold(input.recordId(), input.reason());
		return new RecordLegalHoldPlacePayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	RecordLegalHoldReleasePayload recordLegalHoldRelease(@Argument RecordLegalHoldReleaseInput input) {
		Outcome<RecordRetention.Retention> outcome = this.records.releaseHold(input.recordId());
		return new RecordLegalHoldReleasePayload(outcome.value(), outcome.userErrors());
	}

	@QueryMapping
	CaseRetention.Retention caseRetention(@Argument String caseId) {
		return CaseIds.caseId(caseId).flatMap(this.retention::retentionOf).orElse(null);
	}

	@MutationMapping
	CaseLegalHoldPlacePayload caseLegalHoldPlace(@Argument CaseLegalHoldPlaceInput input) {
		Outcome<CaseRetention.Retention> outcome = CaseIds.caseId(input.caseId())
			.map((id) -> this.retention.placeHold(id, input.reason()))
			.orElseGet(RetentionController::noSuchCase);
		return new CaseLegalHoldPlacePayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	CaseLegalHoldReleasePayload caseLegalHoldRelease(@Argument CaseLegalHoldReleaseInput input) {
		Outcome<CaseRetention.Retention> outcome = CaseIds.caseId(input.caseId())
			.map(this.retention::releaseHold)
			.orElseGet(RetentionController::noSuchCase);
		return new CaseLegalHoldReleasePayload(outcome.value(), outcome.userErrors());
	}

	private static Outcome<CaseRetention.Retention> noSuchCase() {
		return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case");
	}

	/**
	 * A legal hold to place.
	 *
	 * @param caseId the case's global id
	 * @param reason why
	 */
	record CaseLegalHoldPlaceInput(String caseId, String reason) {
	}

	/**
	 * The result of caseLegalHoldPlace.
	 *
	 * @param retention the case's retention
	 * @param userErrors what to fix
	 */
	record CaseLegalHoldPlacePayload(CaseRetention.Retention retention, List<UserError> userErrors) {
	}

	/**
	 * A legal hold to release.
	 *
	 * @param caseId the case's global id
	 */
	record CaseLegalHoldReleaseInput(String caseId) {
	}

	/**
	 * The result of caseLegalHoldRelease.
	 *
	 * @param retention the case's retention
	 * @param userErrors what to fix
	 */
	record CaseLegalHoldReleasePayload(CaseRetention.Retention retention, List<UserError> userErrors) {
	}

	/**
	 * A legal hold to place on a record.
	 *
	 * @param recordId the record's global id (a disclosure, certification or waiver
	 * request)
	 * @param reason why
	 */
	record RecordLegalHoldPlaceInput(String recordId, String reason) {
	}

	/**
	 * The result of recordLegalHoldPlace.
	 *
	 * @param retention the record's retention
	 * @param userErrors what to fix
	 */
	record RecordLegalHoldPlacePayload(RecordRetention.Retention retention, List<UserError> userErrors) {
	}

	/**
	 * A legal hold to release from a record.
	 *
	 * @param recordId the record's global id
	 */
	record RecordLegalHoldReleaseInput(String recordId) {
	}

	/**
	 * The result of recordLegalHoldRelease.
	 *
	 * @param retention the record's retention
	 * @param userErrors what to fix
	 */
	record RecordLegalHoldReleasePayload(RecordRetention.Retention retention, List<UserError> userErrors) {
	}

}
