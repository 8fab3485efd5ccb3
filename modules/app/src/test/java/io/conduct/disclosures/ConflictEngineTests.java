package io.conduct.disclosures;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import io.conduct.people.PersonType;
import io.conduct.people.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static io.conduct.disclosures.ConflictOutcome.NEEDS_DETERMINATION;
import static io.conduct.disclosures.ConflictOutcome.PERMITTED;
import static io.conduct.disclosures.ConflictOutcome.PROHIBITED;
import static io.conduct.disclosures.DisclosureKind.DECISION_INFLUENCE;
import static io.conduct.disclosures.DisclosureKind.FAMILY_SUPERVISION;
import static io.conduct.disclosures.DisclosureKind.FINANCIAL_INTEREST;
import static io.conduct.disclosures.DisclosureKind.OTHER_ACTIVITY;
import static io.conduct.disclosures.DisclosureKind.RELATIVE_SERVICE;
import static io.conduct.disclosures.DisclosureKind.SERVICE;
import static io.conduct.people.PersonType.DIRECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The Code's conflict-of-interest clauses, clause by clause and for each kind of person:
 * each case names the clause that decides it, and the same case judged by the rules less
 * that clause comes out differently, so no clause is decorative.
 */
class ConflictEngineTests {

	private static final ConflictRules RULES = ConflictRules.bundled();

	private static final TenantRule CRYPTO = new TenantRule("r1", "Mining crypto-currency on Company hardware",
			List.of("crypto mining"), "d0", "bo", Instant.EPOCH);

	private static DisclosureFacts.CounterpartyFacts supplier(Ownership ownership, Significance significance) {
		return Facts.counterparty("Nordwind AG", ownership, significance, CounterpartyKind.SUPPLIER);
	}

	private static DisclosureFacts.CounterpartyFacts customer(Ownership ownership, Significance significance) {
		return Facts.counterparty("Kundenkreis GmbH", ownership, significance, CounterpartyKind.CUSTOMER);
	}

	private static DisclosureFacts.CounterpartyFacts competitor(Ownership ownership) {
		return Facts.counterparty("Rivalis SE", ownership, Facts.NOT_SIGNIFICANT, CounterpartyKind.DIRECT_COMPETITOR);
	}

