package io.conduct.trading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.conduct.calendars.BusinessCalendar;
import io.conduct.calendars.Holiday;
import io.conduct.calendars.HolidayKind;
import io.conduct.people.PersonType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The rules file and the framework-free parts of the engine: the file is checked against
 * the Code, fiscal quarters follow the tenant's fiscal year, ISINs carry their check
 * digit, cooling-off periods follow Rule 10b5-1, and the engine looks at each rule only
 * for the securities and people it names.
 */
class TradingRulesTests {

	private final TradingRules rules = TradingRules.bundled();

	private final ClearanceEngine engine = new ClearanceEngine(this.rules);

	@Test
	void theBundledRulesNameEveryRuleOnceAndQuoteTheCodesInsiderTradingSection() {
		assertThat(this.rules.rules()).extracting(TradingRules.Rule::rule)
			.containsExactlyInAnyOrder(TradingRule.values());
		assertThat(this.rules.rule(TradingRule.EVENT_WINDOW).confidential()).isTrue();
		assertThat(this.rules.rule(TradingRule.WATCH_LIST).confidential()).isTrue();
		assertThat(this.rules.rule(TradingRule.BLACKOUT).confidential()).isFalse();
		assertThat(this.rules.defaults().clearanceTradingDays()).isEqualTo(2);
	}

	@Test
	void aFileThatLeavesARuleOutOrMisquotesTheCodeIsRefused() {
		String code = code();
		TradingRules missing = new TradingRules(this.rules.version(), this.rules.source(), this.rules.section(),
				this.rules.defaults(), this.rules.coolingOff(), 6, 2,
				this.rules.rules().stream().filter((r) -> r.rule() != TradingRule.BLACKOUT).toList());
		assertThatIllegalStateException().isThrownBy(() -> missing.check(code)).withMessageContaining("BLACKOUT");
		TradingRules.Rule review = this.rules.rule(TradingRule.PRE_CLEARANCE);
		TradingRules misquoted = new TradingRules(this.rules.version(), this.rules.source(), this.rules.section(),
				this.rules.defaults(), this.rules.coolingOff(), 6, 2,
				this.rules.rules()
					.stream()
					.map((r) -> (r.rule() != TradingRule.PRE_CLEARANCE) ? r
							: new TradingRules.Rule(r.rule(), r.group(), r.effects(), r.securities(), r.persons(),
									r.confidential(), r.basis(), "you may trade whenever you like", r.summary()))
					.toList());
		assertThatIllegalStateException().isThrownBy(() -> misquoted.check(code))
			.withMessageContaining("PRE_CLEARANCE quotes what the Code's section INSIDER TRADING does not say");
		assertThat(review.quote()).isNotBlank();
	}

