package io.conduct.oversight;

import java.util.HashMap;
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
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Besides cases, the Board of a tenant sees across its part of the group the waiver
 * requests awaiting it and the conflict determinations it makes for executive officers
 * and directors: never one it is involved in, never one of a tenant above it, each read
 * audited in the trail of the tenant it belongs to, in one order of urgency across kinds
 * at a cost flat in the page size.
 */
@ConductIntegrationTest
@Import(io.conduct.testsupport.MongoCommandCounting.class)
class BoardMattersAcrossTheGroupTests {

	static final String LIST = GroupEscalatedMattersTests.LIST.replace("caseId }", "caseId recordId }");

	static final String NODE = GroupEscalatedMattersTests.NODE;

	@Autowired
	TenantRegistry registry;

	@Autowired
	AuditTrail audit;

	@Autowired
	MongoCommandCounter commands;

	@Autowired
	io.conduct.testsupport.TestClock clock;

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
	void theParentsBoardSeesASubsidiarysPendingWaiverAndAGrandchildsConflictDeterminationAuditedWhereTheyLive() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pwv", null);
		parent.publishCode();
		GroupFixture child = new GroupFixture(this.api, this.registry, "cwv", parent.tenant.key());
		GroupFixture grandchild = new GroupFixture(this.api, this.registry, "gwv", child.tenant.key());
		String waiver = waiverAwaitingBoard(child, signedIn(child, "xena"));
		String disclosure = disclosed(grandchild, signedIn(grandchild, "dora"));
		// an employee's disclosure is the CFO/CAO's to determine: not the Board's
		disclosed(grandchild, grandchild.employee);

		var listed = this.api.post(parent.board, LIST, Map.of());

		String edges = "$.data.groupEscalatedMatters.edges";
		assertThat(listed.<List<String>>read(edges + "[*].node.kinds[*]")).as(listed.body())
			.containsExactlyInAnyOrder("WAIVER_AWAITING_BOARD", "CONFLICT_DETERMINATION_FOR_BOARD");
		assertThat(listed.<List<String>>read(edges + "[?(@.node.kinds[0] == 'WAIVER_AWAITING_BOARD')].node.tenantKey"))
			.containsExactly(child.tenant.key());
		assertThat(listed
			.<List<String>>read(edges + "[?(@.node.kinds[0] == 'CONFLICT_DETERMINATION_FOR_BOARD')].node.tenantKey"))
			.containsExactly(grandchild.tenant.key());
		// the waiver waits for the first day of its period; dated matters come first
		assertThat(listed.<String>read(edges + "[0].node.kinds[0]")).isEqualTo("WAIVER_AWAITING_BOARD");
		assertThat(listed.<String>read(edges + "[0].node.due")).startsWith("2026-09-30T22:00");
		assertThat(listed.<Object>read(edges + "[1].node.due")).isNull();
		// a subsidiary's: decided there, no record id of another tenant
		assertThat(listed.<List<Object>>read(edges + "[*].node.recordId")).containsOnlyNulls();
		assertThat(listed.<List<Object>>read(edges + "[*].node.decisions[*]")).isEmpty();
		// the minimum crosses: not the reasons, the description, or who asked
		assertThat(listed.body()).doesNotContain("brother-in-law").doesNotContain("charity").doesNotContain("Xena");

		assertThat(TenantContext.callAs(child.tenant, () -> this.audit.findByTarget("WaiverRequest",
				GlobalId.localIdOf(waiver, "WaiverRequest").orElseThrow())))
			.anySatisfy((entry) -> {
				assertThat(entry.action()).isEqualTo("oversight.escalated-matter.list");
				assertThat(entry.actorTenant()).isEqualTo(parent.tenant.key());
				assertThat(entry.actorSubject()).isEqualTo("bea");
			});
		String disclosureLocal = GlobalId.localIdOf(disclosure, "Disclosure").orElseThrow();
		assertThat(
				TenantContext.callAs(grandchild.tenant, () -> this.audit.findByTarget("Disclosure", disclosureLocal)))
			.extracting(AuditEntry::action)
			.contains("oversight.escalated-matter.list");
		assertThat(TenantContext.callAs(parent.tenant, () -> this.audit.findByTarget("Disclosure", disclosureLocal)))
			.isEmpty();

