package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.conduct.people.PersonType;
import io.conduct.people.Relation;
import io.conduct.platform.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The conflict engine on a group of realistic size: a register of 10,000 counterparties
 * with payments of three companies in three currencies over two fiscal years, and 10,000
 * disclosures. Measures evaluating one disclosure (its counterparty's significance from
 * its payments, then the clauses) and re-evaluating all 10,000 after the group's revenue
 * changed (every counterparty's significance once, then every disclosure). Storage is not
 * measured: the services read a disclosure's counterparty and payments by index.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DisclosureEvaluationBenchmark {

	static final int COUNTERPARTIES = 10_000;

	static final int DISCLOSURES = 10_000;

	private static final Currency USD = Currency.getInstance("USD");

	private ConflictEngine engine;

	private SignificanceCalculator calculator;

	private final Map<String, Counterparty> register = new HashMap<>();

	private final Map<String, List<SignificanceCalculator.PaymentFact>> payments = new HashMap<>();

	private final List<Disclosure> disclosures = new ArrayList<>();

	private GroupFigures figures;

	private GroupFigures changedFigures;

	private boolean changed;

	private int next;

	/**
	 * A disclosure as the benchmark keeps it: the facts that do not come from the
	 * register.
	 */
	record Disclosure(PersonType type, DisclosureKind kind, String counterpartyId, InterestHolder holder,
			Relation relation, BigDecimal percent, ServiceCapacity capacity) {
	}

	@Setup
	public void group() {
		this.engine = new ConflictEngine(ConflictRules.bundled());
		this.calculator = this.engine.significance();
		Random random = new Random(42);
		List<GroupFigures.Rate> rates = List.of(
				new GroupFigures.Rate(Currency.getInstance("EUR"), new BigDecimal("1.10"), LocalDate.of(2025, 12, 31)),
				new GroupFigures.Rate(Currency.getInstance("EUR"), new BigDecimal("1.08"), LocalDate.of(2026, 6, 30)),
				new GroupFigures.Rate(Currency.getInstance("JPY"), new BigDecimal("0.0070"),
						LocalDate.of(2025, 12, 31)),
				new GroupFigures.Rate(Currency.getInstance("JPY"), new BigDecimal("0.0068"),
						LocalDate.of(2026, 6, 30)));
		GroupFigures.RateTable table = new GroupFigures.RateTable(rates);
		LocalDate today = LocalDate.of(2026, 9, 1);
		this.figures = new GroupFigures(USD, Money.of("2400000000", "USD"), 1, today, table);
		this.changedFigures = new GroupFigures(USD, Money.of("1800000000", "USD"), 1, today, table);
		CounterpartyKind[] kinds = CounterpartyKind.values();
		for (int i = 0; i < COUNTERPARTIES; i++) {
			String id = "cp-" + i;
			Set<CounterpartyKind> set = EnumSet.of(kinds[random.nextInt(kinds.length)]);
			if (random.nextInt(10) == 0) {
				set.add(CounterpartyKind.SUPPLIER);
			}
			Ownership ownership = random.nextBoolean() ? Ownership.PUBLICLY_HELD : Ownership.PRIVATELY_HELD;
			this.register.put(id,
					new Counterparty(id, "Counterparty " + i, "counterparty " + i, "ERP-" + i, set, ownership,
							new BigDecimal(1_000_000 + random.nextInt(9_000_000)),
							Money.of(String.valueOf(50_000_000 + random.nextInt(500_000_000)), "USD"), Instant.EPOCH,
							Instant.EPOCH));
			List<SignificanceCalculator.PaymentFact> paid = new ArrayList<>();
			for (int year : new int[] { 2025, 2026 }) {
				paid.add(new SignificanceCalculator.PaymentFact("acme", year, PaymentDirection.BY_COMPANY,
						Money.of(String.valueOf(random.nextInt(60_000_000)), "USD")));
				paid.add(new SignificanceCalculator.PaymentFact("acme-de", year, PaymentDirection.BY_COMPANY,
						Money.of(String.valueOf(random.nextInt(40_000_000)), "EUR")));
				paid.add(new SignificanceCalculator.PaymentFact("acme-jp", year, PaymentDirection.TO_COMPANY,
						Money.of(String.valueOf(random.nextInt(900_000_000)), "JPY")));
			}
			this.payments.put(id, paid);
		}
		PersonType[] types = PersonType.values();
		DisclosureKind[] disclosureKinds = { DisclosureKind.SERVICE, DisclosureKind.RELATIVE_SERVICE,
				DisclosureKind.FINANCIAL_INTEREST, DisclosureKind.FINANCIAL_INTEREST,
				DisclosureKind.DECISION_INFLUENCE };
		for (int i = 0; i < DISCLOSURES; i++) {
			DisclosureKind kind = disclosureKinds[random.nextInt(disclosureKinds.length)];
			boolean relative = kind == DisclosureKind.RELATIVE_SERVICE || random.nextInt(4) == 0;
			this.disclosures.add(new Disclosure(types[random.nextInt(types.length)], kind,
					"cp-" + random.nextInt(COUNTERPARTIES), relative ? InterestHolder.RELATIVE : InterestHolder.SELF,
					relative ? Relation.values()[random.nextInt(Relation.values().length)] : null,
					BigDecimal.valueOf(random.nextInt(800), 2), ServiceCapacity.values()[random.nextInt(6)]));
		}
	}

	/**
	 * One disclosure against the register: its counterparty's significance, then the
	 * clauses.
	 */
	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Evaluation evaluateOneDisclosure() {
		Disclosure disclosure = this.disclosures.get(this.next++ % DISCLOSURES);
		Counterparty counterparty = this.register.get(disclosure.counterpartyId());
		Significance significance = this.calculator.assess(counterparty.kinds(), counterparty.lastFiscalYearRevenue(),
				this.payments.get(counterparty.id()), this.figures);
		return this.engine.evaluate(facts(disclosure, counterparty, significance), CodeSections.NONE, Instant.EPOCH,
				Evaluation.Trigger.SUBMITTED);
	}

	/**
	 * The group's revenue changed: every counterparty's significance once, then every one
	 * of the 10,000 disclosures.
	 */
	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public int reevaluateAllAfterARevenueChange() {
		this.changed = !this.changed;
		GroupFigures now = this.changed ? this.changedFigures : this.figures;
		Map<String, Significance> significance = new HashMap<>(COUNTERPARTIES * 2);
		for (Counterparty counterparty : this.register.values()) {
			significance.put(counterparty.id(), this.calculator.assess(counterparty.kinds(),
					counterparty.lastFiscalYearRevenue(), this.payments.get(counterparty.id()), now));
		}
		int prohibited = 0;
		for (Disclosure disclosure : this.disclosures) {
			Counterparty counterparty = this.register.get(disclosure.counterpartyId());
			Evaluation evaluation = this.engine.evaluate(
					facts(disclosure, counterparty, significance.get(counterparty.id())), CodeSections.NONE,
					Instant.EPOCH, Evaluation.Trigger.REVENUE_CHANGED);
			if (evaluation.outcome() == ConflictOutcome.PROHIBITED) {
				prohibited++;
			}
		}
		return prohibited;
	}

	private static DisclosureFacts facts(Disclosure disclosure, Counterparty counterparty, Significance significance) {
		return new DisclosureFacts(disclosure.type(), disclosure.kind(), disclosure.capacity(), false,
				disclosure.holder(),
				(disclosure.relation() != null) ? new DisclosureFacts.RelativeFacts("Robin", disclosure.relation())
						: null,
				new DisclosureFacts.Interest(null, disclosure.percent()), counterparty.facts(significance), null, null,
				List.of());
	}

}
