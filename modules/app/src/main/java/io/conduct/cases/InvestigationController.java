package io.conduct.cases;

import java.util.List;
import java.util.Map;

import java.util.concurrent.CompletableFuture;

import io.conduct.people.Person;
import io.conduct.people.PersonBatches;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Investigation: opening an inquiry or an investigation, assigning investigators, and
 * what they record (allegations and findings, tasks, interviews and evidence, results).
 */
@Controller
class InvestigationController {

	private final Investigations investigations;

	private final InvestigationRecords records;

	InvestigationController(Investigations investigations, InvestigationRecords records) {
		this.investigations = investigations;
		this.records = records;
	}

	@MutationMapping
	CasePayloads.OfCase caseInquiryOpen(@Argument CaseInquiryOpenInput input) {
		return CasePayloads.OfCase.of(CaseIds.onCase(input.caseId(),
				(id) -> this.investigations.open(id, Investigation.Kind.INFORMAL_INQUIRY)));
	}

	@MutationMapping
	CasePayloads.OfCase caseInvestigationOpen(@Argument CaseInvestigationOpenInput input) {
		return CasePayloads.OfCase.of(CaseIds.onCase(input.caseId(),
				(id) -> this.investigations.open(id, Investigation.Kind.FORMAL_INVESTIGATION)));
	}

	@MutationMapping
	CasePayloads.OfCase caseInvestigatorAssign(@Argument CaseInvestigatorAssignInput input) {
		String investigator = CaseIds.personId(input.investigatorPersonId()).orElse(null);
		return CasePayloads.OfCase
			.of(CaseIds.onCase(input.caseId(), (id) -> this.investigations.assign(id, investigator)));
	}

	@MutationMapping
	CasePayloads.OfAllegation caseAllegationAdd(@Argument CaseAllegationAddInput input) {
		String subject = CaseIds.optionalPersonId(input.subjectPersonId());
		return CasePayloads.OfAllegation.of(CaseIds.onCase(input.caseId(),
				(id) -> this.records.addAllegation(id, input.kind(), input.summary(), subject)));
	}

	@MutationMapping
	CasePayloads.OfAllegation caseFindingRecord(@Argument CaseFindingRecordInput input) {
		return CasePayloads.OfAllegation.of(CaseIds.onCase(input.caseId(), (id) -> {
			// an allegation of another case is no allegation of this one
			String allegationId = CaseIds.item(input.allegationId(), CaseAllegation.TYPE)
				.filter((item) -> item.caseId().equals(id))
				.map(CaseIds.Item::itemId)
				.orElse(null);
			return this.records.recordFinding(id, allegationId, input.finding(), input.note());
		}));
	}

	@MutationMapping
	CasePayloads.OfEntry caseInvestigationEntryAdd(@Argument CaseInvestigationEntryAddInput input) {
		String personId = CaseIds.optionalPersonId(input.personId());
		return CasePayloads.OfEntry.of(CaseIds.onCase(input.caseId(),
				(id) -> this.records.addEntry(id, input.type(), input.summary(), personId, input.attachments())));
	}

	@MutationMapping
	CasePayloads.OfCase caseResultsSubmit(@Argument CaseResultsSubmitInput input) {
		return CasePayloads.OfCase.of(CaseIds.onCase(input.caseId(),
				(id) -> this.records.submitResults(id, input.summary(), input.recommendation())));
	}

	@SchemaMapping(typeName = CaseIds.CASE, field = "allegations")
	List<CaseAllegation> allegations(Case reported) {
		return CaseAllegation.of(reported);
	}

	@SchemaMapping(typeName = CaseIds.CASE, field = "entries")
	List<InvestigationEntry> entries(Case reported) {
		return InvestigationEntry.of(reported);
	}

	@SchemaMapping(typeName = "Investigation", field = "investigators")
	CompletableFuture<List<Person>> investigators(Investigation investigation, DataLoader<String, Person> people) {
		return PersonBatches.all(people, investigation.investigatorIds());
	}

	@SchemaMapping(typeName = "CaseAllegation", field = "subject")
	CompletableFuture<Person> allegationSubject(CaseAllegation allegation, DataLoader<String, Person> people) {
		return PersonBatches.one(people, allegation.subjectPersonId());
	}

	@SchemaMapping(typeName = "InvestigationEntry", field = "person")
	CompletableFuture<Person> entryPerson(InvestigationEntry entry, DataLoader<String, Person> people) {
		return PersonBatches.one(people, entry.personId());
	}

	record CaseInquiryOpenInput(String caseId) {
	}

	record CaseInvestigationOpenInput(String caseId) {
	}

	record CaseInvestigatorAssignInput(String caseId, String investigatorPersonId) {
	}

	record CaseAllegationAddInput(String caseId, Allegation.Kind kind, String summary, String subjectPersonId) {
	}

	record CaseFindingRecordInput(String caseId, String allegationId, Allegation.Finding finding, String note) {
	}

	record CaseInvestigationEntryAddInput(String caseId, InvestigationRecord.Entry.Type type, String summary,
			String personId, List<ReportInput.AttachmentInput> attachments) {
	}

	record CaseResultsSubmitInput(String caseId, String summary, String recommendation) {
	}

}
