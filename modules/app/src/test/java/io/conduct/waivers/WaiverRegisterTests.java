package io.conduct.waivers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CFO/CAO's register of every request and its disposition, as a connection (paged,
 * filtered, its reads audited, its cost flat in the page size) and as CSV.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class WaiverRegisterTests {

	private static final String REGISTER = """
			query($first: Int, $after: String, $filter: WaiverRegisterFilter) {
			  waiverRegister(first: $first, after: $after, filter: $filter) {
			    edges { cursor node { number status route requester { displayName } supervisor { displayName }
			      codeVersion { number } section { heading }
			      supervisorReview { supervisor { displayName } } cfoCaoStep { action cfoCao { displayName } }
			      boardDecision { recordedBy { displayName } resolution { membersTakingPart { displayName }
			        recusals { member { displayName } } } }
			      disclosureClock { dueDate person { displayName } } } }
			    pageInfo { hasNextPage hasPreviousPage endCursor } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	MongoCommandCounter commands;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	WaiverFixture group;

	@BeforeEach
	void requests() {
		this.group = new WaiverFixture(new GraphQlHttp(this.port), this.registry, this.tenantData, "wvg", "XNAS");
		for (int i = 0; i < 4; i++) {
			this.clock.advance(java.time.Duration.ofMinutes(1));
			String approved = this.group.submitted("erin", "gifts-and-gratuities");
			this.group.review("sam", approved, true);
			this.group.cfoDecide("carol", approved, "APPROVE");
			this.clock.advance(java.time.Duration.ofMinutes(1));
			this.group.review("sam", this.group.submitted("erin", "conflicts-of-interest"), false);
			this.clock.advance(java.time.Duration.ofMinutes(1));
			this.group.grantedByTheBoard("dana", LocalDate.of(2026, 9, 1));
		}
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theRegisterListsEveryRequestAndItsDispositionNewestFirstInPages() {
		var first = this.group.post(this.group.token("carol"), REGISTER, Map.of("first", 5));
		String edges = "$.data.waiverRegister.edges[*].node.";
		assertThat(first.<List<String>>read(edges + "status")).containsExactly("APPROVED", "DECLINED_BY_SUPERVISOR",
				"APPROVED", "APPROVED", "DECLINED_BY_SUPERVISOR");
		assertThat(first.<Boolean>read("$.data.waiverRegister.pageInfo.hasNextPage")).isTrue();
		assertThat(first.<List<String>>read(edges + "boardDecision.resolution.recusals[*].member.displayName"))
			.contains("Dana Director", "Rob Relative");
		String after = first.read("$.data.waiverRegister.pageInfo.endCursor");
		var rest = this.group.post(this.group.token("carol"), REGISTER, Map.of("first", 100, "after", after));
		assertThat(rest.<List<?>>read("$.data.waiverRegister.edges")).hasSize(7);
		assertThat(rest.<Boolean>read("$.data.waiverRegister.pageInfo.hasNextPage")).isFalse();
		assertThat(rest.<Boolean>read("$.data.waiverRegister.pageInfo.hasPreviousPage")).isTrue();

		var declined = this.group.post(this.group.token("carol"), REGISTER,
				Map.of("filter", Map.of("status", "DECLINED_BY_SUPERVISOR")));
		assertThat(declined.<List<String>>read(edges + "status")).hasSize(4).containsOnly("DECLINED_BY_SUPERVISOR");
		var boardRoute = this.group.post(this.group.token("carol"), REGISTER,
				Map.of("filter", Map.of("route", "BOARD_THROUGH_CFO_CAO")));
		assertThat(boardRoute.<List<String>>read(edges + "disclosureClock.person.displayName")).hasSize(4)
			.containsOnly("Dana Director");
		assertThat(this.group.post(this.group.token("carol"), REGISTER, Map.of("first", 0)).firstErrorCode())
			.isEqualTo("BAD_REQUEST");
		assertThat(this.group.post(this.group.token("carol"), REGISTER, Map.of("after", "not-ours")).firstErrorCode())
			.isEqualTo("BAD_REQUEST");

		long reads = TenantContext.callAs(this.group.tenant, () -> this.tenantData
			.count(Query.query(Criteria.where("action").is("waiver.request.read")), "audit_log"));
		assertThat(reads).as("every request the CFO/CAO read is in the audit trail").isGreaterThanOrEqualTo(12);
	}

	@Test
	void theRegisterIsExportedAsCsv() {
		var csv = this.group.post(this.group.token("carol"), "{ waiverRegisterCsv }", Map.of());
		String text = csv.read("$.data.waiverRegisterCsv");
		List<String> lines = text.lines().toList();

		assertThat(lines).hasSize(13);
		assertThat(lines.get(0)).startsWith("number,requestedAt,requester,personType,route,codeVersion,section");
		assertThat(lines.stream().filter((l) -> l.contains("DECLINED_BY_SUPERVISOR"))).hasSize(4);
		assertThat(lines.stream()
			.filter((l) -> l.contains("BOARD_THROUGH_CFO_CAO") && l.contains("2026-09-08") && l.contains("PENDING")))
			.hasSize(4);
		assertThat(this.group.post(this.group.token("erin"), "{ waiverRegisterCsv }", Map.of()).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		var filtered = this.group.post(this.group.token("carol"),
				"{ waiverRegisterCsv(filter: {requestedFromDate: \"2026-09-02\"}) }", Map.of());
		assertThat(filtered.<String>read("$.data.waiverRegisterCsv").lines()).hasSize(1);
	}

	@Test
	void aPageOfTheRegisterCostsTheSameCommandsForTwoRequestsAsForTwelve() {
		this.commands.reset();
		var small = this.group.post(this.group.token("carol"), REGISTER, Map.of("first", 2));
		List<String> forTwo = this.commands.tenantCommands("conduct_t_");
		this.commands.reset();
		var large = this.group.post(this.group.token("carol"), REGISTER, Map.of("first", 12));
		List<String> forTwelve = this.commands.tenantCommands("conduct_t_");

		assertThat(small.<List<?>>read("$.data.waiverRegister.edges")).hasSize(2);
		assertThat(large.<List<?>>read("$.data.waiverRegister.edges")).hasSize(12);
		System.out.printf("Waiver register page: %d tenant commands for 2 requests, %d for 12%n", forTwo.size(),
				forTwelve.size());
		assertThat(forTwelve).hasSameSizeAs(forTwo);
	}

	@Test
	void theSupervisorsAndTheBoardsListsShowWhatAwaitsThem() {
		String waiting = this.group.submitted("erin", "gifts-and-gratuities");
		String eves = this.group.submitted("eve", "gifts-and-gratuities");
		this.group.refer("carol", eves);
		String toReview = """
				{ waiverRequestsToReview { edges { node { id status requester { displayName } } } } }""";

		assertThat(this.group.post(this.group.token("sam"), toReview, Map.of())
			.<List<String>>read("$.data.waiverRequestsToReview.edges[*].node.id")).containsExactly(waiting);
		assertThat(this.group.post(this.group.token("bo"), toReview, Map.of())
			.<List<String>>read("$.data.waiverRequestsToReview.edges[*].node.id")).containsExactly(eves);
		assertThat(this.group.post(this.group.token("erin"), toReview, Map.of()).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(this.group
			.post(this.group.token("erin"), "{ viewer { waiverRequests(first: 100) { edges { node { id } } } } }",
					Map.of())
			.<List<?>>read("$.data.viewer.waiverRequests.edges")).hasSize(9);
	}

}
