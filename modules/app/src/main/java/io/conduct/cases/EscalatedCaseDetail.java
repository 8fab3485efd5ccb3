package io.conduct.cases;

import java.time.Instant;
import java.util.List;

import io.conduct.people.PersonType;
import io.conduct.platform.security.Role;

/**
 * What a member of the Board or of the Audit Committee, from this tenant or one above it
 * in the group, reads when they open an escalated case to decide on it: the report as
 * told, the results and the recommendation, the executive officers and directors a
 * measure may concern, the measures decided and the Audit Committee's follow-ups. Never
 * the reporter, nor the investigation's work.
 *
 * @param summary the case as the group's list shows it
 * @param description the report as told
 * @param resultsSummary the results, once submitted
 * @param recommendation the recommendation that came with them
 * @param measureSubjects the executive officers and directors involved, on whom the Board
 * decides
 * @param measures the measures decided on the case
 * @param followUps the Audit Committee's follow-ups recorded
 */
public record EscalatedCaseDetail(EscalatedCase summary, String description, String resultsSummary,
		String recommendation, List<Subject> measureSubjects, List<Measure> measures, List<FollowUp> followUps) {

	/**
	 * Someone a measure may concern.
	 *
	 * @param personId their directory id in the case's tenant
	 * @param name their name
	 * @param type executive officer or director
	 */
	public record Subject(String personId, String name, PersonType type) {
	}

	/**
	 * A measure decided.
	 *
	 * @param personId whom it concerns, by directory id in the case's tenant
	 * @param personName their name
	 * @param kind what
	 * @param status final, held for a retaliation review, or revoked
	 * @param decidedByRole the role it was decided in
	 * @param decidedAt when
	 */
	public record Measure(String personId, String personName, MeasureKind kind, MeasureStatus status,
			Role decidedByRole, Instant decidedAt) {
	}

	/**
	 * A follow-up the Audit Committee recorded on a forwarded accounting concern.
	 *
	 * @param followUp what it authorized, or why nothing
	 * @param recordedAt when
	 */
	public record FollowUp(String followUp, Instant recordedAt) {
	}

}
