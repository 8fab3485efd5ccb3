package io.conduct.oversight;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of a parent's Board or Audit Committee opens a subsidiary's matter and decides
 * where the Code gives them the decision: run in the subsidiary (its case shows it, its
 * trail names the member and their tenant), with the rules of the same decision there;
 * never by a member involved, never on a matter above or beside their tenant.
 */
@ConductIntegrationTest
class GroupDecisionsTests {

	static final String LIST = """
			query($filter: EscalatedMatterFilter) { groupEscalatedMatters(first: 50, filter: $filter) {
			  edges { node { id tenantKey kinds decisions caseId } } } }""";

	static final String OPEN = """
			query($id: ID!) { groupEscalatedMatter(escalatedMatterId: $id) {
			  matter { id tenantKey kinds decisions } description resultsSummary recommendation
			  measureSubjects { personKey name type } measures { personKey personName measure status decidedByRole }
			  followUps { followUp recordedAt } } }""";

	static final String DECIDE = """
			mutation($input: EscalatedMatterMeasureDecideInput!) { escalatedMatterMeasureDecide(input: $input) {
			  detail { matter { id tenantKey kinds decisions caseId } measures { personName measure status decidedByRole } }
			  userErrors { field code message } } }""";

	static final String FOLLOW_UP = """
			mutation($input: EscalatedMatterFollowUpRecordInput!) { escalatedMatterFollowUpRecord(input: $input) {
			  detail { matter { tenantKey decisions } followUps { followUp } } userErrors { field code message } } }""";

