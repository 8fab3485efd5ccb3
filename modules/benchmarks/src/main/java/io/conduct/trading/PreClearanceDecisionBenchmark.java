package io.conduct.trading;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.conduct.calendars.EarlyClose;
import io.conduct.calendars.ExchangeCalendar;
import io.conduct.calendars.Holiday;
import io.conduct.calendars.HolidayKind;
import io.conduct.people.PersonType;
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
 * Deciding a pre-clearance request with a restricted list of 5,000 securities (some for
 * everyone, most for named people), 50 open event windows of 20 people each, a watch
 * list, the quarterly blackout computed from the fiscal calendar and the listing
 * exchange's trading days, and a director's trades for the short-swing rule: the facts of
 * one request, then the engine's answer. Storage is not measured (the services read the
 * request's security's entries and the person's windows by index).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PreClearanceDecisionBenchmark {

	static final int RESTRICTED_SECURITIES = 5_000;

	static final int OPEN_WINDOWS = 50;

	static final int PEOPLE = 2_000;

	private ClearanceEngine engine;

	private QuarterlyBlackouts blackouts;

	private RequestFacts.RestrictedList restricted;

	private List<RequestFacts.Window> windows;

	private final List<RequestFacts.Security> securities = new ArrayList<>();

	private final Map<String, List<RequestFacts.Watch>> watched = new HashMap<>();

	private List<RequestFacts.PastTrade> trades;

	private final Random random = new Random(7);

	@Setup
	public void desk() {
		this.engine = new ClearanceEngine(TradingRules.bundled());
		ExchangeCalendar xnys = ExchangeCalendar.of("XNYS", "New York Stock Exchange", "US",
				ZoneId.of("America/New_York"), LocalTime.of(16, 0), Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 2026,
				2027,
				List.of(holiday("2026-11-26"), holiday("2026-12-25"), holiday("2027-01-01"), holiday("2027-01-18"),
						holiday("2027-02-15")),
				List.of(new EarlyClose(LocalDate.parse("2026-11-27"), LocalTime.of(13, 0), "Day after Thanksgiving"),
						new EarlyClose(LocalDate.parse("2026-12-24"), LocalTime.of(13, 0), "Christmas Eve")));
		this.blackouts = new QuarterlyBlackouts(1, 15, 2, xnys,
				Map.of(QuarterDates.keyOf(2026, 3), new QuarterDates(QuarterDates.keyOf(2026, 3), 2026, 3,
						LocalDate.parse("2026-10-27"), LocalDate.parse("2026-11-05"), Instant.now())));
		List<RequestFacts.Restriction> entries = new ArrayList<>();
		for (int i = 0; i < RESTRICTED_SECURITIES; i++) {
			String id = "s" + i;
			this.securities.add(new RequestFacts.Security(id,
					(i == 0) ? SecurityIssuer.COMPANY : SecurityIssuer.COUNTERPARTY, "Issuer " + i + " (T" + i + ")"));
			boolean everyone = i % 10 == 0;
			entries.add(new RequestFacts.Restriction("r" + i, id, everyone, everyone ? Set.of() : people(25),
					LocalDate.parse("2026-01-01"), (i % 3 == 0) ? null : LocalDate.parse("2027-06-30")));
			if (i % 50 == 0) {
				this.watched.put(id, List
					.of(new RequestFacts.Watch("w" + i, id, LocalDate.parse("2026-06-01"), null, "unusual volume")));
			}
		}
		this.restricted = RequestFacts.RestrictedList.of(entries);
		this.windows = new ArrayList<>();
		for (int w = 0; w < OPEN_WINDOWS; w++) {
			Set<String> covered = (w % 2 == 0) ? Set.of() : Set.of("s" + this.random.nextInt(RESTRICTED_SECURITIES));
			this.windows.add(new RequestFacts.Window("e" + w, "Project " + w, people(20), covered,
					Instant.parse("2026-11-01T12:00:00Z"), null));
		}
		this.trades = List.of(new RequestFacts.PastTrade("t1", TradeKind.BUY, LocalDate.parse("2026-08-03")),
				new RequestFacts.PastTrade("t2", TradeKind.SELL, LocalDate.parse("2026-10-01")));
	}

	/** One request: its facts (blackout, lists, windows) and the engine's answer. */
	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public ClearanceEngine.Assessment decideOneRequest() {
		Instant at = Instant.parse("2026-12-03T15:00:00Z").plusSeconds(this.random.nextInt(86_400 * 10));
		RequestFacts.Security security = this.securities.get(this.random.nextInt(this.securities.size()));
		String person = "p" + this.random.nextInt(PEOPLE);
		RequestFacts.Blackout blackout = security.isCompany() ? this.blackouts.inForceAt(at).orElse(null) : null;
		RequestFacts facts = new RequestFacts(at, at.atZone(ZoneId.of("America/New_York")).toLocalDate(),
				new RequestFacts.Requester(person, PersonType.DIRECTOR, true, "a director"), security,
				this.random.nextBoolean() ? TradeKind.BUY : TradeKind.SELL, null, blackout, this.windows, false,
				this.restricted, this.watched.getOrDefault(security.id(), List.of()), this.trades);
		return this.engine.request(facts);
	}

	private Set<String> people(int count) {
		Set<String> people = new HashSet<>();
		while (people.size() < count) {
			people.add("p" + this.random.nextInt(PEOPLE));
		}
		return people;
	}

	private static Holiday holiday(String date) {
		return new Holiday(LocalDate.parse(date), "holiday", HolidayKind.PUBLIC_HOLIDAY);
	}

}