	@Test
	void fiscalQuartersFollowAFiscalYearThatStartsInApril() {
		QuarterlyBlackouts.FiscalQuarter march = QuarterlyBlackouts.quarterOf(LocalDate.of(2027, 3, 10), 4);
		assertThat(march).extracting("fiscalYear", "quarter", "start", "end")
			.containsExactly(2026, 4, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
		assertThat(QuarterlyBlackouts.quarterOf(LocalDate.of(2026, 4, 1), 4).quarter()).isEqualTo(1);
		assertThat(QuarterlyBlackouts.quarterOf(LocalDate.of(2026, 3, 31), 1).quarter()).isEqualTo(1);
		assertThat(march.previous()).extracting("fiscalYear", "quarter").containsExactly(2026, 3);
		assertThat(QuarterlyBlackouts.FiscalQuarter.of(2026, 1, 4).previous()).extracting("fiscalYear", "quarter")
			.containsExactly(2025, 4);
	}

	@Test
	void isinsCarryTheirCheckDigit() {
		assertThat(Isin.isValid("US0378331005")).isTrue();
		assertThat(Isin.isValid("DE0007164600")).isTrue();
		assertThat(Isin.isValid("US5949181045")).isTrue();
		assertThat(Isin.isValid("US0378331006")).isFalse();
		assertThat(Isin.isValid("us0378331005")).isFalse();
		assertThat(Isin.isValid("US037833100")).isFalse();
		assertThat(Isin.normalized(" us0378331005 ")).isEqualTo("US0378331005");
	}

	@Test
	void directorsAndOfficersCoolOffForTheLaterOfNinetyDaysOrTheReportAtMostHundredAndTwentyOthersThirty() {
		BusinessCalendar sec = BusinessCalendar.of("US", "US federal", Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
				2026, 2027, List.of(new Holiday(LocalDate.of(2026, 11, 11), "Veterans Day", HolidayKind.PUBLIC_HOLIDAY),
						new Holiday(LocalDate.of(2026, 11, 26), "Thanksgiving Day", HolidayKind.PUBLIC_HOLIDAY)));
		LocalDate adopted = LocalDate.of(2026, 9, 1);
		QuarterlyBlackouts.FiscalQuarter q3 = QuarterlyBlackouts.quarterOf(adopted, 1);
		var days = this.rules.coolingOff();
		assertThat(CoolingOff.of(days, PersonType.EMPLOYEE, adopted, q3, null, sec).endDate())
			.isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(CoolingOff.of(days, PersonType.OFFICER, adopted, q3, LocalDate.of(2026, 11, 5), sec).endDate())
			.as("90 days, later than two business days after the 10-Q")
			.isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(CoolingOff.of(days, PersonType.EXECUTIVE_OFFICER, adopted, q3, LocalDate.of(2026, 11, 25), sec)
			.endDate()).as("two business days after a 10-Q of 2026-11-25, over Thanksgiving")
			.isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(CoolingOff.of(days, PersonType.DIRECTOR, adopted, q3, LocalDate.of(2026, 12, 10), sec).endDate())
			.as("the report is later")
			.isEqualTo(LocalDate.of(2026, 12, 14));
		assertThat(CoolingOff.of(days, PersonType.DIRECTOR, adopted, q3, LocalDate.of(2027, 1, 5), sec).endDate())
			.as("at most 120 days")
			.isEqualTo(LocalDate.of(2026, 12, 30));
		var unknown = CoolingOff.of(days, PersonType.OFFICER, adopted, q3, null, sec);
		assertThat(unknown.endDate()).isEqualTo(LocalDate.of(2026, 12, 30));
		assertThat(unknown.provisional()).isTrue();
		assertThat(unknown.firstTradeDate()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void theShortSwingWarningLooksBothWaysWithinSixMonthsForExecutivesAndDirectorsOnly() {
		RequestFacts.PastTrade bought = new RequestFacts.PastTrade("t1", TradeKind.BUY, LocalDate.of(2026, 3, 10));
		assertThat(rules(sale(PersonType.DIRECTOR, LocalDate.of(2026, 9, 9), bought)))
			.contains(TradingRule.SHORT_SWING);
		assertThat(rules(sale(PersonType.DIRECTOR, LocalDate.of(2026, 9, 10), bought)))
			.as("six months to the day is not less than six months")
			.doesNotContain(TradingRule.SHORT_SWING);
		RequestFacts.PastTrade later = new RequestFacts.PastTrade("t2", TradeKind.BUY, LocalDate.of(2026, 12, 1));
		assertThat(rules(sale(PersonType.EXECUTIVE_OFFICER, LocalDate.of(2026, 9, 9), later)))
			.as("a purchase after the sale")
			.contains(TradingRule.SHORT_SWING);
		assertThat(rules(sale(PersonType.EMPLOYEE, LocalDate.of(2026, 9, 9), bought)))
			.doesNotContain(TradingRule.SHORT_SWING);
	}

	@Test
	void aTradingPlanAfterItsCoolingOffClearsWhateverTheRestrictionsAndBeforeItDenies() {
		RequestFacts.Plan plan = new RequestFacts.Plan("p", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31),
				LocalDate.of(2026, 10, 1), "30 days after adoption");
		RequestFacts.Blackout blackout = new RequestFacts.Blackout(2026, 4, LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 15), null, null, null, "XNYS", 2);
		var cleared = this.engine
			.request(facts(PersonType.EMPLOYEE, LocalDate.of(2026, 12, 16), plan, blackout, List.of()));
		assertThat(cleared.requestStatus()).isEqualTo(PreClearanceStatus.APPROVED);
		assertThat(cleared.findings()).extracting(TradingFinding::rule).containsExactly(TradingRule.TRADING_PLAN);
		var cooling = this.engine.request(facts(PersonType.EMPLOYEE, LocalDate.of(2026, 10, 1), plan, null, List.of()));
		assertThat(cooling.requestStatus()).isEqualTo(PreClearanceStatus.DENIED);
		assertThat(cooling.firstDenial().orElseThrow().rule()).isEqualTo(TradingRule.COOLING_OFF);
		var blackedOut = this.engine
			.request(facts(PersonType.EMPLOYEE, LocalDate.of(2026, 12, 16), null, blackout, List.of()));
		assertThat(blackedOut.firstDenial().orElseThrow().rule()).isEqualTo(TradingRule.BLACKOUT);
	}

	private List<TradingRule> rules(RequestFacts facts) {
		return this.engine.request(facts).findings().stream().map(TradingFinding::rule).toList();
	}

	private static RequestFacts sale(PersonType type, LocalDate day, RequestFacts.PastTrade other) {
		return facts(type, day, null, null, List.of(other));
	}

	private static RequestFacts facts(PersonType type, LocalDate day, RequestFacts.Plan plan,
			RequestFacts.Blackout blackout, List<RequestFacts.PastTrade> trades) {
		return new RequestFacts(Instant.parse(day + "T15:00:00Z"), day,
				new RequestFacts.Requester("me", type, true, "everyone is subject"),
				new RequestFacts.Security("s", SecurityIssuer.COMPANY, "Acme (ACME)"), TradeKind.SELL, plan, blackout,
				List.of(), false, RequestFacts.RestrictedList.of(List.of()), List.of(), trades);
	}

	private static String code() {
		try (var in = TradingRulesTests.class.getClassLoader().getResourceAsStream(TradingRules.CODE_TEXT)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
