package io.conduct.waivers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;

/**
 * The inputs and payloads of the waivers' GraphQL API, and the global ids of its nodes.
 */
final class WaiverGraphQl {

	static final String PERSON = "Person";

	static final String CASE = "Case";

	private WaiverGraphQl() {
	}

	/**
	 * The local id a global id names for the type; one that matches nothing otherwise.
	 */
	static String localId(String globalId, String type) {
		return (globalId != null) ? GlobalId.localIdOf(globalId, type).orElse("") : null;
	}

	static List<String> localIds(List<String> globalIds, String type) {
		return (globalIds != null) ? globalIds.stream().map((id) -> localId(id, type)).toList() : null;
	}

	/** Runs the action on the node the id names, or a user error naming the field. */
	static <T> Outcome<T> on(String field, String globalId, String type, Function<String, Outcome<T>> action) {
		Optional<String> id = GlobalId.localIdOf(globalId, type);
		return id.isPresent() ? action.apply(id.get()) : Outcome.rejected(field, UserErrorCode.NOT_FOUND, "Not found");
	}

	/**
	 * The payload of a mutation that changes a waiver request.
	 *
	 * @param waiverRequest the request, as stored
	 * @param userErrors what to fix
	 */
	record WaiverRequestPayload(WaiverRequest waiverRequest, List<UserError> userErrors) {

		static WaiverRequestPayload of(Outcome<WaiverRequest> outcome) {
			return new WaiverRequestPayload(outcome.value(), outcome.userErrors());
		}

	}

	/**
	 * The payload of publicDisclosureRecord.
	 *
	 * @param publicDisclosureClock the clock, as stored
	 * @param userErrors what to fix
	 */
	record PublicDisclosureRecordPayload(PublicDisclosureClock publicDisclosureClock, List<UserError> userErrors) {
	}

	/**
	 * The payload of implicitWaiverPromptAnswer.
	 *
	 * @param implicitWaiverPrompt the prompt, as stored
	 * @param userErrors what to fix
	 */
	record ImplicitWaiverPromptAnswerPayload(ImplicitWaiverPrompt implicitWaiverPrompt, List<UserError> userErrors) {
	}

	/**
	 * The payload of codeSectionWaivabilitySet.
	 *
	 * @param sections every section of the version, as marked
	 * @param userErrors what to fix
	 */
	record CodeSectionWaivabilitySetPayload(List<SectionWaivability.View> sections, List<UserError> userErrors) {
	}

	/**
	 * The payload of waiverSettingsUpdate.
	 *
	 * @param settings the settings, as stored
	 * @param userErrors what to fix
	 */
	record WaiverSettingsUpdatePayload(WaiverSettings settings, List<UserError> userErrors) {
	}

	/**
	 * waiverRequestSubmit's input.
	 *
	 * @param sectionKey the section's key
	 * @param reasons why
	 * @param periodStart first day
	 * @param periodEnd last day
	 */
	record WaiverRequestSubmitInput(String sectionKey, String reasons, LocalDate periodStart, LocalDate periodEnd) {
	}

	/**
	 * waiverSupervisorReview's input.
	 *
	 * @param waiverRequestId the request
	 * @param agrees whether the supervisor agrees
	 * @param note why
	 */
	record WaiverSupervisorReviewInput(String waiverRequestId, Boolean agrees, String note) {
	}

	/**
	 * waiverCfoCaoDecide's input.
	 *
	 * @param waiverRequestId the request
	 * @param decision approve or deny
	 * @param note why
	 */
	record WaiverCfoCaoDecideInput(String waiverRequestId, WaiverDecision decision, String note) {
	}

	/**
	 * waiverBoardRefer's input.
	 *
	 * @param waiverRequestId the request
	 * @param note what the Board should know
	 */
	record WaiverBoardReferInput(String waiverRequestId, String note) {
	}

	/**
	 * waiverBoardDecide's input.
	 *
	 * @param waiverRequestId the request
	 * @param decision grant or deny
	 * @param note why
	 * @param resolution the resolution
	 */
	record WaiverBoardDecideInput(String waiverRequestId, WaiverDecision decision, String note,
			BoardResolutionInput resolution) {
	}

