package io.conduct.gifts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.conduct.platform.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per rule of {@code gifts/gift-rules.json}, each failing without its rule: the
 * engine names the rule, the figure and the threshold of every outcome.
 */
class GiftEngineTests {

	private static final GiftEngine ENGINE = new GiftEngine(GiftRules.bundled());

	private static final Thresholds EUR = new Thresholds(Money.of("50.00", "EUR"), Money.of("100.00", "EUR"),
			Money.of("400.00", "EUR"), 4, 5, "the tenant's");

	private static final Instant AT = Instant.parse("2026-09-01T07:30:00Z");

	private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

	static GiftFacts facts(GiftKind kind, GiftDirection direction, GiftResponse response, String eur) {
		return new GiftFacts(kind, direction, response, GiftForm.IN_KIND, false, false, null,
				GiftCounterpartyKind.REGISTERED, "Nordwind Logistics AG", Money.of(eur, "EUR"), Money.of(eur, "EUR"), 1,
				totals(1));
	}

	static GiftTotals totals(int events) {
		GiftTotals.Window window = new GiftTotals.Window(DAY.minusYears(1).plusDays(1), DAY, null, events, events,
				Money.of("0", "USD"),
				List.of(new GiftTotals.CompanyShare("acme-de", events, events, Money.of("0", "USD"))));
		return new GiftTotals(window, window);
	}

	private static GiftFinding finding(GiftEvaluation evaluation, GiftRule rule) {
		return evaluation.findings().stream().filter((f) -> f.rule() == rule).findFirst().orElseThrow();
	}

	@Test
	void aGiftReceivedAboveTheInsignificantValueIsDisposedOfAndExactlyAtItIsNot() {
		GiftEvaluation above = ENGINE
			.evaluate(facts(GiftKind.GIFT, GiftDirection.RECEIVED, GiftResponse.ACCEPTED, "50.01"), EUR, AT);
		GiftEvaluation exactly = ENGINE
			.evaluate(facts(GiftKind.GIFT, GiftDirection.RECEIVED, GiftResponse.ACCEPTED, "50.00"), EUR, AT);

		assertThat(above.outcome()).isEqualTo(GiftOutcome.DISPOSE);
		GiftFinding rule = finding(above, GiftRule.RECEIVED_NOT_INSIGNIFICANT);
		assertThat(rule.applies()).isTrue();
		assertThat(rule.figure()).isEqualTo("50.01 EUR");
		assertThat(rule.threshold()).isEqualTo("50.00 EUR");
		assertThat(rule.comparison()).isEqualTo("50.01 EUR > 50.00 EUR, the insignificant value");
		assertThat(rule.section()).isEqualTo("GIFTS AND GRATUITIES");
		assertThat(exactly.outcome()).isEqualTo(GiftOutcome.NO_ACTION);
		assertThat(finding(exactly, GiftRule.RECEIVED_NOT_INSIGNIFICANT).comparison())
			.isEqualTo("50.00 EUR ≤ 50.00 EUR, the insignificant value");
		assertThat(finding(exactly, GiftRule.RECORDED).applies()).isTrue();
	}

	@Test
	void aDeclinedGiftNeedsNoDisposition() {
		GiftEvaluation declined = ENGINE
			.evaluate(facts(GiftKind.GIFT, GiftDirection.RECEIVED, GiftResponse.DECLINED, "500"), EUR, AT);

		assertThat(declined.outcome()).isEqualTo(GiftOutcome.NO_ACTION);
		assertThat(finding(declined, GiftRule.RECEIVED_NOT_INSIGNIFICANT).comparison())
			.isEqualTo("declined: nothing was accepted or given");
	}

	@Test
	void aStatedBribeIsRefusedAndOpensACaseWhateverItsAmountEvenDeclined() {
		GiftFacts small = facts(GiftKind.FAVOUR, GiftDirection.RECEIVED, GiftResponse.DECLINED, "1");
		GiftFacts bribe = new GiftFacts(small.kind(), small.direction(), small.response(), small.form(), true, false,
				null, small.counterpartyKind(), small.counterpartyName(), small.recorded(), small.value(), 1,
				small.totals());

		GiftEvaluation evaluation = ENGINE.evaluate(bribe, EUR, AT);

		assertThat(evaluation.outcome()).isEqualTo(GiftOutcome.REFUSE);
		assertThat(evaluation.opensCase()).isTrue();
		assertThat(finding(evaluation, GiftRule.STATED_BRIBE_OR_KICKBACK).comparison())
			.startsWith("the recorder says it is a bribe or kickback (1.00 EUR)");
		assertThat(ENGINE.evaluate(small, EUR, AT).opensCase()).isFalse();
	}

