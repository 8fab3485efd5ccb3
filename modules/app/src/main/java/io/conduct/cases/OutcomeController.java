package io.conduct.cases;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.concurrent.CompletableFuture;

import io.conduct.people.Person;
import io.conduct.people.PersonBatches;
import org.dataloader.DataLoader;
import io.conduct.platform.graphql.GlobalId;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Outcomes: measures decided on a case, their retaliation reviews, and the finding that a
 * report was knowingly false.
 */
@Controller
class OutcomeController {

	private final CaseOutcomes outcomes;

	OutcomeController(CaseOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@MutationMapping
	CasePayloads.OfMeasure caseMeasureDecide(@Argument CaseMeasureDecideInput input) {
		String personId = CaseIds.personId(input.personId()).orElse(null);
		return CasePayloads.OfMeasure.of(CaseIds.onCase(input.caseId(),
				(id) -> this.outcomes.decide(id, personId, input.measure(), input.note())));
	}

	@MutationMapping
	CasePayloads.OfMeasure caseRetaliationReviewRecord(@Argument CaseRetaliationReviewRecordInput input) {
		String measureId = GlobalId.localIdOf(input.measureId(), CaseMeasure.TYPE).orElse(null);
		return CasePayloads.OfMeasure
			.of(this.outcomes.recordRetaliationReview(measureId, input.retaliation(), input.note()));
	}

	@MutationMapping
	CasePayloads.OfCase caseKnowinglyFalsePropose(@Argument CaseKnowinglyFalseProposeInput input) {
		return CasePayloads.OfCase
			.of(CaseIds.onCase(input.caseId(), (id) -> this.outcomes.proposeKnowinglyFalse(id, input.note())));
	}

	@MutationMapping
	CasePayloads.OfCase caseKnowinglyFalseDecide(@Argument CaseKnowinglyFalseDecideInput input) {
		return CasePayloads.OfCase.of(CaseIds.onCase(input.caseId(),
				(id) -> this.outcomes.decideKnowinglyFalse(id, input.knowinglyFalse(), input.note())));
	}

	@SchemaMapping(typeName = CaseIds.CASE, field = "knowinglyFalse")
	KnowinglyFalse knowinglyFalse(Case reported) {
		return KnowinglyFalse.of(reported.reporter().knowinglyFalseFinding());
	}

	@BatchMapping(typeName = CaseIds.CASE, field = "measures")
	Map<Case, List<CaseMeasure>> measures(List<Case> cases) {
		Map<String, List<CaseMeasure>> byCase = this.outcomes.measuresOf(cases.stream().map(Case::id).toList());
		Map<Case, List<CaseMeasure>> result = new HashMap<>();
		cases.forEach((c) -> result.put(c, byCase.getOrDefault(c.id(), List.of())));
		return result;
	}

	@SchemaMapping(typeName = CaseMeasure.TYPE, field = "id")
	String measureId(CaseMeasure measure) {
		return GlobalId.encode(CaseMeasure.TYPE, measure.id());
	}

	@SchemaMapping(typeName = CaseMeasure.TYPE, field = "measure")
	MeasureKind measureKind(CaseMeasure measure) {
		return measure.kind();
	}

	@SchemaMapping(typeName = CaseMeasure.TYPE, field = "person")
	CompletableFuture<Person> measurePerson(CaseMeasure measure, DataLoader<String, Person> people) {
		return PersonBatches.one(people, measure.personId());
	}

	record CaseMeasureDecideInput(String caseId, String personId, MeasureKind measure, String note) {
	}

	record CaseRetaliationReviewRecordInput(String measureId, boolean retaliation, String note) {
	}

	record CaseKnowinglyFalseProposeInput(String caseId, String note) {
	}

	record CaseKnowinglyFalseDecideInput(String caseId, boolean knowinglyFalse, String note) {
	}

	/**
	 * A finding that the report was knowingly false, as handlers see it.
	 *
	 * @param status proposed, found or rejected
	 * @param proposalNote why it was proposed
	 * @param proposedAt when
	 * @param decisionNote why the Audit Committee decided as it did
	 * @param decidedAt when
	 */
	record KnowinglyFalse(ReporterRecord.KnowinglyFalseFinding.Status status, String proposalNote, Instant proposedAt,
			String decisionNote, Instant decidedAt) {

		static KnowinglyFalse of(ReporterRecord.KnowinglyFalseFinding finding) {
			return (finding != null) ? new KnowinglyFalse(finding.status(), finding.proposalNote(),
					finding.proposedAt(), finding.decisionNote(), finding.decidedAt()) : null;
		}

	}

}
