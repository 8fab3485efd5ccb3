package io.conduct.waivers;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.notifications.NotificationKind;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case found a violation by an executive officer or a director and no measure followed
 * within the tenant's number of days: the CFO/CAO is asked whether it is a waiver to be
 * disclosed, once; a measure in time, or a finding about an employee, asks nothing.
 */
@ConductIntegrationTest
class ImplicitWaiverTests {

	private static final String PROMPTS = """
			{ implicitWaiverPrompts { edges { node { id caseId status promptAfterDays subject { displayName }
			  answer disclosureClock { subject dueDate person { displayName } } } } } }""";

	private static final String ANSWER = """
			mutation($input: ImplicitWaiverPromptAnswerInput!) { implicitWaiverPromptAnswer(input: $input) {
			  implicitWaiverPrompt { status answer answeredBy { displayName }
			    disclosureClock { subject decisionDate dueDate rule } }
			  userErrors { field code } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@Autowired
	WaiverWork work;

	@LocalServerPort
	int port;

	WaiverFixture group;

	@BeforeEach
	void group() {
		this.group = new WaiverFixture(new GraphQlHttp(this.port), this.registry, this.tenantData, "wvi", "XNAS");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aSubstantiatedViolationByAnExecutiveWithNoMeasureInTimeAsksTheCfoCaoWhetherItIsAWaiver() {
		String caseId = substantiatedAgainst("Eve Executive");

		round(Duration.ofDays(29));
		assertThat(prompts("carol")).isEmpty();
		round(Duration.ofDays(2));
		round(Duration.ZERO);

		var prompts = this.group.post(this.group.token("carol"), PROMPTS, Map.of());
		assertThat(prompts.<List<String>>read("$.data.implicitWaiverPrompts.edges[*].node.status"))
			.containsExactly("OPEN");
		assertThat(prompts.<List<String>>read("$.data.implicitWaiverPrompts.edges[*].node.caseId"))
			.containsExactly(caseId);
		assertThat(prompts.<List<String>>read("$.data.implicitWaiverPrompts.edges[*].node.subject.displayName"))
			.containsExactly("Eve Executive");
		assertThat(prompts.<List<Integer>>read("$.data.implicitWaiverPrompts.edges[*].node.promptAfterDays"))
			.containsExactly(30);
		assertThat(this.group.outbox(NotificationKind.WAIVER_IMPLICIT_PROMPT)).extracting((d) -> d.getString("email"))
			.containsExactlyInAnyOrder(this.group.email("carol"), this.group.email("cora"));
		assertThat(this.group.post(this.group.token("erin"), PROMPTS, Map.of()).firstErrorCode())
			.isEqualTo("FORBIDDEN");

		String promptId = prompts.<List<String>>read("$.data.implicitWaiverPrompts.edges[*].node.id").get(0);
		var answered = this.group.post(this.group.token("carol"), ANSWER, Map.of("input",
				Map.of("implicitWaiverPromptId", promptId, "answer", "IS_WAIVER", "note", "The Board did not act")));
		assertThat(answered.<String>read("$.data.implicitWaiverPromptAnswer.implicitWaiverPrompt.status"))
			.isEqualTo("ANSWERED");
		assertThat(
				answered.<String>read("$.data.implicitWaiverPromptAnswer.implicitWaiverPrompt.disclosureClock.subject"))
			.isEqualTo("IMPLICIT_WAIVER");
		// answered on Friday 2026-10-02 (New York): due the fourth business day after
		assertThat(
				answered.<String>read("$.data.implicitWaiverPromptAnswer.implicitWaiverPrompt.disclosureClock.dueDate"))
			.isEqualTo("2026-10-08");
		assertThat(this.group
			.post(this.group.token("cora"), ANSWER,
					Map.of("input",
							Map.of("implicitWaiverPromptId", promptId, "answer", "NOT_A_WAIVER", "note",
									"Changed my mind")))
			.<String>read("$.data.implicitWaiverPromptAnswer.userErrors[0].code")).isEqualTo("DECIDED");
	}

	@Test
	void aMeasureInTimeOrAFindingAboutAnEmployeeAsksNothing() {
		String caseId = substantiatedAgainst("Eve Executive");
		var measure = this.group.post(this.group.token("cole"), """
				mutation($c: ID!, $p: ID!) { caseMeasureDecide(input: {caseId: $c, personId: $p, measure: REPRIMAND,
				  note: "Reprimand by the CEO"}) { measure { status } userErrors { code } } }""",
				Map.of("c", caseId, "p", this.group.id("Eve Executive")));
		assertThat(measure.<List<?>>read("$.data.caseMeasureDecide.userErrors")).as(measure.body()).isEmpty();
		substantiatedAgainst("Erin Employee");

		round(Duration.ofDays(40));

		assertThat(prompts("carol")).isEmpty();
		assertThat(this.group.outbox(NotificationKind.WAIVER_IMPLICIT_PROMPT)).isEmpty();
	}

	@Test
	void theTenantSetsTheNumberOfDays() {
		var set = this.group.post(this.group.token("carol"), BoardWaiverTests.SETTINGS,
				Map.of("input", Map.of("boardCommitteeMayDecide", false, "implicitWaiverPromptDays", 10)));
		assertThat(set.<List<?>>read("$.data.waiverSettingsUpdate.userErrors")).isEmpty();
		substantiatedAgainst("Dana Director");

		round(Duration.ofDays(11));

		assertThat(prompts("carol")).hasSize(1);
		assertThat(prompts("dana")).as("the Board does not answer prompts").isNull();
	}

	private List<String> prompts(String user) {
		var response = this.group.post(this.group.token(user), PROMPTS, Map.of());
		return response.hasErrors() ? null : response.read("$.data.implicitWaiverPrompts.edges[*].node.status");
	}

	/**
	 * A case reported to the CFO/CAO whose allegation against the person is
	 * substantiated.
	 */
	private String substantiatedAgainst(String person) {
		var reported = this.group.post(this.group.token("nick"),
				"""
						mutation($input: ReportSubmitInput!) { reportSubmit(input: $input) { report { id } userErrors { code } } }""",
				Map.of("input",
						Map.of("reporterMode", "NAMED", "report",
								Map.of("category", "CONFLICT_OF_INTEREST", "recipient", "CFO_CAO", "description",
										"Contracts steered to a relative's company", "occurredWhen", "This summer",
										"involved", List.of(Map.of("personId", this.group.id(person)))))));
		// the reporter reads their own view of the case; the handlers address the case
		// itself
		String caseId = GlobalId.encode("Case",
				GlobalId.localIdOf(reported.<String>read("$.data.reportSubmit.report.id"), "ReporterCaseView")
					.orElseThrow());
		var alleged = this.group.post(this.group.token("carol"),
				"""
						mutation($c: ID!, $p: ID!) { caseAllegationAdd(input: {caseId: $c, kind: MISCONDUCT,
						  summary: "Contracts steered to a relative", subjectPersonId: $p}) { allegation { id } userErrors { code } } }""",
				Map.of("c", caseId, "p", this.group.id(person)));
		String allegationId = alleged.read("$.data.caseAllegationAdd.allegation.id");
		var found = this.group.post(this.group.token("carol"), """
				mutation($c: ID!, $a: ID!) { caseFindingRecord(input: {caseId: $c, allegationId: $a,
				  finding: SUBSTANTIATED, note: "Per the contracts"}) { userErrors { code } } }""",
				Map.of("c", caseId, "a", allegationId));
		assertThat(found.<List<?>>read("$.data.caseFindingRecord.userErrors")).as(found.body()).isEmpty();
		return caseId;
	}

	private void round(Duration after) {
		this.clock.advance(after);
		this.work.runFor(this.group.tenant, this.clock.instant());
	}

}