	@Test
	void cashOrACashEquivalentIsRefusedAndOpensACaseWhateverItsAmount() {
		for (GiftForm form : List.of(GiftForm.CASH, GiftForm.CASH_EQUIVALENT)) {
			GiftFacts cash = new GiftFacts(GiftKind.GIFT, GiftDirection.RECEIVED, GiftResponse.ACCEPTED, form, false,
					false, null, GiftCounterpartyKind.BUSINESS_CONTACT, "A supplier", Money.of("10", "EUR"),
					Money.of("10", "EUR"), 1, totals(0));

			GiftEvaluation evaluation = ENGINE.evaluate(cash, EUR, AT);

			assertThat(evaluation.outcome()).as(form.name()).isEqualTo(GiftOutcome.REFUSE);
			assertThat(evaluation.opensCase()).isTrue();
			assertThat(finding(evaluation, GiftRule.CASH_OR_CASH_EQUIVALENT).applies()).isTrue();
		}
	}

	@Test
	void entertainmentAboveTheThresholdPerEventIsFlagged() {
		GiftEvaluation evaluation = ENGINE.evaluate(
				facts(GiftKind.ENTERTAINMENT, GiftDirection.RECEIVED, GiftResponse.ACCEPTED, "400.01"),
				new Thresholds(EUR.insignificantValue(), Money.of("1000", "EUR"), EUR.entertainmentPerEvent(), 4, 5,
						"the tenant's"),
				AT);

		assertThat(evaluation.outcome()).isEqualTo(GiftOutcome.FLAG);
		assertThat(evaluation.flagged()).isTrue();
		assertThat(finding(evaluation, GiftRule.ENTERTAINMENT_PER_EVENT).comparison())
			.isEqualTo("400.01 EUR > 400.00 EUR, the threshold per event");
		assertThat(finding(evaluation, GiftRule.ENTERTAINMENT_PER_PERSON).applies()).isFalse();
	}

	@Test
	void entertainmentAboveTheThresholdPerPersonIsFlaggedAndSharedByManyItIsNot() {
		GiftFacts alone = facts(GiftKind.ENTERTAINMENT, GiftDirection.GIVEN, GiftResponse.ACCEPTED, "300");
		GiftFacts shared = new GiftFacts(alone.kind(), alone.direction(), alone.response(), alone.form(), false, false,
				null, alone.counterpartyKind(), alone.counterpartyName(), alone.recorded(), alone.value(), 3,
				alone.totals());

		GiftFinding perPerson = finding(ENGINE.evaluate(alone, EUR, AT), GiftRule.ENTERTAINMENT_PER_PERSON);

		assertThat(perPerson.applies()).isTrue();
		assertThat(perPerson.comparison())
			.isEqualTo("300.00 EUR per person (300.00 EUR for 1) > 100.00 EUR, the threshold per person");
		assertThat(ENGINE.evaluate(shared, EUR, AT).outcome()).isEqualTo(GiftOutcome.NO_ACTION);
	}

	@Test
	void entertainmentMoreOftenThanTheLimitIsFlaggedNamingTheCompanies() {
		GiftFacts fourth = facts(GiftKind.ENTERTAINMENT, GiftDirection.RECEIVED, GiftResponse.ACCEPTED, "80");
		GiftFacts fifth = new GiftFacts(fourth.kind(), fourth.direction(), fourth.response(), fourth.form(), false,
				false, null, fourth.counterpartyKind(), fourth.counterpartyName(), fourth.recorded(), fourth.value(), 1,
				totals(5));

		GiftEvaluation atTheLimit = ENGINE.evaluate(new GiftFacts(fourth.kind(), fourth.direction(), fourth.response(),
				fourth.form(), false, false, null, fourth.counterpartyKind(), fourth.counterpartyName(),
				fourth.recorded(), fourth.value(), 1, totals(4)), EUR, AT);
		GiftEvaluation aboveIt = ENGINE.evaluate(fifth, EUR, AT);

		assertThat(atTheLimit.outcome()).isEqualTo(GiftOutcome.NO_ACTION);
		assertThat(aboveIt.outcome()).isEqualTo(GiftOutcome.FLAG);
		GiftFinding frequency = finding(aboveIt, GiftRule.ENTERTAINMENT_FREQUENCY);
		assertThat(frequency.figure()).isEqualTo("5 events");
		assertThat(frequency.threshold()).isEqualTo("4 events");
		assertThat(frequency.comparison()).isEqualTo("5 events of entertainment with Nordwind Logistics AG from "
				+ "2025-09-02 to 2026-09-01 across the group's companies (acme-de 5) > 4, the limit of events in twelve months");
	}