		// each opens by its id; the Audit Committee, to which they do not go, opens none
		for (String id : listed.<List<String>>read(edges + "[*].node.id")) {
			assertThat(this.api.post(parent.board, NODE, Map.of("id", id)).<List<String>>read("$.data.node.kinds"))
				.hasSize(1);
			assertThat(this.api.post(parent.audit, NODE, Map.of("id", id)).<Object>read("$.data.node")).isNull();
		}
		assertThat(this.api.post(parent.audit, LIST, Map.of()).<List<?>>read(edges)).isEmpty();
		// the kinds filter
		var waiversOnly = this.api.post(parent.board, LIST,
				Map.of("filter", Map.of("kinds", List.of("WAIVER_AWAITING_BOARD"))));
		assertThat(waiversOnly.<List<String>>read(edges + "[*].node.kinds[0]"))
			.containsExactly("WAIVER_AWAITING_BOARD");
		// a case status filter lists cases only
		assertThat(this.api.post(parent.board, LIST, Map.of("filter", Map.of("statuses", List.of("RECEIVED"))))
			.<List<?>>read(edges)).isEmpty();

		// the child's own Board decides its waiver and determines nothing of the
		// grandchild's... but sees it, with the record's id only for its own
		var childsView = this.api.post(child.board, LIST, Map.of());
		assertThat(childsView
			.<List<String>>read(edges + "[?(@.node.tenantKey == '" + child.tenant.key() + "')].node.decisions[*]"))
			.containsExactly("WAIVER_FOR_EXECUTIVE");
		assertThat(childsView
			.<List<String>>read(edges + "[?(@.node.tenantKey == '" + child.tenant.key() + "')].node.recordId"))
			.containsExactly(waiver);
	}

	@Test
	void aDirectorInvolvedDoesNotSeeTheirOwnWaiverOrDisclosureAndASubsidiarysBoardSeesNothingOfTheParent() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pnv", null);
		parent.publishCode();
		// bea of the parent's Board is a director of the subsidiary too, known there by
		// her e-mail
		String beasEmail = "bea@" + parent.tenant.key() + ".test";
		GroupFixture child = new GroupFixture(this.api, this.registry, "cnv", parent.tenant.key(), "Europe/Berlin",
				"10,Bea,Board," + beasEmail + ",DIRECTOR\n", 1);
		String beaInChild = TestIssuer.get()
			.tokenWithClaims(child.tenant.key(), "bea-in-child",
					Map.of("email", beasEmail, "email_verified", true, "name", "Bea Board"), Role.EMPLOYEE);
		this.api.post(beaInChild, "{ viewer { person { id } } }");
		waiverAwaitingBoard(child, beaInChild);
		disclosed(child, beaInChild);
		waiverAwaitingBoard(child, signedIn(child, "xena"));
		// the parent's own pending waiver
		waiverAwaitingBoard(parent, signedIn(parent, "xena"));
		String bob = TestIssuer.get().token(parent.tenant.key(), "bob", Role.BOARD);

		var bea = this.api.post(parent.board, LIST, Map.of());
		var others = this.api.post(bob, LIST, Map.of());

		String edges = "$.data.groupEscalatedMatters.edges";
		assertThat(others.<List<String>>read(edges + "[*].node.id")).as(others.body()).hasSize(4);
		assertThat(bea.<List<String>>read(edges + "[*].node.id")).as(bea.body()).hasSize(2);
		List<String> hidden = others.<List<String>>read(edges + "[*].node.id")
			.stream()
			.filter((id) -> !bea.<List<String>>read(edges + "[*].node.id").contains(id))
			.toList();
		assertThat(hidden).hasSize(2);
		for (String id : hidden) {
			assertThat(this.api.post(parent.board, NODE, Map.of("id", id)).<Object>read("$.data.node")).isNull();
		}

		var childsBoard = this.api.post(child.board, LIST, Map.of());
		assertThat(childsBoard.<List<String>>read(edges + "[*].node.tenantKey")).as(childsBoard.body())
			.containsOnly(child.tenant.key())
			.hasSize(3);
		String parentsWaiver = others
			.<List<String>>read(edges + "[?(@.node.tenantKey == '" + parent.tenant.key() + "')].node.id")
			.get(0);
		assertThat(this.api.post(child.board, NODE, Map.of("id", parentsWaiver)).<Object>read("$.data.node")).isNull();
		assertThat(
				this.api.post(child.board, LIST, Map.of("filter", Map.of("tenantKeys", List.of(parent.tenant.key()))))
					.<List<?>>read(edges))
			.isEmpty();
	}

	@Test
	void casesAndTheBoardsOtherMattersPageInOneOrderAtACostFlatInThePageSize() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pfv", null);
		parent.publishCode();
		GroupFixture child = new GroupFixture(this.api, this.registry, "cfv", parent.tenant.key());
		String xena = signedIn(child, "xena");
		String dora = signedIn(child, "dora");
		for (int i = 0; i < 3; i++) {
			waiverAwaitingBoard(child, xena);
			disclosed(child, dora);
			child.report("MISUSE_OF_ASSETS", "CFO_CAO", "Matter " + i, "Xena Exec");
			parent.report("MISUSE_OF_ASSETS", "CFO_CAO", "Parent matter " + i, "Dora Director");
		}
		disclosed(parent, signedIn(parent, "dora"));
		// a month on, the cases' acknowledgements and the waivers' periods are overdue
		this.clock.advance(java.time.Duration.ofDays(40));

		var all = this.api.post(parent.board, LIST, Map.of("first", 50));
		String edges = "$.data.groupEscalatedMatters.edges";
		List<Boolean> overdue = all.read(edges + "[*].node.overdue");
		assertThat(overdue).as(all.body()).hasSize(13);
		assertThat(overdue.subList(0, 9)).containsOnly(true);
		assertThat(all.<List<String>>read(edges + "[*].node.kinds[0]").subList(9, 13))
			.containsOnly("CONFLICT_DETERMINATION_FOR_BOARD");

		List<String> paged = new java.util.ArrayList<>();
		String after = null;
		do {
			Map<String, Object> variables = new HashMap<>(Map.of("first", 5));
			variables.put("after", after);
			var page = this.api.post(parent.board, LIST, variables);
			paged.addAll(page.read(edges + "[*].node.id"));
			after = page.<Boolean>read("$.data.groupEscalatedMatters.pageInfo.hasNextPage")
					? page.read("$.data.groupEscalatedMatters.pageInfo.endCursor") : null;
		}
		while (after != null);
		assertThat(paged).isEqualTo(all.<List<String>>read(edges + "[*].node.id"));

		this.commands.reset();
		this.api.post(parent.board, LIST, Map.of("first", 5));
		int forFive = this.commands.tenantCommands("conduct_t_").size();
		this.commands.reset();
		this.api.post(parent.board, LIST, Map.of("first", 50));
		int forFifty = this.commands.tenantCommands("conduct_t_").size();
		assertThat(forFifty).isEqualTo(forFive);
	}

	/** A person of the fixture's tenant, signed in once so their account is linked. */
	private String signedIn(GroupFixture fixture, String user) {
		String token = TestIssuer.get().token(fixture.tenant.key(), user, Role.EMPLOYEE);
		this.api.post(token, "{ viewer { person { id } } }");
		return token;
	}

	/** A waiver request of the requester, referred to the Board by the CFO/CAO. */
	private String waiverAwaitingBoard(GroupFixture fixture, String requester) {
		var submitted = this.api.post(requester, """
				mutation($input: WaiverRequestSubmitInput!) { waiverRequestSubmit(input: $input) {
				  waiverRequest { id status } userErrors { field code message } } }""",
				Map.of("input",
						Map.of("sectionKey", "conflicts-of-interest", "reasons",
								"My brother-in-law's company is our only local supplier.", "periodStart", "2026-10-01",
								"periodEnd", "2026-12-31")));
		assertThat(submitted.<List<?>>read("$.data.waiverRequestSubmit.userErrors")).as(submitted.body()).isEmpty();
		String id = submitted.read("$.data.waiverRequestSubmit.waiverRequest.id");
		var referred = this.api.post(fixture.cfo, """
				mutation($input: WaiverBoardReferInput!) { waiverBoardRefer(input: $input) {
				  waiverRequest { status } userErrors { field code message } } }""",
				Map.of("input", Map.of("waiverRequestId", id, "note", "For the Board's meeting")));
		assertThat(referred.<String>read("$.data.waiverBoardRefer.waiverRequest.status")).as(referred.body())
			.isEqualTo("AWAITING_BOARD");
		return id;
	}

	/** A disclosure of another activity by the discloser. */
	private String disclosed(GroupFixture fixture, String discloser) {
		var submitted = this.api.post(discloser, """
				mutation($input: DisclosureSubmitInput!) { disclosureSubmit(input: $input) {
				  disclosure { id status determiner } userErrors { field code message } } }""",
				Map.of("input", Map.of("kind", "OTHER_ACTIVITY", "description", "I sit on the board of a charity")));
		assertThat(submitted.<List<?>>read("$.data.disclosureSubmit.userErrors")).as(submitted.body()).isEmpty();
		return submitted.read("$.data.disclosureSubmit.disclosure.id");
	}

}
