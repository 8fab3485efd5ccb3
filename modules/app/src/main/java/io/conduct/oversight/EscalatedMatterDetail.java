package io.conduct.oversight;

import java.time.Instant;
import java.util.List;

import io.conduct.cases.EscalatedCaseDetail;
import io.conduct.cases.MeasureKind;
import io.conduct.cases.MeasureStatus;
import io.conduct.people.PersonType;
import io.conduct.platform.security.Role;

/**
 * An escalated matter opened by a member who decides on it (the GraphQL type
 * EscalatedMatterDetail): for a case, the report as told, the results and the
 * recommendation, whom a measure may concern, the measures decided and the Audit
 * Committee's follow-ups; for the other matters, the matter alone. What it names of its
 * tenant's people are their names and keys for the group's decisions, never a Node of
 * another tenant.
 *
 * @param matter the matter as the group's list shows it
 * @param description a case's report as told
 * @param resultsSummary a case's results, once submitted
 * @param recommendation the recommendation with them
 * @param measureSubjects the executive officers and directors involved
 * @param measures the measures decided
 * @param followUps the Audit Committee's follow-ups
 */
record EscalatedMatterDetail(EscalatedMatter matter, String description, String resultsSummary, String recommendation,
		List<Person> measureSubjects, List<Measure> measures, List<FollowUp> followUps) {

	static EscalatedMatterDetail of(EscalatedMatter matter) {
		return new EscalatedMatterDetail(matter, null, null, null, List.of(), List.of(), List.of());
	}

	static EscalatedMatterDetail of(EscalatedMatter matter, EscalatedCaseDetail detail) {
		return new EscalatedMatterDetail(matter, detail.description(), detail.resultsSummary(), detail.recommendation(),
				detail.measureSubjects().stream().map((s) -> new Person(s.personId(), s.name(), s.type())).toList(),
				detail.measures()
					.stream()
					.map((m) -> new Measure(m.personId(), m.personName(), m.kind(), m.status(), m.decidedByRole(),
							m.decidedAt()))
					.toList(),
				detail.followUps().stream().map((f) -> new FollowUp(f.followUp(), f.recordedAt())).toList());
	}

	/**
	 * Someone a measure may concern (EscalatedMatterPerson).
	 *
	 * @param personKey their key in the matter's tenant, for escalatedMatterMeasureDecide
	 * @param name their name
	 * @param type executive officer or director
	 */
	record Person(String personKey, String name, PersonType type) {
	}

	/**
	 * A measure decided (EscalatedMatterMeasure).
	 *
	 * @param personKey whom it concerns
	 * @param personName their name
	 * @param measure what
	 * @param status where it stands
	 * @param decidedByRole in which role
	 * @param decidedAt when
	 */
	record Measure(String personKey, String personName, MeasureKind measure, MeasureStatus status, Role decidedByRole,
			Instant decidedAt) {
	}

	/**
	 * The Audit Committee's follow-up (EscalatedMatterFollowUp).
	 *
	 * @param followUp what it authorized, or why nothing
	 * @param recordedAt when
	 */
	record FollowUp(String followUp, Instant recordedAt) {
	}

}