	@Test
	void companyFundsForAnEmployeeAboveTheInsignificantValueOrUnconfirmedAreRefusedWithoutACase() {
		GiftFacts gift = new GiftFacts(GiftKind.GIFT, GiftDirection.GIVEN, GiftResponse.OFFERED, GiftForm.IN_KIND,
				false, true, true, GiftCounterpartyKind.EMPLOYEE, "A colleague", Money.of("80", "EUR"),
				Money.of("80", "EUR"), 1, totals(0));
		GiftFacts unconfirmed = new GiftFacts(GiftKind.GIFT, GiftDirection.GIVEN, GiftResponse.OFFERED,
				GiftForm.IN_KIND, false, true, null, GiftCounterpartyKind.EMPLOYEE, "A colleague",
				Money.of("20", "EUR"), Money.of("20", "EUR"), 1, totals(0));
		GiftFacts small = new GiftFacts(GiftKind.GIFT, GiftDirection.GIVEN, GiftResponse.OFFERED, GiftForm.IN_KIND,
				false, true, true, GiftCounterpartyKind.EMPLOYEE, "A colleague", Money.of("20", "EUR"),
				Money.of("20", "EUR"), 1, totals(0));

		GiftEvaluation above = ENGINE.evaluate(gift, EUR, AT);
		GiftEvaluation notConfirmed = ENGINE.evaluate(unconfirmed, EUR, AT);

		assertThat(above.outcome()).isEqualTo(GiftOutcome.REFUSE);
		assertThat(above.opensCase()).isFalse();
		assertThat(finding(above, GiftRule.COMPANY_FUNDS_TO_EMPLOYEE_NOT_INSIGNIFICANT).applies()).isTrue();
		assertThat(notConfirmed.outcome()).isEqualTo(GiftOutcome.REFUSE);
		assertThat(finding(notConfirmed, GiftRule.COMPANY_FUNDS_NOT_LAWFUL).comparison())
			.startsWith("the giver does not confirm");
		assertThat(ENGINE.evaluate(small, EUR, AT).outcome()).isEqualTo(GiftOutcome.NO_ACTION);
	}

	@Test
	void anythingForAGovernmentOfficialAboveTheInsignificantValueNeedsPriorApprovalAndIsFlaggedOnceGiven() {
		GiftFacts planned = new GiftFacts(GiftKind.GIFT, GiftDirection.GIVEN, GiftResponse.OFFERED, GiftForm.IN_KIND,
				false, false, true, GiftCounterpartyKind.GOVERNMENT_OFFICIAL, "A customs officer",
				Money.of("60", "EUR"), Money.of("60", "EUR"), 1, totals(0));
		GiftFacts given = new GiftFacts(GiftKind.GIFT, GiftDirection.GIVEN, GiftResponse.ACCEPTED, GiftForm.IN_KIND,
				false, false, true, GiftCounterpartyKind.GOVERNMENT_OFFICIAL, "A customs officer",
				Money.of("60", "EUR"), Money.of("60", "EUR"), 1, totals(0));

		assertThat(ENGINE.evaluate(planned, EUR, AT).outcome()).isEqualTo(GiftOutcome.NEEDS_PRIOR_APPROVAL);
		GiftEvaluation afterwards = ENGINE.evaluate(given, EUR, AT);
		assertThat(afterwards.outcome()).isEqualTo(GiftOutcome.FLAG);
		assertThat(finding(afterwards, GiftRule.GOVERNMENT_OFFICIAL_PRIOR_APPROVAL).comparison())
			.endsWith("given already, without the CFO/CAO's approval beforehand");
	}

	@Test
	void whatNoRuleLimitsIsRecordedNamingTheUncoveredRule() {
		GiftFacts toCustomer = new GiftFacts(GiftKind.GIFT, GiftDirection.GIVEN, GiftResponse.ACCEPTED,
				GiftForm.IN_KIND, false, false, null, GiftCounterpartyKind.REGISTERED, "Kleinkunde GmbH",
				Money.of("30", "USD"), Money.of("27.27", "EUR"), 1, totals(0));

		GiftEvaluation evaluation = ENGINE.evaluate(toCustomer, EUR, AT);

		assertThat(evaluation.outcome()).isEqualTo(GiftOutcome.NO_ACTION);
		assertThat(finding(evaluation, GiftRule.RECORDED).comparison())
			.isEqualTo("no rule limits this gift given: recorded, and counted in the totals with Kleinkunde GmbH");
		assertThat(finding(evaluation, GiftRule.RECORDED).figure()).isEqualTo("27.27 EUR (30.00 USD)");
	}

}
