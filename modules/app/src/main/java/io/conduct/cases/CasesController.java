package io.conduct.cases;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Payload;
import io.conduct.platform.validation.Outcome;
import io.conduct.viewer.Viewer;
import io.conduct.platform.graphql.UserErrorCode;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CasesController implements NodeLoader {

	static final String TYPE = "Case";

	private static final String PERSON = "Person";

	private final ReportIntake intake;

	private final AnonymousFollowUp followUp;

	private final CaseHandling handling;

	private final PeopleDirectory people;

	private final MeritReviews meritReviews;

	private final Investigations investigations;

	private final CaseOutcomes outcomes;

	private final InvestigationRecords records;

	CasesController(ReportIntake intake, AnonymousFollowUp followUp, CaseHandling handling, PeopleDirectory people,
			MeritReviews meritReviews, Investigations investigations, CaseOutcomes outcomes,
			InvestigationRecords records) {
		this.intake = intake;
		this.followUp = followUp;
		this.handling = handling;
		this.people = people;
		this.meritReviews = meritReviews;
		this.investigations = investigations;
		this.outcomes = outcomes;
		this.records = records;
	}

	@MutationMapping
	Map<String, Object> caseAllegationAdd(@Argument AllegationInput input) {
		String subject = (input.subjectPersonId() != null)
				? GlobalId.localIdOf(input.subjectPersonId(), PERSON).orElse("") : null;
		return withCase(input.caseId(), (id) -> this.records.addAllegation(id, input.kind(), input.summary(), subject));
	}

	@MutationMapping
	Map<String, Object> caseInvestigationEntryAdd(@Argument EntryInput input) {
		String personId = (input.personId() != null) ? GlobalId.localIdOf(input.personId(), PERSON).orElse("") : null;
		return withCase(input.caseId(),
				(id) -> this.records.addEntry(id, input.type(), input.summary(), personId, input.attachments()));
	}

	@SchemaMapping(typeName = "InvestigationEntry", field = "person")
	Person entryPerson(InvestigationEntry entry) {
		return (entry.personId() != null) ? this.people.find(entry.personId()).orElse(null) : null;
	}

	@MutationMapping
	Map<String, Object> caseFindingRecord(@Argument FindingInput input) {
		return withCase(input.caseId(),
				(id) -> this.records.recordFinding(id, input.allegationId(), input.finding(), input.note()));
	}

	@MutationMapping
	Map<String, Object> caseResultsSubmit(@Argument ResultsInput input) {
		return withCase(input.caseId(),
				(id) -> this.records.submitResults(id, input.summary(), input.recommendation()));
	}

	@SchemaMapping(typeName = "CaseAllegation", field = "subject")
	Person allegationSubject(Allegation allegation) {
		return (allegation.subjectPersonId() != null) ? this.people.find(allegation.subjectPersonId()).orElse(null)
				: null;
	}

	@MutationMapping
	Map<String, Object> caseMeasureDecide(@Argument MeasureInput input) {
		Optional<String> caseId = GlobalId.localIdOf(input.caseId(), TYPE);
		String personId = GlobalId.localIdOf(input.personId(), PERSON).orElse(null);
		return Payload.of("measure",
				caseId.isPresent() ? this.outcomes.decide(caseId.get(), personId, input.measure(), input.note())
						: Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case"));
	}

	@MutationMapping
	Map<String, Object> caseRetaliationReviewRecord(@Argument ReviewInput input) {
		return Payload.of("measure",
				this.outcomes.recordRetaliationReview(input.measureId(), input.retaliation(), input.note()));
	}

	@MutationMapping
	Map<String, Object> caseKnowinglyFalseRecord(@Argument NoteInput input) {
		return withCase(input.caseId(), (id) -> this.outcomes.recordKnowinglyFalse(id, input.note()));
	}

	@BatchMapping(typeName = TYPE, field = "measures")
	Map<Case, List<Measure>> measures(List<Case> cases) {
		Map<String, List<Measure>> byCase = this.outcomes.measuresOf(cases.stream().map(Case::id).toList());
		Map<Case, List<Measure>> result = new HashMap<>();
		cases.forEach((c) -> result.put(c, byCase.getOrDefault(c.id(), List.of())));
		return result;
	}

	@SchemaMapping(typeName = "CaseMeasure", field = "measure")
	Measure.Kind measureKind(Measure measure) {
		return measure.kind();
	}

	@SchemaMapping(typeName = "CaseMeasure", field = "person")
	Person measurePerson(Measure measure) {
		return this.people.find(measure.personId()).orElse(null);
	}

	@MutationMapping
	Map<String, Object> caseInquiryOpen(@Argument CaseIdInput input) {
		return withCase(input.caseId(), (id) -> this.investigations.open(id, Investigation.Kind.INFORMAL_INQUIRY));
	}

	@MutationMapping
	Map<String, Object> caseInvestigationOpen(@Argument CaseIdInput input) {
		return withCase(input.caseId(), (id) -> this.investigations.open(id, Investigation.Kind.FORMAL_INVESTIGATION));
	}

	@MutationMapping
	Map<String, Object> caseAssign(@Argument AssignInput input) {
		String investigatorId = GlobalId.localIdOf(input.investigatorId(), PERSON).orElse(null);
		return withCase(input.caseId(), (id) -> this.investigations.assign(id, investigatorId));
	}

	@SchemaMapping(typeName = "Investigation", field = "investigators")
	List<Person> investigators(Investigation investigation) {
		return investigation.investigatorIds().isEmpty() ? List.of()
				: List.copyOf(this.people.findAll(investigation.investigatorIds()).values());
	}

	@MutationMapping
	Map<String, Object> caseClose(@Argument CloseInput input) {
		return withCase(input.caseId(), (id) -> this.handling.close(id, input.feedback()));
	}

	@MutationMapping
	Map<String, Object> caseWithoutMeritRecord(@Argument MeritInput input) {
		return withCase(input.caseId(), (id) -> this.meritReviews.recordWithoutMerit(id, input.reason()));
	}

	@MutationMapping
	Map<String, Object> caseMeritForward(@Argument MeritInput input) {
		return withCase(input.caseId(), (id) -> this.meritReviews.forward(id, input.reason()));
	}

	@QueryMapping
	MeritReviews.QuarterRecord auditCommitteeRecord(@Argument int fiscalYear, @Argument int quarter) {
		return this.meritReviews.auditCommitteeRecord(fiscalYear, quarter);
	}

	@SchemaMapping(typeName = "AuditCommitteeRecord", field = "concerns")
	List<Map<String, Object>> auditCommitteeConcerns(MeritReviews.QuarterRecord record) {
		return record.concerns().stream().map((concern) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("caseNumber", concern.number());
			row.put("receivedAt", concern.receivedAt());
			row.put("status", concern.status());
			row.put("disposition", MeritReviews.disposition(concern));
			row.put("description", concern.description());
			row.put("determinations",
					(concern.meritReview() != null) ? concern.meritReview().determinations() : List.of());
			return row;
		}).toList();
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Object> load(String localId) {
		return this.handling.find(localId).map(Object.class::cast);
	}

	@QueryMapping
	Connection<Case> cases(@Argument Integer first, @Argument String after, @Argument CasesFilterInput filter) {
		var page = this.handling.handledCases((filter != null) ? filter.toFilter() : CaseFilter.NONE,
				(first != null) ? first : 20, after);
		return Connection.of(page.cases(), page.cases().stream().map(Case::id).toList(), (c) -> c, page.hasNextPage(),
				page.hasPreviousPage());
	}

	@QueryMapping(name = "case")
	Case caseById(@Argument String id) {
		return GlobalId.localIdOf(id, TYPE).flatMap(this.handling::find).orElse(null);
	}

	@QueryMapping
	PublicReport publicReport(@Argument PublicAccessInput input) {
		return PublicReport.of(this.followUp.read(input.intakeKey(), input.receiptKey(), input.passphrase()));
	}

	@SchemaMapping(typeName = "Viewer", field = "reports")
	List<Case> viewerReports(Viewer viewer) {
		return this.handling.ownReports();
	}

	@MutationMapping
	Map<String, Object> reportSubmit(@Argument SubmitInput input) {
		return submitted(this.intake.submit(input.report().toInput(), input.reporterMode(), input.passphrase()),
				input.reporterMode() != ReporterMode.ANONYMOUS);
	}

	@MutationMapping
	Map<String, Object> publicReportSubmit(@Argument PublicSubmitInput input) {
		return submitted(this.intake.submitPublic(input.intakeKey(), input.report().toInput(), input.contact(),
				input.passphrase()), false);
	}

	@MutationMapping
	Map<String, Object> reportRecord(@Argument RecordInput input) {
		String personId = (input.reporterPersonId() != null)
				? GlobalId.localIdOf(input.reporterPersonId(), PERSON).orElse("") : null;
		return submitted(this.intake.record(input.report().toInput(), input.channel(), input.reporterMode(),
				input.reporter(), personId), false);
	}

	@MutationMapping
	Map<String, Object> publicReportMessagePost(@Argument PublicMessageInput input) {
		Outcome<Case> outcome = this.followUp.postMessage(input.intakeKey(), input.receiptKey(), input.passphrase(),
				input.body(), input.attachments());
		return Payload.of("report", outcome.isSuccess() ? Outcome.of(PublicReport.of(outcome.value()))
				: Outcome.rejected(outcome.userErrors()));
	}

	@MutationMapping
	Map<String, Object> caseAcknowledge(@Argument AcknowledgeInput input) {
		return withCase(input.caseId(), (id) -> this.handling.acknowledge(id, input.message()));
	}

	@MutationMapping
	Map<String, Object> caseMessagePost(@Argument MessageInput input) {
		return withCase(input.caseId(), (id) -> this.handling.postMessage(id, input.body()));
	}

	@SchemaMapping(typeName = TYPE, field = "id")
	String id(Case reported) {
		return GlobalId.encode(TYPE, reported.id());
	}

	@SchemaMapping(typeName = TYPE, field = "reporter")
	Map<String, Object> reporter(Case reported) {
		return this.handling.reporterOf(reported).map((identity) -> {
			Map<String, Object> reporter = new HashMap<>();
			reporter.put("name", identity.name());
			reporter.put("email", identity.email());
			reporter.put("phone", identity.phone());
			reporter.put("personId", identity.personId());
			return reporter;
		}).orElse(null);
	}

	@SchemaMapping(typeName = "CaseReporter", field = "person")
	Person reporterPerson(Map<String, Object> reporter) {
		Object personId = reporter.get("personId");
		return (personId != null) ? this.people.find(personId.toString()).orElse(null) : null;
	}

	@BatchMapping(typeName = "InvolvedParty", field = "person")
	Map<Case.Involved, Person> involvedPerson(List<Case.Involved> involved) {
		List<String> ids = involved.stream().map(Case.Involved::personId).filter((id) -> id != null).toList();
		Map<String, Person> found = ids.isEmpty() ? Map.of() : this.people.findAll(ids);
		Map<Case.Involved, Person> result = new HashMap<>();
		involved.forEach((i) -> Optional.ofNullable(i.personId()).map(found::get).ifPresent((p) -> result.put(i, p)));
		return result;
	}

	private Map<String, Object> submitted(Outcome<ReportIntake.Submitted> outcome, boolean showCase) {
		Map<String, Object> payload = new HashMap<>();
		payload.put("userErrors", outcome.userErrors());
		if (outcome.isSuccess()) {
			Case reported = outcome.value().reportedCase();
			payload.put("case", showCase ? reported : null);
			payload.put("receipt",
					new Receipt(reported.number(), outcome.value().receiptKey(), reported.acknowledgementDue()));
		}
		return payload;
	}

	private Map<String, Object> withCase(String globalId, java.util.function.Function<String, Outcome<Case>> action) {
		Optional<String> id = GlobalId.localIdOf(globalId, TYPE);
		return Payload.of("case", id.isPresent() ? action.apply(id.get())
				: Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case"));
	}

	record Receipt(String caseNumber, String receiptKey, Instant acknowledgementDue) {
	}

	record PublicReport(String caseNumber, CaseStatus status, ReportCategory category, Instant receivedAt,
			Instant acknowledgedAt, Instant feedbackDue, List<Case.Message> messages) {

		static PublicReport of(Case reported) {
			return new PublicReport(reported.number(), reported.status(), reported.category(), reported.receivedAt(),
					reported.acknowledgedAt(), reported.feedbackDue(), reported.messages());
		}

	}

	record ReportFieldsInput(ReportCategory category, Recipient recipient, String description, String occurredAt,
			String location, List<InvolvedFieldInput> involved, String othersAware, String language,
			List<ReportInput.AttachmentInput> attachments) {

		ReportInput toInput() {
			List<ReportInput.InvolvedInput> people = (this.involved != null) ? this.involved.stream()
				.map((i) -> new ReportInput.InvolvedInput(
						(i.personId() != null) ? GlobalId.localIdOf(i.personId(), PERSON).orElse("") : null, i.name()))
				.toList() : List.of();
			return new ReportInput(this.category, this.recipient, this.description, this.occurredAt, this.location,
					people, this.othersAware, this.language, this.attachments);
		}

	}

	record InvolvedFieldInput(String personId, String name) {
	}

	record SubmitInput(ReportFieldsInput report, ReporterMode reporterMode, String passphrase) {
	}

	record PublicSubmitInput(String intakeKey, ReportFieldsInput report, ReportInput.Contact contact,
			String passphrase) {
	}

	record RecordInput(ReportFieldsInput report, Channel channel, ReporterMode reporterMode,
			ReportInput.Contact reporter, String reporterPersonId) {
	}

	record PublicAccessInput(String intakeKey, String receiptKey, String passphrase) {
	}

	record PublicMessageInput(String intakeKey, String receiptKey, String passphrase, String body,
			List<ReportInput.AttachmentInput> attachments) {
	}

	record AcknowledgeInput(String caseId, String message) {
	}

	record MessageInput(String caseId, String body) {
	}

	record MeritInput(String caseId, String reason) {
	}

	record CasesFilterInput(Set<CaseStatus> status, Set<ReportCategory> category, Set<Channel> channel, Boolean overdue,
			Boolean escalated) {

		CaseFilter toFilter() {
			return new CaseFilter(this.status, this.category, this.channel, this.overdue, this.escalated);
		}

	}

	record CloseInput(String caseId, String feedback) {
	}

	record CaseIdInput(String caseId) {
	}

	record AllegationInput(String caseId, Allegation.Kind kind, String summary, String subjectPersonId) {
	}

	record EntryInput(String caseId, InvestigationEntry.Type type, String summary, String personId,
			List<ReportInput.AttachmentInput> attachments) {
	}

	record FindingInput(String caseId, String allegationId, Allegation.Finding finding, String note) {
	}

	record ResultsInput(String caseId, String summary, String recommendation) {
	}

	record MeasureInput(String caseId, String personId, Measure.Kind measure, String note) {
	}

	record ReviewInput(String measureId, boolean retaliation, String note) {
	}

	record NoteInput(String caseId, String note) {
	}

	record AssignInput(String caseId, String investigatorId) {
	}

}