	static final String CASE = """
			query($id: ID!) { case(id: $id) { timeline { type note } measures { measure status decidedByRole } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	AuditTrail audit;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	@BeforeEach
	void api() {
		this.api = new GraphQlHttp(this.port);
	}

	/** A case about the subsidiary's executive with results in: the Board's measure. */
	private String measureAwaitingDecision(GroupFixture child) {
		String caseId = child.report("MISUSE_OF_ASSETS", "CFO_CAO", "The executive uses the jet privately",
				"Xena Exec");
		var results = this.api.post(child.cfo, """
				mutation($c: ID!) { caseResultsSubmit(input: {caseId: $c, summary: "Substantiated by the flight logs",
				  recommendation: "A written warning"}) { userErrors { code } } }""", Map.of("c", caseId));
		assertThat(results.<List<?>>read("$.data.caseResultsSubmit.userErrors")).as(results.body()).isEmpty();
		return caseId;
	}

	private String matterOf(String token, String tenantKey, String kind) {
		var listed = this.api.post(token, LIST,
				Map.of("filter", Map.of("tenantKeys", List.of(tenantKey), "kinds", List.of(kind))));
		List<String> ids = listed.read("$.data.groupEscalatedMatters.edges[*].node.id");
		assertThat(ids).as(listed.body()).hasSize(1);
		return ids.get(0);
	}

	private static Map<String, Object> measure(String matterId, String personKey) {
		return Map.of("input", Map.of("escalatedMatterId", matterId, "personKey", personKey, "measure", "WARNING",
				"note", "Written warning for private use of the jet"));
	}

	@Test
	void theParentsBoardDecidesASubsidiarysExecutiveMeasureInTheSubsidiaryWhoseTrailNamesTheMember() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pbd", null);
		GroupFixture child = new GroupFixture(this.api, this.registry, "cbd", parent.tenant.key());
		String caseId = measureAwaitingDecision(child);
		String matter = matterOf(parent.board, child.tenant.key(), "MEASURE_AWAITING_DECISION");

		var opened = this.api.post(parent.board, OPEN, Map.of("id", matter));
		assertThat(opened.<List<String>>read("$.data.groupEscalatedMatter.matter.decisions")).as(opened.body())
			.containsExactly("MEASURE_FOR_EXECUTIVE");
		assertThat(opened.<String>read("$.data.groupEscalatedMatter.description"))
			.isEqualTo("The executive uses the jet privately");
		assertThat(opened.<String>read("$.data.groupEscalatedMatter.recommendation")).isEqualTo("A written warning");
		assertThat(opened.<List<String>>read("$.data.groupEscalatedMatter.measureSubjects[*].name"))
			.containsExactly("Xena Exec");
		String xena = opened.read("$.data.groupEscalatedMatter.measureSubjects[0].personKey");
		// opening it is a need-to-know read in the subsidiary's trail
		assertThat(trailOf(child, caseId)).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("case.read");
			assertThat(entry.actorTenant()).isEqualTo(parent.tenant.key());
			assertThat(entry.actorSubject()).isEqualTo("bea");
		});

		var decided = this.api.post(parent.board, DECIDE, measure(matter, xena));

		assertThat(decided.<List<?>>read("$.data.escalatedMatterMeasureDecide.userErrors")).as(decided.body())
			.isEmpty();
		// the payload is the matter as the parent serves it: no subsidiary Node
		assertThat(decided.<String>read("$.data.escalatedMatterMeasureDecide.detail.matter.id")).isEqualTo(matter);
		assertThat(decided.<Object>read("$.data.escalatedMatterMeasureDecide.detail.matter.caseId")).isNull();
		assertThat(decided.<List<String>>read("$.data.escalatedMatterMeasureDecide.detail.matter.kinds"))
			.doesNotContain("MEASURE_AWAITING_DECISION");
		assertThat(decided.<String>read("$.data.escalatedMatterMeasureDecide.detail.measures[0].decidedByRole"))
			.isEqualTo("BOARD");
		// the subsidiary's case shows it
		var inChild = this.api.post(child.cfo, CASE, Map.of("id", caseId));
		assertThat(inChild.<List<String>>read("$.data.case.measures[*].measure")).as(inChild.body())
			.containsExactly("WARNING");
		assertThat(inChild.<List<String>>read("$.data.case.measures[*].decidedByRole")).containsExactly("BOARD");
		assertThat(inChild.<List<String>>read("$.data.case.timeline[*].type")).contains("MEASURE_DECIDED");
		// and its trail names the parent's member and their tenant
		assertThat(trailOf(child, caseId)).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("case.measure.decide");
			assertThat(entry.actorTenant()).isEqualTo(parent.tenant.key());
			assertThat(entry.actorSubject()).isEqualTo("bea");
		});
		// nothing of it in the parent's own trail
		assertThat(trailOf(parent, caseId)).isEmpty();
		// decided, it awaits nobody
		assertThat(this.api
			.post(parent.board, LIST, Map.of("filter", Map.of("kinds", List.of("MEASURE_AWAITING_DECISION"))))
			.<List<?>>read("$.data.groupEscalatedMatters.edges")).isEmpty();
	}

	@Test
	void theRulesOfTheSameDecisionInTheSubsidiaryHoldAMeasureOnAnEmployeeIsNotTheBoards() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pbe", null);
		GroupFixture child = new GroupFixture(this.api, this.registry, "cbe", parent.tenant.key());
		measureAwaitingDecision(child);
		String matter = matterOf(parent.board, child.tenant.key(), "MEASURE_AWAITING_DECISION");
		String erin = keyOf(child.people.get("Erin Employee"));

		var refused = this.api.post(parent.board, DECIDE, measure(matter, erin));

		assertThat(refused.<String>read("$.data.escalatedMatterMeasureDecide.userErrors[0].code")).as(refused.body())
			.isEqualTo("NOT_AUTHORIZED_FOR_SUBJECT");
		assertThat(refused.<List<String>>read("$.data.escalatedMatterMeasureDecide.userErrors[0].field"))
			.containsExactly("input", "personKey");
		assertThat(refused.<Object>read("$.data.escalatedMatterMeasureDecide.detail")).isNull();
		var unknown = this.api.post(parent.board, DECIDE, measure(matter, "no-such-person"));
		assertThat(unknown.<String>read("$.data.escalatedMatterMeasureDecide.userErrors[0].code"))
			.isEqualTo("NOT_FOUND");
		var tooLong = this.api.post(parent.board, DECIDE, measure(matter, "x".repeat(401)));
		assertThat(tooLong.<List<String>>read("$.data.escalatedMatterMeasureDecide.userErrors[0].field"))
			.containsExactly("input", "personKey");
		// nothing was decided
		assertThat(this.api.post(parent.board, OPEN, Map.of("id", matter))
			.<List<?>>read("$.data.groupEscalatedMatter.measures")).isEmpty();
	}

	@Test
	void aMemberInvolvedInTheMatterIsRefusedAndNothingIsDecided() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pbi", null);
		// bea of the parent's Board is also a director of the subsidiary, known there by
		// her e-mail, and the case is about her and the executive
		GroupFixture child = new GroupFixture(this.api, this.registry, "cbi", parent.tenant.key(), "Europe/Berlin",
				"10,Bea,Board,bea@" + parent.tenant.key() + ".test,DIRECTOR\n", 1);
		String caseId = child.report("MISUSE_OF_ASSETS", "CFO_CAO", "The directors use the jet privately", "Xena Exec",
				"Bea Board");
		var results = this.api.post(child.cfo, """
				mutation($c: ID!) { caseResultsSubmit(input: {caseId: $c, summary: "Substantiated",
				  recommendation: "Warnings"}) { userErrors { code } } }""", Map.of("c", caseId));
		assertThat(results.<List<?>>read("$.data.caseResultsSubmit.userErrors")).as(results.body()).isEmpty();
		String bob = TestIssuer.get().token(parent.tenant.key(), "bob", Role.BOARD);
		String matter = matterOf(bob, child.tenant.key(), "MEASURE_AWAITING_DECISION");
		String xena = keyOf(child.people.get("Xena Exec"));

		var refused = this.api.post(parent.board, DECIDE, measure(matter, xena));

		assertThat(refused.<String>read("$.data.escalatedMatterMeasureDecide.userErrors[0].code")).as(refused.body())
			.isEqualTo("NOT_FOUND");
		assertThat(refused.<List<String>>read("$.data.escalatedMatterMeasureDecide.userErrors[0].field"))
			.containsExactly("input", "escalatedMatterId");
		assertThat(this.api.post(parent.board, OPEN, Map.of("id", matter)).<Object>read("$.data.groupEscalatedMatter"))
			.isNull();
		assertThat(this.api.post(child.cfo, CASE, Map.of("id", caseId)).<List<?>>read("$.data.case.measures"))
			.isEmpty();
		// another member, not involved, decides
		var decided = this.api.post(bob, DECIDE, measure(matter, xena));
		assertThat(decided.<List<?>>read("$.data.escalatedMatterMeasureDecide.userErrors")).as(decided.body())
			.isEmpty();
	}

	@Test
	void aSubsidiarysBoardCannotActOnTheParentsOrASiblingsMatter() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pbs", null);
		GroupFixture child = new GroupFixture(this.api, this.registry, "cbs", parent.tenant.key());
		GroupFixture sibling = new GroupFixture(this.api, this.registry, "sbs", parent.tenant.key());
		String parentsCase = measureAwaitingDecision(parent);
		String siblingsCase = measureAwaitingDecision(sibling);
		String parentsMatter = matterOf(parent.board, parent.tenant.key(), "MEASURE_AWAITING_DECISION");
		String siblingsMatter = matterOf(parent.board, sibling.tenant.key(), "MEASURE_AWAITING_DECISION");
		String parentsXena = keyOf(parent.people.get("Xena Exec"));
		String siblingsXena = keyOf(sibling.people.get("Xena Exec"));

		var onParent = this.api.post(child.board, DECIDE, measure(parentsMatter, parentsXena));
		var onSibling = this.api.post(child.board, DECIDE, measure(siblingsMatter, siblingsXena));

		for (var refused : List.of(onParent, onSibling)) {
			assertThat(refused.<String>read("$.data.escalatedMatterMeasureDecide.userErrors[0].code"))
				.as(refused.body())
				.isEqualTo("NOT_FOUND");
		}
		assertThat(this.api.post(child.board, OPEN, Map.of("id", parentsMatter))
			.<Object>read("$.data.groupEscalatedMatter")).isNull();
		assertThat(this.api.post(child.board, OPEN, Map.of("id", siblingsMatter))
			.<Object>read("$.data.groupEscalatedMatter")).isNull();
		assertThat(this.api.post(parent.cfo, CASE, Map.of("id", parentsCase)).<List<?>>read("$.data.case.measures"))
			.isEmpty();
		assertThat(this.api.post(sibling.cfo, CASE, Map.of("id", siblingsCase)).<List<?>>read("$.data.case.measures"))
			.isEmpty();
	}

	@Test
	void anAuditCommitteeMemberOfTheParentRecordsAForwardedConcernsFollowUpInTheSubsidiary() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pbf", null);
		GroupFixture child = new GroupFixture(this.api, this.registry, "cbf", parent.tenant.key());
		String caseId = child.report("ACCOUNTING_OR_AUDITING", "CFO_CAO", "Revenue booked before delivery",
				"Erin Employee");
		var forwarded = this.api.post(child.cfo, """
				mutation($id: ID!) { caseMeritForward(input: {caseId: $id, reason: "Needs the Committee"}) {
				  userErrors { code } } }""", Map.of("id", caseId));
		assertThat(forwarded.<List<?>>read("$.data.caseMeritForward.userErrors")).as(forwarded.body()).isEmpty();
		String matter = matterOf(parent.audit, child.tenant.key(), "ACCOUNTING_CONCERN_FORWARDED");
		var opened = this.api.post(parent.audit, OPEN, Map.of("id", matter));
		assertThat(opened.<List<String>>read("$.data.groupEscalatedMatter.matter.decisions")).as(opened.body())
			.containsExactly("FOLLOW_UP_FORWARDED_CONCERN");

		var recorded = this.api.post(parent.audit, FOLLOW_UP, Map.of("input",
				Map.of("escalatedMatterId", matter, "followUp", "External auditors to review Q3 revenue cut-off")));

		assertThat(recorded.<List<?>>read("$.data.escalatedMatterFollowUpRecord.userErrors")).as(recorded.body())
			.isEmpty();
		assertThat(recorded.<List<String>>read("$.data.escalatedMatterFollowUpRecord.detail.followUps[*].followUp"))
			.containsExactly("External auditors to review Q3 revenue cut-off");
		var inChild = this.api.post(child.audit, CASE, Map.of("id", caseId));
		assertThat(inChild.<List<String>>read("$.data.case.timeline[?(@.type == 'AUDIT_COMMITTEE_FOLLOW_UP')].note"))
			.as(inChild.body())
			.containsExactly("External auditors to review Q3 revenue cut-off");
		assertThat(trailOf(child, caseId)).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("case.follow-up.record");
			assertThat(entry.actorTenant()).isEqualTo(parent.tenant.key());
			assertThat(entry.actorSubject()).isEqualTo("ann");
		});
		// the Board is not the Audit Committee, and a concern is not the Board's measure
		var byBoard = this.api.post(parent.board, FOLLOW_UP,
				Map.of("input", Map.of("escalatedMatterId", matter, "followUp", "Nothing")));
		assertThat(byBoard.firstErrorCode()).isEqualTo("FORBIDDEN");
		var empty = this.api.post(parent.audit, FOLLOW_UP,
				Map.of("input", Map.of("escalatedMatterId", matter, "followUp", " ")));
		assertThat(empty.<List<String>>read("$.data.escalatedMatterFollowUpRecord.userErrors[0].field"))
			.containsExactly("input", "followUp");
	}

	@Test
	void aNonMemberIsForbidden() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pbn", null);
		GroupFixture child = new GroupFixture(this.api, this.registry, "cbn", parent.tenant.key());
		measureAwaitingDecision(child);
		String matter = matterOf(parent.board, child.tenant.key(), "MEASURE_AWAITING_DECISION");
		String xena = keyOf(child.people.get("Xena Exec"));
		String ceo = TestIssuer.get().token(parent.tenant.key(), "cee", Role.CEO, Role.EMPLOYEE);

		for (String token : List.of(parent.employee, parent.cfo, ceo)) {
			assertThat(this.api.post(token, DECIDE, measure(matter, xena)).firstErrorCode()).isEqualTo("FORBIDDEN");
			assertThat(this.api
				.post(token, FOLLOW_UP, Map.of("input", Map.of("escalatedMatterId", matter, "followUp", "Nothing")))
				.firstErrorCode()).isEqualTo("FORBIDDEN");
			assertThat(this.api.post(token, OPEN, Map.of("id", matter)).firstErrorCode()).isEqualTo("FORBIDDEN");
		}
		assertThat(this.api.post(parent.board, OPEN, Map.of("id", matter))
			.<List<?>>read("$.data.groupEscalatedMatter.measures")).isEmpty();
	}

	private List<AuditEntry> trailOf(GroupFixture fixture, String caseId) {
		return TenantContext.callAs(fixture.tenant,
				() -> this.audit.findByTarget("Case", GroupFixture.localId(caseId)));
	}

	/** A person's local id: the key the group's decisions take. */
	private static String keyOf(String personGlobalId) {
		return GlobalId.localIdOf(personGlobalId, "Person").orElseThrow();
	}

}