	/**
	 * A resolution as given, with global person ids.
	 *
	 * @param resolutionDate its day
	 * @param reference the minutes' reference
	 * @param memberIds the members who took part
	 * @param declaredRecusalIds other members who recused themselves
	 * @param committeeName the committee that decided
	 */
	record BoardResolutionInput(LocalDate resolutionDate, String reference, List<String> memberIds,
			List<String> declaredRecusalIds, String committeeName) {

		BoardResolutions.Input toLocal() {
			return new BoardResolutions.Input(this.resolutionDate, this.reference, localIds(this.memberIds, PERSON),
					localIds(this.declaredRecusalIds, PERSON), this.committeeName);
		}

	}

	/**
	 * publicDisclosureRecord's input.
	 *
	 * @param publicDisclosureClockId the clock
	 * @param method filed or posted
	 * @param filingDate the filing's date
	 * @param filingReference the filing's reference
	 * @param url the posting's address
	 * @param postingDate the posting's day
	 */
	record PublicDisclosureRecordInput(String publicDisclosureClockId, PublicDisclosureClock.Method method,
			LocalDate filingDate, String filingReference, String url, LocalDate postingDate) {
	}

	/**
	 * implicitWaiverPromptAnswer's input.
	 *
	 * @param implicitWaiverPromptId the prompt
	 * @param answer a waiver or not
	 * @param note why
	 */
	record ImplicitWaiverPromptAnswerInput(String implicitWaiverPromptId, ImplicitWaiverPrompt.Answer answer,
			String note) {
	}

	/**
	 * implicitWaiverPrompts' filter.
	 *
	 * @param status only in this state
	 */
	record ImplicitWaiverPromptFilter(PromptStatus status) {
	}

	/** Where a prompt stands, as clients see it. */
	enum PromptStatus {

		OPEN, ANSWERED, MEASURE_DECIDED;

		ImplicitWaiverPrompt.Stage stage() {
			return ImplicitWaiverPrompt.Stage.valueOf(name());
		}

		static PromptStatus of(ImplicitWaiverPrompt.Stage stage) {
			return valueOf(stage.name());
		}

	}

	/**
	 * codeSectionWaivabilitySet's input.
	 *
	 * @param codeVersionId the version
	 * @param sectionKey the section's key
	 * @param waivable whether an exception may be asked for
	 * @param reason why not
	 */
	record CodeSectionWaivabilitySetInput(String codeVersionId, String sectionKey, Boolean waivable, String reason) {
	}

	/**
	 * waiverSettingsUpdate's input.
	 *
	 * @param boardCommitteeMayDecide whether a committee may decide
	 * @param committeeName the committee
	 * @param implicitWaiverPromptDays the days without a measure
	 */
	record WaiverSettingsUpdateInput(Boolean boardCommitteeMayDecide, String committeeName,
			Integer implicitWaiverPromptDays) {
	}

	/**
	 * A disclosure as clients see it, with the duties that still hold today.
	 *
	 * @param method filed or posted
	 * @param filingDate the filing's date
	 * @param filingReference the filing's reference
	 * @param url the posting's address
	 * @param postingDate the posting's day
	 * @param disclosedOn the day it was made public
	 * @param onTime whether by the due date
	 * @param websiteAvailableUntil the last day a posting must stay available
	 * @param recordKeptUntil the last day the record must be kept
	 * @param mustStayOnline whether the posting must still be available today
	 * @param mustBeKept whether the record must still be kept today
	 * @param recordedByPersonId who recorded it
	 * @param recordedByName their name then
	 * @param recordedAt when
	 */
	record DisclosureView(PublicDisclosureClock.Method method, LocalDate filingDate, String filingReference, String url,
			LocalDate postingDate, LocalDate disclosedOn, boolean onTime, LocalDate websiteAvailableUntil,
			LocalDate recordKeptUntil, boolean mustStayOnline, boolean mustBeKept, String recordedByPersonId,
			String recordedByName, Instant recordedAt) {

		static DisclosureView of(PublicDisclosureClock.Disclosure d, LocalDate today) {
			return new DisclosureView(d.method(), d.filingDate(), d.filingReference(), d.url(), d.postingDate(),
					d.disclosedOn(), d.onTime(), d.websiteAvailableUntil(), d.recordKeptUntil(),
					d.websiteAvailableUntil() != null && !today.isAfter(d.websiteAvailableUntil()),
					!today.isAfter(d.recordKeptUntil()), d.recordedByPersonId(), d.recordedByName(), d.recordedAt());
		}

	}

}
