package io.conduct.waivers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.RoundTrips;
import io.conduct.testsupport.RoundTrips.Measured;
import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiver lists a reviewer, the CFO/CAO and the Audit Committee work from, with the
 * people and records they show, cost the same database commands for 2 rows as for 6; the
 * requests a supervisor was shown are in the audit trail.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaiverListRoundTripsTests {

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

	@BeforeAll
	void sixOfEach() {
		this.group = new WaiverFixture(new GraphQlHttp(this.port), this.registry, this.tenantData, "wvt", "XNAS");
		for (int i = 0; i < 6; i++) {
			// the last two a day later, for the export's filter
			this.clock.advance((i == 4) ? Duration.ofDays(1) : Duration.ofMinutes(1));
			this.group.submitted("erin", "gifts-and-gratuities");
		}
		this.clock.reset();
		Instant at = Instant.parse("2026-08-01T08:00:00Z");
		List<String> subjects = List.of("Eve Executive", "Dana Director");
		TenantContext.runAs(this.group.tenant, () -> {
			for (int i = 0; i < 6; i++) {
				boolean answered = i % 2 == 1;
				this.tenantData.insert(new ImplicitWaiverPrompt("case-" + i + ".allegation", "case-" + i, "allegation",
						local(this.group.id(subjects.get(i % 2))), at,
						answered ? ImplicitWaiverPrompt.Stage.ANSWERED : ImplicitWaiverPrompt.Stage.OPEN, 30,
						at.plus(Duration.ofDays(30 + i)), answered ? ImplicitWaiverPrompt.Answer.NOT_A_WAIVER : null,
						answered ? "A measure follows" : null,
						answered ? local(this.group.id("Cora Controller")) : null, answered ? "cora" : null,
						answered ? at.plus(Duration.ofDays(31 + i)) : null, null, null, false));
			}
		});
	}

	@AfterAll
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void theRequestsToReviewCostTheSameForTwoAsForSixAndWhatWasShownIsAudited() {
		String query = """
				query($first: Int) { waiverRequestsToReview(first: $first) { edges { cursor node { id number status route
				  requesterType periodStart periodEnd requester { displayName } supervisor { displayName }
				  codeVersion { number } section { key heading } } } pageInfo { hasNextPage } } }""";
		Measured small = page(this.group.token("sam"), query, 2);
		Measured large = page(this.group.token("sam"), query, 6);

		List<String> shown = large.response().read("$.data.waiverRequestsToReview.edges[*].node.id");
		assertThat(shown).hasSize(6);
		assertThat(large.response()
			.<List<String>>read("$.data.waiverRequestsToReview.edges[*].node.requester.displayName"))
			.containsOnly("Erin Employee");
		RoundTrips.assertFlat("waiverRequestsToReview", small, large);
		assertThat(large.auditWrites()).isEqualTo(1);
		assertThat(
				readsOf("waiver.request.read", shown.stream().map(WaiverListRoundTripsTests::localOfRequest).toList()))
			.as("every request the supervisor was shown")
			.isGreaterThanOrEqualTo(6);
	}

	@Test
	void theImplicitWaiverPromptsCostTheSameForTwoAsForSix() {
		String query = """
				query($first: Int) { implicitWaiverPrompts(first: $first) { edges { cursor node { id caseId status
				  substantiatedAt promptAfterDays promptedAt answer answerNote answeredAt subject { displayName }
				  answeredBy { displayName } disclosureClock { subject dueDate person { displayName } } } }
				  pageInfo { hasNextPage } } }""";
		Measured small = page(this.group.token("carol"), query, 2);
		Measured large = page(this.group.token("carol"), query, 6);

		assertThat(
				large.response().<List<String>>read("$.data.implicitWaiverPrompts.edges[*].node.subject.displayName"))
			.hasSize(6)
			.containsOnly("Eve Executive", "Dana Director");
		assertThat(large.response()
			.<List<String>>read("$.data.implicitWaiverPrompts.edges[*].node.answeredBy.displayName")).hasSize(3)
			.containsOnly("Cora Controller");
		RoundTrips.assertFlat("implicitWaiverPrompts", small, large);
	}

	@Test
	void theRegisterExportCostsTheSameForTwoRequestsAsForSix() {
		String query = "query($filter: WaiverRegisterFilter) { waiverRegisterCsv(filter: $filter) }";
		Measured small = RoundTrips.measure(this.commands, () -> this.group.post(this.group.token("carol"), query,
				Map.of("filter", Map.of("requestedFromDate", "2026-09-02"))));
		Measured large = RoundTrips.measure(this.commands,
				() -> this.group.post(this.group.token("carol"), query, Map.of()));

		assertThat(small.response().<String>read("$.data.waiverRegisterCsv").lines()).hasSize(1 + 2);
		assertThat(large.response().<String>read("$.data.waiverRegisterCsv").lines()).hasSize(1 + 6);
		RoundTrips.assertFlat("waiverRegisterCsv", small, large);
		assertThat(large.auditWrites()).as("the export is recorded").isEqualTo(1);
	}

	private long readsOf(String action, List<String> ids) {
		return TenantContext.callAs(this.group.tenant,
				() -> this.tenantData.count(
						Query.query(Criteria.where("action")
							.is(action)
							.orOperator(Criteria.where("targetId").in(ids), Criteria.where("targetIds").in(ids))),
						"audit_log"));
	}

	private Measured page(String token, String query, int first) {
		return RoundTrips.measure(this.commands, () -> this.group.post(token, query, Map.of("first", first)));
	}

	private static String local(String personGlobalId) {
		return GlobalId.localIdOf(personGlobalId, "Person").orElseThrow();
	}

	private static String localOfRequest(String globalId) {
		return GlobalId.decode(globalId).orElseThrow().localId();
	}

}
