package io.conduct.localdev;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import io.conduct.disclosures.CounterpartyRegister;
import io.conduct.gifts.GiftCounterpartyKind;
import io.conduct.gifts.GiftDirection;
import io.conduct.gifts.GiftForm;
import io.conduct.gifts.GiftKind;
import io.conduct.gifts.GiftRecording;
import io.conduct.gifts.GiftRegister;
import io.conduct.gifts.GiftResponse;
import io.conduct.gifts.GiftSettings;
import io.conduct.gifts.GiftSettingsService;
import io.conduct.people.PeopleAdministration;
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

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo group's gift register, through the product's own use cases: {@code acme-de}'s
 * thresholds (50 EUR of insignificant value), {@code supervisor} as the supervisor of
 * {@code employee}, a case of wine from Nordwind Logistics AG worth 180 USD that she
 * accepted three days ago (above the threshold: to be returned or handed in within five
 * business days), and a business dinner with Nordwind a month ago. Added once, when the
 * tenant has no thresholds of its own.
 */
@Component
@Profile("local")
class DemoGifts {

	private static final Logger logger = LoggerFactory.getLogger(DemoGifts.class);

	private static final Set<Role> STAFF = EnumSet.of(Role.CFO_CAO, Role.TENANT_ADMIN, Role.EMPLOYEE);

	private final TenantRegistry registry;

	private final GiftSettingsService settings;

	private final GiftRegister gifts;

	private final CounterpartyRegister counterparties;

	private final PeopleDirectory people;

	private final PeopleAdministration administration;

	private final Clock clock;

	DemoGifts(TenantRegistry registry, GiftSettingsService settings, GiftRegister gifts,
			CounterpartyRegister counterparties, PeopleDirectory people, PeopleAdministration administration,
			Clock clock) {
		this.registry = registry;
		this.settings = settings;
		this.gifts = gifts;
		this.counterparties = counterparties;
		this.people = people;
		this.administration = administration;
		this.clock = clock;
	}

	void seed() {
		Tenant de = this.registry.findByKey("acme-de").orElseThrow();
		SystemActor.runAs(de, STAFF, () -> {
			if (this.settings.current().source() == GiftSettings.Source.TENANT) {
				return;
			}
			check(this.settings.update(new GiftSettingsService.Update(Money.of("50", "EUR"), Money.of("100", "EUR"),
					Money.of("400", "EUR"), 4, 5)));
			Person employee = person("employee");
			Person supervisor = person("supervisor");
			if (employee.supervisorId() == null) {
				check(this.administration.assignSupervisor(employee.id(), supervisor.id()));
			}
			String nordwind = this.counterparties.page("Nordwind", null, null, 1).get(0).id();
			LocalDate today = LocalDate.now(this.clock.withZone(de.zoneId()));
			check(this.gifts.recordOnBehalf(employee.id(),
					new GiftRecording(GiftKind.GIFT, GiftDirection.RECEIVED, GiftResponse.ACCEPTED, GiftForm.IN_KIND,
							false, false, null, new GiftRecording.CounterpartyGiven(nordwind, null, null), null,
							"A case of Riesling after the annual logistics review", today.minusDays(3), null,
							Money.of("180.00", "USD"))));
			check(this.gifts.recordOnBehalf(employee.id(),
					new GiftRecording(GiftKind.ENTERTAINMENT, GiftDirection.RECEIVED, GiftResponse.ACCEPTED,
							GiftForm.IN_KIND, false, false, null,
							new GiftRecording.CounterpartyGiven(null, "Nordwind Logistics AG",
									GiftCounterpartyKind.BUSINESS_CONTACT),
							null, "Dinner with Nordwind's account team after the tender", today.minusMonths(1), 3,
							Money.of("240.00", "EUR"))));
		});
		logger.info("Demo gift register added");
	}

	private Person person(String username) {
		return this.people.holdersOf(Role.EMPLOYEE)
			.stream()
			.filter((p) -> username.equals(p.username()))
			.findFirst()
			.orElseThrow();
	}

	private static <T> T check(Outcome<T> outcome) {
		if (!outcome.isSuccess()) {
			throw new IllegalStateException("Demo gifts not seeded: " + outcome.userErrors());
		}
		return outcome.value();
	}

}