	/** Every clause with a case it decides, for each kind of person its list covers. */
	static Stream<Arguments> clauses() {
		Stream.Builder<Arguments> cases = Stream.builder();
		for (PersonType officerOrEmployee : List.of(PersonType.EMPLOYEE, PersonType.OFFICER,
				PersonType.EXECUTIVE_OFFICER)) {
			cases.add(Arguments.of(ConflictClause.EO_SERVICE, PROHIBITED, Facts.of(officerOrEmployee, SERVICE)
				.with(supplier(Ownership.PRIVATELY_HELD, Facts.SIGNIFICANT_SUPPLIER))));
			cases.add(Arguments.of(ConflictClause.EO_SERVICE, PROHIBITED,
					Facts.of(officerOrEmployee, SERVICE)
						.as(ServiceCapacity.DIRECTOR)
						.with(competitor(Ownership.PUBLICLY_HELD))));
			cases.add(Arguments.of(ConflictClause.EO_RELATIVE_SERVICE, PERMITTED,
					Facts.of(officerOrEmployee, RELATIVE_SERVICE)
						.relative(Relation.SPOUSE)
						.as(ServiceCapacity.CONSULTANT)
						.with(customer(Ownership.PUBLICLY_HELD, Facts.SIGNIFICANT_CUSTOMER))));
			cases.add(Arguments.of(ConflictClause.EO_INTEREST_CUSTOMER_SUPPLIER, PROHIBITED,
					Facts.of(officerOrEmployee, FINANCIAL_INTEREST)
						.percent("1.5")
						.with(supplier(Ownership.PUBLICLY_HELD, Facts.SIGNIFICANT_SUPPLIER))));
			cases.add(Arguments.of(ConflictClause.EO_INTEREST_COMPETITOR, PROHIBITED,
					Facts.of(officerOrEmployee, FINANCIAL_INTEREST)
						.percent("0.1")
						.with(competitor(Ownership.PRIVATELY_HELD))));
			cases.add(Arguments.of(ConflictClause.EO_FAMILY_EVALUATION, PROHIBITED,
					Facts.of(officerOrEmployee, FAMILY_SUPERVISION).family(true)));
			cases.add(Arguments.of(ConflictClause.EO_OTHER_ACTIVITY, PROHIBITED,
					Facts.of(officerOrEmployee, OTHER_ACTIVITY).describing("Some crypto mining at night", CRYPTO)));
		}
		cases.add(Arguments.of(ConflictClause.D_SERVICE_COMPETITOR, PROHIBITED,
				Facts.of(DIRECTOR, SERVICE).atTheCompanysRequest().with(competitor(Ownership.PUBLICLY_HELD))));
		cases.add(Arguments.of(ConflictClause.D_RELATIVE_SERVICE_COMPETITOR, NEEDS_DETERMINATION,
				Facts.of(DIRECTOR, RELATIVE_SERVICE)
					.relative(Relation.HOUSEHOLD_MEMBER)
					.as(ServiceCapacity.DIRECTOR)
					.with(competitor(Ownership.PRIVATELY_HELD))));
		cases.add(Arguments.of(ConflictClause.D_INTEREST_COMPETITOR, PROHIBITED,
				Facts.of(DIRECTOR, FINANCIAL_INTEREST).shares("10000").with(competitor(Ownership.PUBLICLY_HELD))));
		cases.add(Arguments.of(ConflictClause.D_INFLUENCE_CUSTOMER_SUPPLIER, PROHIBITED,
				Facts.of(DIRECTOR, DECISION_INFLUENCE)
					.relative(Relation.DEPENDENT_CHILD)
					.with(customer(Ownership.PRIVATELY_HELD, Facts.NOT_SIGNIFICANT))));
		cases.add(Arguments.of(ConflictClause.D_SERVICE_CUSTOMER_SUPPLIER, PROHIBITED,
				Facts.of(DIRECTOR, SERVICE)
					.as(ServiceCapacity.ADVISOR)
					.with(supplier(Ownership.PRIVATELY_HELD, Facts.NOT_SIGNIFICANT))));
		cases.add(Arguments.of(ConflictClause.D_INTEREST_CUSTOMER_SUPPLIER, PROHIBITED,
				Facts.of(DIRECTOR, FINANCIAL_INTEREST)
					.percent("0.1")
					.with(supplier(Ownership.PRIVATELY_HELD, Facts.NOT_SIGNIFICANT))));
		cases.add(Arguments.of(ConflictClause.D_RELATIVE_RELATED_CUSTOMER_SUPPLIER, NEEDS_DETERMINATION,
				Facts.of(DIRECTOR, RELATIVE_SERVICE)
					.relative(Relation.SPOUSE)
					.as(ServiceCapacity.EMPLOYEE)
					.with(supplier(Ownership.PUBLICLY_HELD, Facts.NOT_SIGNIFICANT))));
		cases.add(Arguments.of(ConflictClause.D_FAMILY_EVALUATION, PROHIBITED,
				Facts.of(DIRECTOR, FAMILY_SUPERVISION).family(true)));
		cases.add(Arguments.of(ConflictClause.D_OTHER_ACTIVITY, PROHIBITED,
				Facts.of(DIRECTOR, OTHER_ACTIVITY).describing("Crypto Mining rig in the office", CRYPTO)));
		return cases.build();
	}

