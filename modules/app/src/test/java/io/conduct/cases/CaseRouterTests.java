package io.conduct.cases;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.conduct.people.PersonType;
import io.conduct.platform.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each routing rule of the Code, as the rules file states it, and the engine that
 * evaluates them: a test per rule that fails without the rule.
 */
class CaseRouterTests {

	private final CaseRouter router = new CaseRouter();

	@Test
	void theChosenRecipientAndTheCfoCaoHandleAnOrdinaryReport() {
		var decision = route(Recipient.AUDIT_COMMITTEE, ReportCategory.OTHER, Set.of(), Set.of());

		assertThat(decision.handlerRoles()).containsExactlyInAnyOrder(Role.AUDIT_COMMITTEE, Role.CFO_CAO);
		assertThat(rules(decision)).containsExactly("RECIPIENT_HANDLES", "CFO_CAO_EVALUATES");
		assertThat(decision.informedRoles()).isEmpty();
	}

	@Test
	void aReportToASupervisorReachesTheCfoCaoAtOnceAndTheSupervisorByName() {
		var decision = this.router.route(new RoutingFacts(Recipient.SUPERVISOR, ReportCategory.FAIR_DEALING, Set.of(),
				Set.of(), "supervisor-1"));

		assertThat(decision.handlerRoles()).containsExactly(Role.CFO_CAO);
		assertThat(decision.handlerPersonIds()).containsExactly("supervisor-1");
		assertThat(rules(decision)).contains("SUPERVISOR_PASSES_TO_CFO_CAO");
	}

	@Test
	void aViolationOfLawReportedToTheTreasurerGoesToTheTreasurerAndTheCfoCao() {
		var law = route(Recipient.TREASURER, ReportCategory.VIOLATION_OF_LAW, Set.of(), Set.of());
		var other = route(Recipient.TREASURER, ReportCategory.OTHER, Set.of(), Set.of());

		assertThat(law.handlerRoles()).containsExactlyInAnyOrder(Role.TREASURER, Role.CFO_CAO);
		assertThat(rules(law)).contains("TREASURER_VIOLATION_OF_LAW");
		assertThat(rules(other)).doesNotContain("TREASURER_VIOLATION_OF_LAW");
	}

	@Test
	void anAccountingConcernIsFirstReviewedForMeritByTheCfoCaoAndTheCeo() {
		var decision = route(Recipient.CFO_CAO, ReportCategory.ACCOUNTING_OR_AUDITING, Set.of(), Set.of());

		assertThat(decision.handlerRoles()).containsExactlyInAnyOrder(Role.CFO_CAO, Role.CEO);
		assertThat(decision.meritReview()).isTrue();
		assertThat(rules(decision)).contains("ACCOUNTING_MERIT_REVIEW");
	}

	@Test
	void anAccountingConcernInvolvingTheCfoCaoOrTheCeoGoesToTheAuditCommitteeAtOnce() {
		var cfo = route(Recipient.CFO_CAO, ReportCategory.ACCOUNTING_OR_AUDITING, Set.of(Role.CFO_CAO), Set.of());
		var ceo = route(Recipient.CFO_CAO, ReportCategory.ACCOUNTING_OR_AUDITING, Set.of(Role.CEO), Set.of());

		assertThat(cfo.meritReview()).isFalse();
		assertThat(cfo.handlerRoles()).containsExactlyInAnyOrder(Role.CEO, Role.AUDIT_COMMITTEE);
		assertThat(rules(cfo)).contains("ACCOUNTING_TO_AUDIT_COMMITTEE_AT_ONCE")
			.doesNotContain("ACCOUNTING_MERIT_REVIEW");
		assertThat(ceo.meritReview()).isFalse();
		assertThat(ceo.handlerRoles()).containsExactlyInAnyOrder(Role.CFO_CAO, Role.AUDIT_COMMITTEE, Role.BOARD);
	}

	@Test
	void otherConcernsHaveNoMeritReview() {
		assertThat(route(Recipient.CFO_CAO, ReportCategory.FAIR_DEALING, Set.of(), Set.of()).meritReview()).isFalse();
	}

