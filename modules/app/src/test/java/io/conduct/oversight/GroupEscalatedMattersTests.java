package io.conduct.oversight;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Board and the Audit Committee of a tenant see the matters the Code escalates to
 * them across their part of the group: their tenant, its subsidiaries and theirs, never a
 * tenant above; never a matter they are involved in; each read audited in the trail of
 * the tenant it belongs to; most urgent first, at a cost flat in the page size.
 */
@ConductIntegrationTest
@org.springframework.context.annotation.Import(io.conduct.testsupport.MongoCommandCounting.class)
class GroupEscalatedMattersTests {

	static final String LIST = """
			query($first: Int, $after: String, $filter: EscalatedMatterFilter) {
			  groupEscalatedMatters(first: $first, after: $after, filter: $filter) {
			    edges { cursor node { id tenantKey tenantName number kinds status category channel receivedAt due overdue
			      handlerRoles informedRoles decisions caseId } }
			    pageInfo { hasNextPage endCursor } } }""";

	static final String NODE = """
			query($id: ID!) { node(id: $id) { ... on EscalatedMatter { tenantKey number kinds decisions caseId } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	AuditTrail audit;

	@Autowired
	MongoCommandCounter commands;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	@BeforeEach
	void api() {
		this.api = new GraphQlHttp(this.port);
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	@Test
	void theParentsBoardSeesASubsidiarysEscalatedCaseAndAGrandchildsAndEachReadIsAuditedWhereTheCaseLives() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "par", null);
		GroupFixture child = new GroupFixture(this.api, this.registry, "chi", parent.tenant.key());
		GroupFixture grandchild = new GroupFixture(this.api, this.registry, "gra", child.tenant.key());
		String childCase = child.report("MISUSE_OF_ASSETS", "CFO_CAO", "The executive uses the jet privately",
				"Xena Exec");
		String grandchildCase = grandchild.report("CONFLICT_OF_INTEREST", "CFO_CAO", "The director owns a supplier",
				"Dora Director");
		// not escalated: nobody senior is involved
		child.report("MISUSE_OF_ASSETS", "CFO_CAO", "Someone takes printer paper home", "Erin Employee");

		var listed = this.api.post(parent.board, LIST, Map.of());

		assertThat(listed.<List<String>>read("$.data.groupEscalatedMatters.edges[*].node.tenantKey")).as(listed.body())
			.containsExactlyInAnyOrder(child.tenant.key(), grandchild.tenant.key());
		assertThat(listed.<List<String>>read("$.data.groupEscalatedMatters.edges[*].node.kinds[*]"))
			.containsOnly("EXECUTIVE_OR_DIRECTOR_INVOLVED");
		// a subsidiary's matter: no case id of another tenant, and its own Board decides
		assertThat(listed.<List<Object>>read("$.data.groupEscalatedMatters.edges[*].node.caseId")).containsOnlyNulls();
		assertThat(listed.<List<String>>read("$.data.groupEscalatedMatters.edges[*].node.tenantName"))
			.contains("Tenant " + child.tenant.key());
		// what crosses is the minimum: the schema has no description, reporter or people
		assertThat(listed.body()).doesNotContain("jet privately").doesNotContain("Xena");

		List<AuditEntry> childTrail = TenantContext.callAs(child.tenant,
				() -> this.audit.findByTarget("Case", GroupFixture.localId(childCase)));
		assertThat(childTrail).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("oversight.escalated-matter.list");
			assertThat(entry.actorTenant()).isEqualTo(parent.tenant.key());
			assertThat(entry.actorSubject()).isEqualTo("bea");
		});
		List<AuditEntry> grandchildTrail = TenantContext.callAs(grandchild.tenant,
				() -> this.audit.findByTarget("Case", GroupFixture.localId(grandchildCase)));
		assertThat(grandchildTrail).extracting(AuditEntry::action).contains("oversight.escalated-matter.list");
		// and not in the parent's own trail
		assertThat(TenantContext.callAs(parent.tenant,
				() -> this.audit.findByTarget("Case", GroupFixture.localId(childCase))))
			.isEmpty();

		// the matter opens by its id, audited again in its tenant
		String id = listed.read("$.data.groupEscalatedMatters.edges[0].node.id");
		var opened = this.api.post(parent.board, NODE, Map.of("id", id));
		assertThat(opened.<String>read("$.data.node.number"))
			.isEqualTo(listed.read("$.data.groupEscalatedMatters.edges[0].node.number"));
		// an employee, or the Audit Committee to which it was not escalated, opens
		// nothing
		assertThat(this.api.post(parent.employee, NODE, Map.of("id", id)).<Object>read("$.data.node")).isNull();
		assertThat(this.api.post(parent.audit, NODE, Map.of("id", id)).<Object>read("$.data.node")).isNull();
		assertThat(this.api.post(parent.employee, LIST, Map.of()).firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void aMemberInvolvedInAMatterDoesNotSeeItAnywhereInTheGroup() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pin", null);
		// the parent's Board member bea sits on the subsidiary's board too, known there
		// by
		// her e-mail
		GroupFixture child = new GroupFixture(this.api, this.registry, "cin", parent.tenant.key(), "Europe/Berlin",
				"10,Bea,Board,bea@" + parent.tenant.key() + ".test,DIRECTOR\n", 1);
		String aboutBea = child.report("MISUSE_OF_ASSETS", "CFO_CAO", "A director charges private dinners",
				"Bea Board");
		child.report("MISUSE_OF_ASSETS", "CFO_CAO", "An executive charges private dinners", "Xena Exec");
		String otherMember = io.conduct.testsupport.TestIssuer.get()
			.token(parent.tenant.key(), "bob", io.conduct.platform.security.Role.BOARD);

		var bea = this.api.post(parent.board, LIST, Map.of());
		var bob = this.api.post(otherMember, LIST, Map.of());

		assertThat(bea.<List<String>>read("$.data.groupEscalatedMatters.edges[*].node.id")).as(bea.body()).hasSize(1);
		assertThat(bob.<List<String>>read("$.data.groupEscalatedMatters.edges[*].node.id")).hasSize(2);
		String beasMatter = bob.<List<String>>read("$.data.groupEscalatedMatters.edges[*].node.id")
			.stream()
			.filter((id) -> !bea.<List<String>>read("$.data.groupEscalatedMatters.edges[*].node.id").contains(id))
			.findFirst()
			.orElseThrow();
		assertThat(this.api.post(parent.board, NODE, Map.of("id", beasMatter)).<Object>read("$.data.node")).isNull();
		assertThat(TenantContext.callAs(child.tenant,
				() -> this.audit.findByTarget("Case", GroupFixture.localId(aboutBea))))
			.extracting(AuditEntry::actorSubject)
			.doesNotContain("bea");
	}

	@Test
	void aSubsidiarysBoardSeesNothingOfTheParent() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pup", null);
		GroupFixture child = new GroupFixture(this.api, this.registry, "cup", parent.tenant.key());
		parent.report("MISUSE_OF_ASSETS", "CFO_CAO", "The parent's executive uses the jet", "Xena Exec");
		child.report("MISUSE_OF_ASSETS", "CFO_CAO", "The child's executive uses the car", "Xena Exec");
		String parentsMatter = this.api
			.post(parent.board, LIST, Map.of("filter", Map.of("tenantKeys", List.of(parent.tenant.key()))))
			.read("$.data.groupEscalatedMatters.edges[0].node.id");

		var childsView = this.api.post(child.board, LIST, Map.of());
		var asked = this.api.post(child.board, LIST,
				Map.of("filter", Map.of("tenantKeys", List.of(parent.tenant.key()))));

		assertThat(childsView.<List<String>>read("$.data.groupEscalatedMatters.edges[*].node.tenantKey"))
			.as(childsView.body())
			.containsExactly(child.tenant.key());
		assertThat(asked.<List<?>>read("$.data.groupEscalatedMatters.edges")).isEmpty();
		assertThat(this.api.post(child.board, NODE, Map.of("id", parentsMatter)).<Object>read("$.data.node")).isNull();
		// the parent's Board sees both, its own with the case's id to act on
		var parentsView = this.api.post(parent.board, LIST, Map.of());
		assertThat(parentsView.<List<String>>read("$.data.groupEscalatedMatters.edges[*].node.tenantKey"))
			.containsExactlyInAnyOrder(parent.tenant.key(), child.tenant.key());
	}

	@Test
	void theBoardDecidesTheMeasureForAnExecutiveOfItsOwnTenantWithTheCasesMutation() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pdm", null);
		String caseId = parent.report("MISUSE_OF_ASSETS", "CFO_CAO", "The executive uses the jet privately",
				"Xena Exec");
		var results = this.api.post(parent.cfo, """
				mutation($c: ID!) { caseResultsSubmit(input: {caseId: $c, summary: "Substantiated by the flight logs",
				  recommendation: "A written warning"}) { userErrors { code } } }""", Map.of("c", caseId));
		assertThat(results.<List<?>>read("$.data.caseResultsSubmit.userErrors")).as(results.body()).isEmpty();

		var awaiting = this.api.post(parent.board, LIST,
				Map.of("filter", Map.of("kinds", List.of("MEASURE_AWAITING_DECISION"))));
		assertThat(awaiting.<List<String>>read("$.data.groupEscalatedMatters.edges[0].node.kinds")).as(awaiting.body())
			.contains("RESULTS_REPORTED_TO_BOARD", "MEASURE_AWAITING_DECISION");
		assertThat(awaiting.<List<String>>read("$.data.groupEscalatedMatters.edges[0].node.decisions"))
			.containsExactly("MEASURE_FOR_EXECUTIVE");
		assertThat(awaiting.<String>read("$.data.groupEscalatedMatters.edges[0].node.caseId")).isEqualTo(caseId);

		var decided = this.api.post(parent.board, """
				mutation($c: ID!, $p: ID!) { caseMeasureDecide(input: {caseId: $c, personId: $p, measure: WARNING,
				  note: "Written warning"}) { measure { status decidedByRole } userErrors { code } } }""",
				Map.of("c", caseId, "p", parent.people.get("Xena Exec")));
		assertThat(decided.<String>read("$.data.caseMeasureDecide.measure.decidedByRole")).as(decided.body())
			.isEqualTo("BOARD");
		assertThat(this.api
			.post(parent.board, LIST, Map.of("filter", Map.of("kinds", List.of("MEASURE_AWAITING_DECISION"))))
			.<List<?>>read("$.data.groupEscalatedMatters.edges")).isEmpty();
	}

	@Test
	void overdueMattersComeFirstThePagesJoinUpAndTheCommandsPerRequestAreFlatInThePageSize() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pov", null);
		GroupFixture child = new GroupFixture(this.api, this.registry, "cov", parent.tenant.key());
		GroupFixture other = new GroupFixture(this.api, this.registry, "oov", parent.tenant.key());
		// one matter of each tenant first; ten days later their acknowledgement is
		// overdue
		for (int round = 0; round < 4; round++) {
			child.report("MISUSE_OF_ASSETS", "CFO_CAO", "Child matter " + round, "Xena Exec");
			other.report("MISUSE_OF_ASSETS", "CFO_CAO", "Other matter " + round, "Dora Director");
			parent.report("MISUSE_OF_ASSETS", "CFO_CAO", "Parent matter " + round, "Xena Exec");
			if (round == 0) {
				this.clock.advance(java.time.Duration.ofDays(10));
			}
		}

		var all = this.api.post(parent.board, LIST, Map.of("first", 50));
		List<Boolean> overdue = all.read("$.data.groupEscalatedMatters.edges[*].node.overdue");
		assertThat(overdue).as(all.body()).hasSize(12);
		assertThat(overdue.subList(0, 3)).containsOnly(true);
		assertThat(overdue.subList(3, 12)).containsOnly(false);
		// so a page of five already reads and audits in every tenant
		assertThat(all.<List<String>>read("$.data.groupEscalatedMatters.edges[*].node.tenantKey").subList(0, 3))
			.containsExactlyInAnyOrder(parent.tenant.key(), child.tenant.key(), other.tenant.key());
		List<String> due = all.read("$.data.groupEscalatedMatters.edges[*].node.due");
		assertThat(due).isSortedAccordingTo(String::compareTo);

		List<String> paged = new java.util.ArrayList<>();
		String after = null;
		do {
			Map<String, Object> variables = new java.util.HashMap<>(Map.of("first", 5));
			variables.put("after", after);
			var page = this.api.post(parent.board, LIST, variables);
			paged.addAll(page.read("$.data.groupEscalatedMatters.edges[*].node.id"));
			after = page.<Boolean>read("$.data.groupEscalatedMatters.pageInfo.hasNextPage")
					? page.read("$.data.groupEscalatedMatters.pageInfo.endCursor") : null;
		}
		while (after != null);
		assertThat(paged).isEqualTo(all.<List<String>>read("$.data.groupEscalatedMatters.edges[*].node.id"));

		this.commands.reset();
		this.api.post(parent.board, LIST, Map.of("first", 5));
		int forFive = this.commands.tenantCommands("conduct_t_").size();
		this.commands.reset();
		this.api.post(parent.board, LIST, Map.of("first", 50));
		int forFifty = this.commands.tenantCommands("conduct_t_").size();
		assertThat(forFifty).isEqualTo(forFive);
		assertThat(this.api.post(parent.board, LIST, Map.of("after", "bm90LW91cnM")).firstErrorCode())
			.isEqualTo("BAD_REQUEST");
	}

}