	@ParameterizedTest(name = "{0} decides {1}")
	@MethodSource("clauses")
	void eachClauseDecidesItsCaseAndTheCaseComesOutOtherwiseWithoutIt(ConflictClause clause, ConflictOutcome expected,
			Facts facts) {
		Evaluation evaluation = evaluate(RULES, facts.build());

		assertThat(evaluation.outcome()).isEqualTo(expected);
		assertThat(evaluation.findings()).filteredOn((f) -> f.clause() == clause).singleElement().satisfies((f) -> {
			if (expected != PERMITTED) {
				assertThat(f.applies()).isTrue();
				assertThat(f.outcome()).isEqualTo(expected);
			}
			assertThat(f.comparison()).isNotBlank();
		});
		ConflictRules without = new ConflictRules(RULES.version(), RULES.source(), RULES.definitions(),
				RULES.uncovered(), RULES.clauses().stream().filter((c) -> c.id() != clause).toList());
		assertThat(evaluate(without, facts.build()).outcome()).as("without " + clause).isNotEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(value = PersonType.class, names = { "EMPLOYEE", "OFFICER", "EXECUTIVE_OFFICER" })
	void lessThanOnePercentOfAPublicCompanyIsExceptedAndExactlyOnePercentIsNot(PersonType type) {
		var publicSupplier = supplier(Ownership.PUBLICLY_HELD, Facts.SIGNIFICANT_SUPPLIER);

		assertThat(outcome(Facts.of(type, FINANCIAL_INTEREST).shares("9999").with(publicSupplier)))
			.isEqualTo(PERMITTED);
		Evaluation exactlyOne = evaluate(RULES,
				Facts.of(type, FINANCIAL_INTEREST).shares("10000").with(publicSupplier).build());
		assertThat(exactlyOne.outcome()).isEqualTo(PROHIBITED);
		Finding finding = applied(exactlyOne, ConflictClause.EO_INTEREST_CUSTOMER_SUPPLIER);
		assertThat(finding.figure()).isEqualTo("1%");
		assertThat(finding.threshold()).isEqualTo("1%");
		assertThat(finding.comparison()).isEqualTo("1% of Nordwind AG, a publicly-held significant supplier ≥ 1%");
	}

	@Test
	void theComparisonSaysFigureOwnershipStandingAndThreshold() {
		Evaluation evaluation = evaluate(RULES,
				Facts.of(PersonType.EMPLOYEE, FINANCIAL_INTEREST)
					.percent("1.5")
					.with(supplier(Ownership.PUBLICLY_HELD, Facts.SIGNIFICANT_SUPPLIER))
					.build());

		Finding finding = applied(evaluation, ConflictClause.EO_INTEREST_CUSTOMER_SUPPLIER);
		assertThat(finding.comparison()).isEqualTo("1.5% of Nordwind AG, a publicly-held significant supplier ≥ 1%");
		assertThat(finding.summary()).contains("less than 1% of a publicly-held");
		assertThat(evaluation.rulesVersion()).isEqualTo(RULES.version());
	}

	@Test
	void lessThanFivePercentOfAPrivateCompanyIsExceptedAndExactlyFivePercentIsNot() {
		var privateCustomer = customer(Ownership.PRIVATELY_HELD, Facts.SIGNIFICANT_CUSTOMER);

		assertThat(outcome(Facts.of(PersonType.OFFICER, FINANCIAL_INTEREST).percent("4.9999").with(privateCustomer)))
			.isEqualTo(PERMITTED);
		assertThat(outcome(Facts.of(PersonType.OFFICER, FINANCIAL_INTEREST).percent("5").with(privateCustomer)))
			.isEqualTo(PROHIBITED);
		assertThat(outcome(Facts.of(PersonType.OFFICER, FINANCIAL_INTEREST).percent("1.5").with(privateCustomer)))
			.as("1.5% of a private company is under its 5%")
			.isEqualTo(PERMITTED);
	}

	@Test
	void aCompetitorAllowsLessThanOnePercentIfPublicAndNothingIfPrivate() {
		assertThat(outcome(Facts.of(PersonType.EMPLOYEE, FINANCIAL_INTEREST)
			.percent("0.5")
			.with(competitor(Ownership.PUBLICLY_HELD)))).isEqualTo(PERMITTED);
		assertThat(outcome(Facts.of(PersonType.EMPLOYEE, FINANCIAL_INTEREST)
			.percent("1")
			.with(competitor(Ownership.PUBLICLY_HELD)))).isEqualTo(PROHIBITED);
		Evaluation privately = evaluate(RULES,
				Facts.of(PersonType.EMPLOYEE, FINANCIAL_INTEREST)
					.percent("0.01")
					.with(competitor(Ownership.PRIVATELY_HELD))
					.build());
		assertThat(privately.outcome()).isEqualTo(PROHIBITED);
		assertThat(applied(privately, ConflictClause.EO_INTEREST_COMPETITOR).comparison())
			.contains("excepts no investment in a privately-held");
	}

	@Test
	void employeesAndOfficersMayServeOrHoldAnyInterestInCounterpartiesThatAreNotSignificant() {
		var small = supplier(Ownership.PRIVATELY_HELD, Facts.NOT_SIGNIFICANT);
		for (PersonType type : List.of(PersonType.EMPLOYEE, PersonType.OFFICER, PersonType.EXECUTIVE_OFFICER)) {
			assertThat(outcome(Facts.of(type, SERVICE).with(small))).isEqualTo(PERMITTED);
			assertThat(outcome(Facts.of(type, FINANCIAL_INTEREST).percent("40").with(small))).isEqualTo(PERMITTED);
		}
		assertThat(evaluate(RULES, Facts.of(PersonType.EMPLOYEE, SERVICE).with(small).build()).findings())
			.allSatisfy((f) -> assertThat(f.applies()).isFalse())
			.anySatisfy((f) -> assertThat(f.comparison()).contains("is not a significant supplier"));
	}

	@Test
	void directorsMayNotServeOrHoldPrivateInterestsInAnySupplierOrCustomerWhereEmployeesMay() {
		var small = customer(Ownership.PRIVATELY_HELD, Facts.NOT_SIGNIFICANT);

		assertThat(outcome(Facts.of(PersonType.EMPLOYEE, SERVICE).with(small))).isEqualTo(PERMITTED);
		assertThat(outcome(Facts.of(DIRECTOR, SERVICE).with(small))).isEqualTo(PROHIBITED);
		assertThat(outcome(Facts.of(PersonType.EMPLOYEE, FINANCIAL_INTEREST).percent("0.1").with(small)))
			.isEqualTo(PERMITTED);
		assertThat(outcome(Facts.of(DIRECTOR, FINANCIAL_INTEREST).percent("0.1").with(small))).isEqualTo(PROHIBITED);
		assertThat(outcome(Facts.of(DIRECTOR, FINANCIAL_INTEREST)
			.percent("0.99")
			.with(customer(Ownership.PUBLICLY_HELD, Facts.NOT_SIGNIFICANT)))).isEqualTo(PERMITTED);
	}

	@Test
	void theCompanysRequestExceptsEmployeesServiceForTheDeterminerToConfirmButNeverDirectorsService() {
		var competitor = competitor(Ownership.PUBLICLY_HELD);

		Evaluation employee = evaluate(RULES,
				Facts.of(PersonType.EMPLOYEE, SERVICE).atTheCompanysRequest().with(competitor).build());
		assertThat(employee.outcome()).isEqualTo(NEEDS_DETERMINATION);
		assertThat(applied(employee, ConflictClause.EO_SERVICE).comparison()).contains("the exception applies");
		assertThat(outcome(Facts.of(DIRECTOR, SERVICE).atTheCompanysRequest().with(competitor))).isEqualTo(PROHIBITED);
	}

	@Test
	void closeRelativesAreSpousesDependentChildrenAndHouseholdMembersOnly() {
		var significant = supplier(Ownership.PUBLICLY_HELD, Facts.SIGNIFICANT_SUPPLIER);
		for (Relation close : List.of(Relation.SPOUSE, Relation.DEPENDENT_CHILD, Relation.HOUSEHOLD_MEMBER)) {
			assertThat(outcome(
					Facts.of(PersonType.EMPLOYEE, FINANCIAL_INTEREST).relative(close).percent("2").with(significant)))
				.as(close.name())
				.isEqualTo(NEEDS_DETERMINATION);
		}
		for (Relation notClose : List.of(Relation.PARENT, Relation.SIBLING, Relation.CHILD, Relation.IN_LAW)) {
			Evaluation evaluation = evaluate(RULES,
					Facts.of(PersonType.EMPLOYEE, FINANCIAL_INTEREST)
						.relative(notClose)
						.percent("2")
						.with(significant)
						.build());
			assertThat(evaluation.outcome()).as(notClose.name()).isEqualTo(PERMITTED);
			assertThat(evaluation.findings().get(0).comparison()).contains("is not a close relative");
		}
		assertThat(outcome(Facts.of(PersonType.EMPLOYEE, FINANCIAL_INTEREST)
			.relative(Relation.SPOUSE)
			.percent("0.5")
			.with(significant))).as("a relative's investment below the exception").isEqualTo(PERMITTED);
	}

	@ParameterizedTest
	@EnumSource(value = PersonType.class, names = { "EMPLOYEE", "OFFICER", "EXECUTIVE_OFFICER" })
	void aCloseRelativeAsOfficerOrDirectorOfASignificantCustomerIsForTheDeterminerWhereFeasible(PersonType type) {
		var customer = customer(Ownership.PUBLICLY_HELD, Facts.SIGNIFICANT_CUSTOMER);
		for (ServiceCapacity capacity : List.of(ServiceCapacity.OFFICER, ServiceCapacity.DIRECTOR)) {
			Evaluation evaluation = evaluate(RULES,
					Facts.of(type, RELATIVE_SERVICE).relative(Relation.SPOUSE).as(capacity).with(customer).build());
			assertThat(evaluation.outcome()).isEqualTo(NEEDS_DETERMINATION);
			assertThat(applied(evaluation, ConflictClause.EO_RELATIVE_SERVICE).comparison()).contains("where feasible");
		}
		assertThat(outcome(
				Facts.of(type, RELATIVE_SERVICE).relative(Relation.PARENT).as(ServiceCapacity.DIRECTOR).with(customer)))
			.as("a parent is not a close relative")
			.isEqualTo(PERMITTED);
	}

	@Test
	void familyEvaluationConcernsImmediateFamilyAsTheDirectoryKnowsIt() {
		assertThat(outcome(Facts.of(PersonType.OFFICER, FAMILY_SUPERVISION).family(true))).isEqualTo(PROHIBITED);
		assertThat(outcome(Facts.of(PersonType.OFFICER, FAMILY_SUPERVISION).family(false))).isEqualTo(PERMITTED);
		assertThat(outcome(Facts.of(DIRECTOR, FAMILY_SUPERVISION).family(false))).isEqualTo(PERMITTED);
	}

	@Test
	void anotherActivityIsForTheDeterminerUnlessTheBoardMadeItARuleOfTheTenant() {
		Evaluation open = evaluate(RULES,
				Facts.of(PersonType.EMPLOYEE, OTHER_ACTIVITY)
					.describing("I coach the local football team", CRYPTO)
					.build());
		assertThat(open.outcome()).isEqualTo(NEEDS_DETERMINATION);

		Evaluation ruled = evaluate(RULES,
				Facts.of(PersonType.EMPLOYEE, OTHER_ACTIVITY)
					.describing("Crypto mining in the evenings", CRYPTO)
					.build());
		assertThat(ruled.outcome()).isEqualTo(PROHIBITED);
		assertThat(applied(ruled, ConflictClause.EO_OTHER_ACTIVITY).tenantRuleId()).isEqualTo("r1");
	}

	@Test
	void whatNoClauseOfThePersonsListCoversIsLeftToTheDeterminer() {
		Evaluation evaluation = evaluate(RULES,
				Facts.of(PersonType.EMPLOYEE, DECISION_INFLUENCE)
					.with(customer(Ownership.PUBLICLY_HELD, Facts.NOT_SIGNIFICANT))
					.build());

		assertThat(evaluation.outcome()).isEqualTo(NEEDS_DETERMINATION);
		assertThat(evaluation.findings()).singleElement()
			.satisfies((f) -> assertThat(f.clause()).isEqualTo(ConflictClause.GENERAL_CONFLICT));
	}

	@Test
	void unknownSignificanceIsLeftToTheDeterminerWithTheGap() {
		Significance unknown = new Significance(null, null, null, List.of(), List.of(),
				List.of("no JPY rate into USD in force on 2025-12-31"));
		Evaluation evaluation = evaluate(RULES,
				Facts.of(PersonType.EMPLOYEE, SERVICE).with(supplier(Ownership.PUBLICLY_HELD, unknown)).build());

		assertThat(evaluation.outcome()).isEqualTo(NEEDS_DETERMINATION);
		assertThat(applied(evaluation, ConflictClause.EO_SERVICE).comparison()).contains("no JPY rate");
	}

	@Test
	void findingsNameTheSectionOfTheCodeVersionInForce() {
		CodeSections version = CodeSections.of(3, List.of(new CodeSections.Section("EMPLOYEES AND OFFICERS",
				"Employees and officers must not:\n- Have, or, where feasible, permit any close relative to have, a financial interest in a significant supplier or significant customer of the Company, other than an investment representing less than\n\n- one percent"),
				new CodeSections.Section("DIRECTORS", "Directors must not: ...")));

		Evaluation evaluation = new ConflictEngine(RULES).evaluate(Facts.of(PersonType.EMPLOYEE, FINANCIAL_INTEREST)
			.percent("2")
			.with(supplier(Ownership.PUBLICLY_HELD, Facts.SIGNIFICANT_SUPPLIER))
			.build(), version, Instant.EPOCH, Evaluation.Trigger.SUBMITTED);

		Finding interest = applied(evaluation, ConflictClause.EO_INTEREST_CUSTOMER_SUPPLIER);
		assertThat(interest.section()).isEqualTo("EMPLOYEES AND OFFICERS");
		assertThat(interest.codeVersion()).isEqualTo(3);
		assertThat(interest.sectionFound()).isTrue();
		assertThat(evaluation.findings()).filteredOn((f) -> f.clause() == ConflictClause.EO_INTEREST_COMPETITOR)
			.singleElement()
			.satisfies((f) -> assertThat(f.sectionFound()).as("the amended text dropped it").isFalse());
		assertThat(evaluation.codeVersion()).isEqualTo(3);
	}

	@Test
	void rulesThatDoNotQuoteTheCodeAreRefused() {
		ConflictRules.Clause first = RULES.clauses().get(0);
		ConflictRules.Clause misquoted = new ConflictRules.Clause(first.id(), first.appliesTo(), first.policy(),
				first.section(), "Employees may do as they please", first.summary(), first.counterparties(),
				first.capacities(), first.holders(), first.exceptBelowPercent(), first.atCompanyRequestException(),
				first.breach(), first.relativeBreach(), first.breachNote(), first.exceptionOutcome(),
				first.exceptionNote());
		List<ConflictRules.Clause> clauses = new java.util.ArrayList<>(RULES.clauses());
		clauses.set(0, misquoted);
		ConflictRules bad = new ConflictRules(RULES.version(), RULES.source(), RULES.definitions(), RULES.uncovered(),
				clauses);

		var refused = assertThrows(IllegalStateException.class, () -> bad.check(codeText()));
		assertThat(refused.getMessage()).contains("does not say \"Employees may do as they please\"");
	}

	@Test
	void rulesWithoutAClauseTheCodeHasForAKindOfPersonAreRefused() {
		ConflictRules bad = new ConflictRules(RULES.version(), RULES.source(), RULES.definitions(), RULES.uncovered(),
				RULES.clauses().stream().filter((c) -> c.id() != ConflictClause.D_FAMILY_EVALUATION).toList());

		var refused = assertThrows(IllegalStateException.class, () -> bad.check(codeText()));
		assertThat(refused.getMessage()).contains("no FAMILY_SUPERVISION clause for DIRECTORS");
	}

	@Test
	void theBundledRulesPassTheirCheck() {
		RULES.check(codeText());
		assertThat(RULES.clauses()).extracting(ConflictRules.Clause::id)
			.containsExactlyInAnyOrder(java.util.Arrays.stream(ConflictClause.values())
				.filter((c) -> c != ConflictClause.GENERAL_CONFLICT)
				.toArray(ConflictClause[]::new));
	}

	private static String codeText() {
		try (var in = ConflictEngineTests.class.getClassLoader().getResourceAsStream(ConflictRules.CODE_TEXT)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static ConflictOutcome outcome(Facts facts) {
		return evaluate(RULES, facts.build()).outcome();
	}

	private static Evaluation evaluate(ConflictRules rules, DisclosureFacts facts) {
		return new ConflictEngine(rules).evaluate(facts, CodeSections.NONE, Instant.EPOCH,
				Evaluation.Trigger.SUBMITTED);
	}

	private static Finding applied(Evaluation evaluation, ConflictClause clause) {
		return evaluation.findings()
			.stream()
			.filter((f) -> f.clause() == clause && f.applies())
			.findFirst()
			.orElseThrow(() -> new AssertionError(clause + " did not apply: " + evaluation.findings()));
	}

}
