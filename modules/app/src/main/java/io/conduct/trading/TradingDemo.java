package io.conduct.trading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.conduct.disclosures.Counterparty;
import io.conduct.disclosures.CounterpartyRegister;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.money.Money;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.validation.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo group's insider trading desk, for the local run, through the product's own use
 * cases: in {@code acme} and {@code acme-de}, the Company's shares (Acme Holdings on
 * XNYS) and the shares of the register's Nordwind Logistics AG (XETR); in {@code acme},
 * the latest quarter's earnings release. In {@code acme-de}, whose latest quarter has no
 * release entered (so its blackout window stays open, whatever the day), three requests
 * of {@code employee}: a purchase of Nordwind cleared by {@code cfo}, a sale of the
 * Company's shares denied in the blackout, and a clearance {@code cfo} gave ten days
 * before the first run (entered afterwards, as given outside Conduct), expired, with a
 * trade made after it expired, flagged. Dates are relative to the day of the first run:
 * the local run has no test clock. Added once, when {@code acme-de} has no securities.
 */
@Component
@Profile("local")
public class TradingDemo {

	private static final Logger logger = LoggerFactory.getLogger(TradingDemo.class);

	private static final Set<Role> CFO = EnumSet.of(Role.CFO_CAO, Role.TENANT_ADMIN);

	private final TenantRegistry registry;

	private final Securities securities;

	private final TradingDesk desk;

	private final PreClearances requests;

	private final Trades trades;

	private final TradingFactsSource facts;

	private final CounterpartyRegister register;

	private final PeopleDirectory people;

	private final Clock clock;

	TradingDemo(TenantRegistry registry, Securities securities, TradingDesk desk, PreClearances requests, Trades trades,
			TradingFactsSource facts, CounterpartyRegister register, PeopleDirectory people, Clock clock) {
		this.registry = registry;
		this.securities = securities;
		this.desk = desk;
		this.requests = requests;
		this.trades = trades;
		this.facts = facts;
		this.register = register;
		this.people = people;
		this.clock = clock;
	}

	/** Seeds the demo desk once. */
	public void seed() {
		Tenant top = this.registry.findByKey("acme").orElseThrow();
		Tenant de = this.registry.findByKey("acme-de").orElseThrow();
		boolean seeded = SystemActor.callAs(de, CFO, () -> !this.securities.page(null, Paging.of(1, null)).isEmpty());
		if (seeded) {
			return;
		}
		SystemActor.runAs(top, CFO, () -> {
			listings();
			latestRelease(top);
		});
		SystemActor.runAs(de, CFO, () -> {
			Listings listings = listings();
			Person employee = person(Role.EMPLOYEE, "employee");
			Person cfo = person(Role.CFO_CAO, "cfo");
			TradingAccess.Desk cfoDesk = new TradingAccess.Desk(cfo, true);
			PreClearance purchase = check(this.requests.submitAs(employee, new PreClearances.Submission(
					listings.nordwind().id(), TradeKind.BUY, new BigDecimal("100"), null, "A long-term holding")));
			check(this.requests.decideAs(cfoDesk, purchase.id(), PreClearanceDecision.APPROVE, List.of(),
					"No Nordwind matter is pending"));
			check(this.requests.submitAs(employee, new PreClearances.Submission(listings.company().id(), TradeKind.SELL,
					new BigDecimal("50"), null, "To pay for a car")));
			Instant tenDaysAgo = this.clock.instant().minus(Duration.ofDays(10));
			PreClearance given = check(this.requests.enterAs(cfoDesk,
					new PreClearances.Entry(employee.id(), listings.nordwind().id(), TradeKind.BUY,
							new BigDecimal("200"), PreClearanceDecision.APPROVE, List.of(),
							"Cleared by e-mail before the desk moved to Conduct", tenDaysAgo)));
			LocalDate lastTradingDay = this.facts.exchange(listings.nordwind())
				.previousBusinessDay(LocalDate.now(this.clock.withZone(de.zoneId())));
			check(this.trades.recordAs(employee, new Trades.Recording(listings.nordwind().id(), TradeKind.BUY,
					lastTradingDay, new BigDecimal("200"), Money.of("18.40", "EUR"), given.id(), null)));
		});
		logger.info("Demo insider trading desk added");
	}

	private Listings listings() {
		TradingSecurity company = check(this.securities.register(new Securities.Registration(SecurityIssuer.COMPANY,
				null, "Acme Holdings Inc.", "XNYS", "ACME", "US004ACME011", "Common stock")));
		Counterparty nordwind = this.register.page("Nordwind", null, null, 1).get(0);
		TradingSecurity counterparty = check(this.securities.register(new Securities.Registration(
				SecurityIssuer.COUNTERPARTY, nordwind.id(), null, "XETR", "NWL", "DE000NWL0012", "Ordinary shares")));
		return new Listings(company, counterparty);
	}

	/**
	 * The release of the last quarter that has ended, a month after its end: the window
	 * of that quarter has ended or ends then.
	 */
	private void latestRelease(Tenant tenant) {
		LocalDate today = LocalDate.now(this.clock.withZone(tenant.zoneId()));
		QuarterlyBlackouts.FiscalQuarter current = QuarterlyBlackouts.quarterOf(today, tenant.fiscalYearStartMonth());
		QuarterlyBlackouts.FiscalQuarter ended = current.previous();
		check(this.desk.setQuarter(ended.fiscalYear(), ended.quarter(), ended.end().plusDays(30),
				ended.end().plusDays(35)));
	}

	private Person person(Role role, String username) {
		Optional<Person> found = this.people.holdersOf(role)
			.stream()
			.filter((p) -> username.equals(p.username()))
			.findFirst();
		return found.orElseThrow(() -> new IllegalStateException("No demo " + username));
	}

	private static <T> T check(Outcome<T> outcome) {
		if (!outcome.isSuccess()) {
			throw new IllegalStateException("Demo insider trading desk not seeded: " + outcome.userErrors());
		}
		return outcome.value();
	}

	private record Listings(TradingSecurity company, TradingSecurity nordwind) {
	}

}
