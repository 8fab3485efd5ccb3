package io.conduct.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.concurrent.CompletableFuture;

import io.conduct.people.Person;
import io.conduct.people.PersonBatches;
import org.dataloader.DataLoader;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.graphql.Paging;
import io.conduct.viewer.Viewer;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Handling a case: the handlers' list, a case by id, the reporter's own reports, the
 * acknowledgement, the conversation and closing; and the fields of a case that its parts
 * serve (its id, files, messages, routing and reporter).
 */
@Controller
class CaseHandlingController {

	private final CaseHandling handling;

	CaseHandlingController(CaseHandling handling) {
		this.handling = handling;
	}

	@QueryMapping
	Connection<Case> cases(@Argument Integer first, @Argument String after, @Argument CasesFilter filter) {
		Paging paging = Paging.of(first, after);
		return connection(this.handling.handledCases((filter != null) ? filter.toFilter() : CaseFilter.NONE, paging));
	}

	@QueryMapping(name = "case")
	Case caseById(@Argument String id) {
		return CaseIds.caseId(id).flatMap(this.handling::find).orElse(null);
	}

	@SchemaMapping(typeName = "Viewer", field = "reports")
	Connection<ReporterCaseView> viewerReports(Viewer viewer, @Argument Integer first, @Argument String after) {
		CaseHandling.CasePage page = this.handling.ownReports(Paging.of(first, after));
		return Connection.of(page.cases(), page.cases().stream().map(CaseStore::cursorOf).toList(),
				ReporterCaseView::of, page.hasNextPage(), page.hasPreviousPage());
	}

	@MutationMapping
	CasePayloads.OfOwnReportMessage reportMessagePost(@Argument ReportMessagePostInput input) {
		return CasePayloads.OfOwnReportMessage.of(GlobalId.localIdOf(input.reporterCaseViewId(), ReporterCaseView.TYPE)
			.map((id) -> this.handling.postOwnReportMessage(id, input.body()))
			.orElseGet(
					() -> Outcome.rejected("reporterCaseViewId", UserErrorCode.NOT_FOUND, "No such report of yours")));
	}

	@MutationMapping
	CasePayloads.OfReporterReveal caseReporterReveal(@Argument CaseReporterRevealInput input) {
		return CasePayloads.OfReporterReveal
			.of(CaseIds.onCase(input.caseId(), (id) -> this.handling.revealReporter(id, input.reason())));
	}

	@MutationMapping
	CasePayloads.OfCase caseAcknowledge(@Argument CaseAcknowledgeInput input) {
		return CasePayloads.OfCase
			.of(CaseIds.onCase(input.caseId(), (id) -> this.handling.acknowledge(id, input.message())));
	}

	@MutationMapping
	CasePayloads.OfMessage caseMessagePost(@Argument CaseMessagePostInput input) {
		return CasePayloads.OfMessage
			.of(CaseIds.onCase(input.caseId(), (id) -> this.handling.postMessage(id, input.body())));
	}

	@MutationMapping
	CasePayloads.OfCase caseClose(@Argument CaseCloseInput input) {
		return CasePayloads.OfCase
			.of(CaseIds.onCase(input.caseId(), (id) -> this.handling.close(id, input.feedback())));
	}

	@SchemaMapping(typeName = CaseIds.CASE, field = "id")
	String id(Case reported) {
		return CaseIds.of(reported);
	}

	@SchemaMapping(typeName = CaseIds.CASE, field = "attachments")
	List<CaseAttachment> attachments(Case reported) {
		return CaseAttachment.of(reported.id(), reported.report().attachments());
	}

	@SchemaMapping(typeName = CaseIds.CASE, field = "messages")
	List<CaseMessage> messages(Case reported) {
		return CaseMessage.of(reported);
	}

	@SchemaMapping(typeName = CaseIds.CASE, field = "routing")
	List<RoutingStep> routing(Case reported) {
		return reported.routing().steps();
	}

	/**
	 * Resolved for the page at once (no query: the identity is in the case), so that a
	 * page of 50 cases costs one authorization and one audit record, and the people the
	 * reporters and the people involved name load in one batch.
	 */
	@BatchMapping(typeName = CaseIds.CASE, field = "reporter")
	Map<Case, CaseReporter> reporter(List<Case> cases) {
		// a map, since a batch's list of values may hold no null: a case left out has
		// none
		List<CaseReporter> reporters = this.handling.reportersOf(cases);
		Map<Case, CaseReporter> byCase = new HashMap<>();
		for (int i = 0; i < cases.size(); i++) {
			if (reporters.get(i) != null) {
				byCase.put(cases.get(i), reporters.get(i));
			}
		}
		return byCase;
	}

	@SchemaMapping(typeName = "CaseReporter", field = "person")
	CompletableFuture<Person> reporterPerson(CaseReporter reporter, DataLoader<String, Person> people) {
		return PersonBatches.one(people, reporter.personId());
	}

	@SchemaMapping(typeName = "InvolvedParty", field = "person")
	CompletableFuture<Person> involvedPerson(Report.Involved involved, DataLoader<String, Person> people) {
		return PersonBatches.one(people, involved.personId());
	}

	private static Connection<Case> connection(CaseHandling.CasePage page) {
		return Connection.of(page.cases(), page.cases().stream().map(CaseStore::cursorOf).toList(), (c) -> c,
				page.hasNextPage(), page.hasPreviousPage());
	}

	record CasesFilter(Set<CaseStatus> status, Set<ReportCategory> category, Set<Channel> channel, Boolean overdue,
			Boolean escalated) {

		CaseFilter toFilter() {
			return new CaseFilter(this.status, this.category, this.channel, this.overdue, this.escalated);
		}

	}

	record CaseAcknowledgeInput(String caseId, String message) {
	}

	record CaseMessagePostInput(String caseId, String body) {
	}

	record CaseCloseInput(String caseId, String feedback) {
	}

	record ReportMessagePostInput(String reporterCaseViewId, String body) {
	}

	record CaseReporterRevealInput(String caseId, String reason) {
	}

}
