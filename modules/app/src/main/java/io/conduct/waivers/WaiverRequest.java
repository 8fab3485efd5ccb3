package io.conduct.waivers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.conduct.people.PersonType;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A request for an exception to a section of the Code and its disposition, one document
 * in the tenant's database: every step is one conditional update of it.
 *
 * @param id the id
 * @param number the tenant's number, e.g. {@code W-2026-0003}
 * @param requesterPersonId who asks
 * @param requesterSubject their identity, to tell them apart from people deciding
 * @param requesterName their name at the time
 * @param requesterType their person type at the time, which chose the route
 * @param route the route
 * @param status where it stands
 * @param codeVersionId the version of the Code in force when it was made
 * @param codeVersionNumber that version's number
 * @param section the section named
 * @param reasons why an exception is appropriate
 * @param periodStart first day of the period
 * @param periodEnd last day of the period
 * @param requestedAt when it was made
 * @param supervisorPersonId the immediate supervisor then, who agrees first (employee
 * route)
 * @param supervisorReview the supervisor's review, once recorded
 * @param cfoCaoStep the CFO/CAO's approval, denial or referral, once recorded
 * @param boardDecision the Board's decision, once recorded
 * @param decidedAt when it was disposed of
 * @param disclosureClockId the public-disclosure clock of a waiver the Board granted
 * @param clockPending whether that clock is still to be written (a step the next round
 * finishes if it was cut short)
 */
@Document("waiver_requests")
record WaiverRequest(@Id String id, String number, String requesterPersonId, String requesterSubject,
		String requesterName, PersonType requesterType, WaiverRoute route, WaiverStatus status, String codeVersionId,
		int codeVersionNumber, WaiverSection section, String reasons, LocalDate periodStart, LocalDate periodEnd,
		Instant requestedAt, String supervisorPersonId, SupervisorReview supervisorReview, CfoCaoStep cfoCaoStep,
		BoardDecision boardDecision, Instant decidedAt, String disclosureClockId, boolean clockPending) {

	static final String TYPE = "WaiverRequest";

	/** Whether the person is the requester. */
	boolean isRequester(String personId, String subject) {
		return (personId != null && personId.equals(this.requesterPersonId))
				|| (subject != null && subject.equals(this.requesterSubject));
	}

	/**
	 * The section of the Code a request names, as it stood in the version in force.
	 *
	 * @param key its key in the translation it was named in
	 * @param heading its heading
	 * @param index its position in the version, from 0
	 */
	record WaiverSection(String key, String heading, int index) {
	}

	/**
	 * The supervisor's review.
	 *
	 * @param supervisorPersonId who reviewed
	 * @param supervisorSubject their identity
	 * @param supervisorName their name then
	 * @param agrees whether they agree an exception is appropriate
	 * @param note why
	 * @param reviewedAt when
	 */
	record SupervisorReview(String supervisorPersonId, String supervisorSubject, String supervisorName, boolean agrees,
			String note, Instant reviewedAt) {
	}

	/**
	 * The CFO/CAO's step.
	 *
	 * @param cfoCaoPersonId who acted, if in the directory
	 * @param cfoCaoSubject their identity
	 * @param cfoCaoName their name then
	 * @param action what they did
	 * @param note why
	 * @param actedAt when
	 */
	record CfoCaoStep(String cfoCaoPersonId, String cfoCaoSubject, String cfoCaoName, CfoCaoAction action, String note,
			Instant actedAt) {
	}

	/** What the CFO/CAO did with a request. */
	enum CfoCaoAction {

		APPROVED, DENIED, REFERRED_TO_BOARD

	}

	/**
	 * The Board's decision.
	 *
	 * @param decision granted or denied
	 * @param note why
	 * @param resolution the resolution
	 * @param recordedByPersonId the member who recorded it
	 * @param recordedBySubject their identity
	 * @param recordedByName their name then
	 * @param recordedAt when
	 */
	record BoardDecision(WaiverDecision decision, String note, Resolution resolution, String recordedByPersonId,
			String recordedBySubject, String recordedByName, Instant recordedAt) {
	}

	/**
	 * A resolution of the Board or of its committee.
	 *
	 * @param resolutionDate its day
	 * @param reference the minutes' reference
	 * @param decidingBody the Board or a committee
	 * @param committeeName the committee's name, when one decided
	 * @param committeeMayDecide the tenant's setting when it was recorded
	 * @param memberPersonIds the members who took part
	 * @param recusals the members who did not, and why
	 */
	record Resolution(LocalDate resolutionDate, String reference, DecidingBody decidingBody, String committeeName,
			boolean committeeMayDecide, List<String> memberPersonIds, List<Recusal> recusals) {

		Resolution {
			memberPersonIds = List.copyOf(memberPersonIds);
			recusals = List.copyOf(recusals);
		}

	}

	/** Who decided for the Board. */
	enum DecidingBody {

		BOARD, BOARD_COMMITTEE

	}

	/**
	 * A member who did not take part.
	 *
	 * @param memberPersonId the member
	 * @param memberName their name then
	 * @param reason why
	 */
	record Recusal(String memberPersonId, String memberName, RecusalReason reason) {
	}

	/** Why a member did not take part. */
	enum RecusalReason {

		REQUESTER, IMMEDIATE_FAMILY, DECLARED

	}

}