	@Test
	void whenTheCfoCaoIsInvolvedTheCeoAndTheAuditCommitteeHandleIt() {
		var decision = route(Recipient.CFO_CAO, ReportCategory.OTHER, Set.of(Role.CFO_CAO, Role.EMPLOYEE),
				Set.of(PersonType.EMPLOYEE));

		assertThat(decision.handlerRoles()).containsExactlyInAnyOrder(Role.CEO, Role.AUDIT_COMMITTEE);
		assertThat(rules(decision)).contains("CFO_CAO_INVOLVED");
	}

	@Test
	void whenTheCeoIsInvolvedTheBoardHandlesIt() {
		var decision = route(Recipient.CFO_CAO, ReportCategory.OTHER, Set.of(Role.CEO), Set.of(PersonType.EMPLOYEE));

		assertThat(decision.handlerRoles()).containsExactlyInAnyOrder(Role.CFO_CAO, Role.BOARD);
		assertThat(decision.handlerRoles()).doesNotContain(Role.CEO);
		assertThat(rules(decision)).contains("CEO_INVOLVED");
	}

	@Test
	void whenTheCfoCaoAndTheCeoAreBothInvolvedTheAuditCommitteeAndTheBoardHandleIt() {
		var decision = route(Recipient.CFO_CAO, ReportCategory.ACCOUNTING_OR_AUDITING, Set.of(Role.CFO_CAO, Role.CEO),
				Set.of(PersonType.EXECUTIVE_OFFICER));

		assertThat(decision.handlerRoles()).containsExactlyInAnyOrder(Role.AUDIT_COMMITTEE, Role.BOARD);
	}

	@Test
	void whenAnExecutiveOfficerOrDirectorIsInvolvedTheCeoAndTheBoardAreInformed() {
		var executive = route(Recipient.CFO_CAO, ReportCategory.OTHER, Set.of(), Set.of(PersonType.EXECUTIVE_OFFICER));
		var director = route(Recipient.CFO_CAO, ReportCategory.OTHER, Set.of(), Set.of(PersonType.DIRECTOR));
		var employee = route(Recipient.CFO_CAO, ReportCategory.OTHER, Set.of(), Set.of(PersonType.EMPLOYEE));

		assertThat(executive.informedRoles()).containsExactlyInAnyOrder(Role.CEO, Role.BOARD);
		assertThat(director.informedRoles()).containsExactlyInAnyOrder(Role.CEO, Role.BOARD);
		assertThat(rules(executive)).contains("EXECUTIVE_OR_DIRECTOR_INVOLVED");
		assertThat(employee.informedRoles()).isEmpty();
	}

	@Test
	void rulesNamingNoRoleAreRefusedAtStartup() {
		var broken = new RoutingRule(RoutingRuleName.CEO_INVOLVED, "x", null, List.of("CHAIRMAN"), null, null, false);

		assertThatThrownBy(() -> new CaseRouter(List.of(broken))).hasMessageContaining("CHAIRMAN");
	}

	@Test
	void aRuleNameClientsDoNotKnowIsRefusedAtStartup() {
		String rules = """
				[{"id": "CHAIRMAN_DECIDES", "description": "x", "when": {}, "addHandlers": ["CEO"]}]""";

		assertThatThrownBy(() -> CaseRouter.read(new ByteArrayInputStream(rules.getBytes(StandardCharsets.UTF_8))))
			.hasMessageContaining("CHAIRMAN_DECIDES");
	}

	@Test
	void twoRulesOfTheSameNameAreRefusedAtStartup() {
		var one = new RoutingRule(RoutingRuleName.CEO_INVOLVED, "x", null, List.of("CEO"), null, null, false);
		var two = new RoutingRule(RoutingRuleName.CEO_INVOLVED, "y", null, List.of("BOARD"), null, null, false);

		assertThatThrownBy(() -> new CaseRouter(List.of(one, two))).hasMessageContaining("distinct");
	}

	private RoutingDecision route(Recipient recipient, ReportCategory category, Set<Role> involvedRoles,
			Set<PersonType> involvedTypes) {
		return this.router.route(new RoutingFacts(recipient, category,
				involvedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(involvedRoles),
				involvedTypes.isEmpty() ? EnumSet.noneOf(PersonType.class) : EnumSet.copyOf(involvedTypes), null));
	}

	private static List<String> rules(RoutingDecision decision) {
		return decision.fired().stream().map((step) -> step.rule().name()).toList();
	}

}
