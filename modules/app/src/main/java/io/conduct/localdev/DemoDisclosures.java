package io.conduct.localdev;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.conduct.disclosures.CounterpartyKind;
import io.conduct.disclosures.CounterpartyRegister;
import io.conduct.disclosures.DisclosureKind;
import io.conduct.disclosures.Disclosures;
import io.conduct.disclosures.GroupLedger;
import io.conduct.disclosures.Ownership;
import io.conduct.disclosures.PaymentDirection;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.money.Money;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.validation.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The demo group's conflicts of interest, through the product's own use cases: a rate
 * table, three counterparties (a supplier the two subsidiaries' payments in two
 * currencies make significant, a direct competitor, a small customer) and three
 * disclosures of {@code employee} of {@code acme-de} (one permitted, one for the
 * determiner, one prohibited). Added once, when the register is empty.
 */
@Component
@org.springframework.context.annotation.Profile("local")
class DemoDisclosures {

	private static final Logger logger = LoggerFactory.getLogger(DemoDisclosures.class);

	private static final Set<Role> CFO = EnumSet.of(Role.CFO_CAO, Role.TENANT_ADMIN);

	private final TenantRegistry registry;

	private final CounterpartyRegister register;

	private final GroupLedger ledger;

	private final Disclosures disclosures;

	private final PeopleDirectory people;

	private final java.time.Clock clock;

	DemoDisclosures(TenantRegistry registry, CounterpartyRegister register, GroupLedger ledger, Disclosures disclosures,
			PeopleDirectory people, java.time.Clock clock) {
		this.clock = clock;
		this.registry = registry;
		this.register = register;
		this.ledger = ledger;
		this.disclosures = disclosures;
		this.people = people;
	}

	void seed() {
		Tenant top = this.registry.findByKey(DemoGroup.PARENT).orElseThrow();
		Tenant de = this.registry.findByKey("acme-de").orElseThrow();
		Tenant jp = this.registry.findByKey("acme-jp").orElseThrow();
		boolean seeded = SystemActor.callAs(top, CFO, () -> !this.register.page(null, null, null, 1).isEmpty());
		if (seeded) {
			return;
		}
		int lastYear = LocalDate.now(this.clock.withZone(top.zoneId())).getYear() - 1;
		String nordwind = SystemActor.callAs(top, CFO, () -> {
			check(this.ledger.setRate(Currency.getInstance("EUR"), LocalDate.of(lastYear, 12, 31),
					new BigDecimal("1.08")));
			check(this.ledger.setRate(Currency.getInstance("JPY"), LocalDate.of(lastYear, 12, 31),
					new BigDecimal("0.0067")));
			String supplier = check(this.register.register(new CounterpartyRegister.Facts("Nordwind Logistics AG",
					"ERP-1001", Set.of(CounterpartyKind.SUPPLIER), Ownership.PUBLICLY_HELD, new BigDecimal("50000000"),
					new BigDecimal("900000000"), "EUR")))
				.id();
			check(this.register.register(new CounterpartyRegister.Facts("Rivalis Industries SE", "ERP-2001",
					Set.of(CounterpartyKind.DIRECT_COMPETITOR), Ownership.PUBLICLY_HELD, new BigDecimal("20000000"),
					null, null)));
			check(this.register.register(new CounterpartyRegister.Facts("Kleinkunde GmbH", "ERP-3001",
					Set.of(CounterpartyKind.CUSTOMER), Ownership.PRIVATELY_HELD, null, null, null)));
			return supplier;
		});
		String rivalis = SystemActor.callAs(top, CFO, () -> this.register.page("Rivalis", null, null, 1).get(0).id());
		String kleinkunde = SystemActor.callAs(top, CFO,
				() -> this.register.page("Kleinkunde", null, null, 1).get(0).id());
		// 80,000,000 EUR (86,400,000 USD) and 6,000,000,000 JPY (40,200,000 USD):
		// together
		// 5.3% of the group's 2,400,000,000 USD, so Nordwind is a significant supplier
		SystemActor.runAs(de, CFO, () -> {
			check(this.ledger.recordPayment(nordwind, lastYear, PaymentDirection.BY_COMPANY,
					Money.of("80000000", "EUR")));
			check(this.ledger.recordPayment(kleinkunde, lastYear, PaymentDirection.TO_COMPANY,
					Money.of("1200000", "EUR")));
		});
		SystemActor.runAs(jp, CFO, () -> check(this.ledger.recordPayment(nordwind, lastYear,
				PaymentDirection.BY_COMPANY, Money.of("6000000000", "JPY"))));
		SystemActor.runAs(de, CFO, () -> {
			Person employee = this.people.holdersOf(Role.EMPLOYEE)
				.stream()
				.filter((p) -> "employee".equals(p.username()))
				.findFirst()
				.orElseThrow();
			check(this.disclosures.submitOnBehalf(employee.id(),
					new Disclosures.Submission(DisclosureKind.FINANCIAL_INTEREST, rivalis, null, false, null, null,
							null, new BigDecimal("0.4"), null,
							"Shares in Rivalis from an employee share plan of my former employer")));
			check(this.disclosures.submitOnBehalf(employee.id(),
					new Disclosures.Submission(DisclosureKind.OTHER_ACTIVITY, null, null, false, null, null, null, null,
							null, "I teach an evening course on logistics at the local university")));
			check(this.disclosures.submitOnBehalf(employee.id(),
					new Disclosures.Submission(DisclosureKind.FINANCIAL_INTEREST, nordwind, null, false, null, null,
							null, new BigDecimal("1.5"), null, "Inherited Nordwind shares")));
		});
		logger.info("Demo counterparties, payments, rates and disclosures added");
	}

	private static <T> T check(Outcome<T> outcome) {
		if (!outcome.isSuccess()) {
			throw new IllegalStateException("Demo disclosures not seeded: " + outcome.userErrors());
		}
		return outcome.value();
	}

}
