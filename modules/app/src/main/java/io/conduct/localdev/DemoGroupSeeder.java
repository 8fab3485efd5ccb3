package io.conduct.localdev;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.conduct.people.PeopleAdministration;
import io.conduct.people.PersonInput;
import io.conduct.people.PersonType;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SecurityProperties;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.tenants.OnboardTenant;
import io.conduct.tenants.TenantOnboarding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo group through the product's own use cases: tenants are onboarded by
 * {@link TenantOnboarding}, people are created by {@link PeopleAdministration}, with the
 * local issuer standing in for Keycloak. Every demo password is then set to the
 * configured demo password. Runs on every start and only adds what is missing; existing
 * tenants are pointed at the local issuer on the port of this run.
 */
@Component
@Profile("local")
class DemoGroupSeeder implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoGroupSeeder.class);

	private final TenantRegistry registry;

	private final TenantOnboarding onboarding;

	private final PeopleAdministration people;

	private final LocalIdentityProvisioning accounts;

	private final LocalIssuerUrls urls;

	private final LocalProperties properties;

	private final String operatorTenant;

	private final io.conduct.code.CodeLibrary code;

	private final DemoDisclosures disclosures;

	private final DemoGifts gifts;

	DemoGroupSeeder(TenantRegistry registry, TenantOnboarding onboarding, PeopleAdministration people,
			LocalIdentityProvisioning accounts, LocalIssuerUrls urls, LocalProperties properties,
			SecurityProperties security, io.conduct.code.CodeLibrary code, DemoDisclosures disclosures,
			DemoGifts gifts) {
		this.disclosures = disclosures;
		this.gifts = gifts;
		this.registry = registry;
		this.onboarding = onboarding;
		this.people = people;
		this.accounts = accounts;
		this.urls = urls;
		this.properties = properties;
		this.operatorTenant = security.operatorTenant();
		this.code = code;
	}

	@Override
	public void run(ApplicationArguments args) {
		seedCode();
		for (DemoGroup.DemoTenant demo : DemoGroup.TENANTS) {
			Tenant tenant = this.registry.findByKey(demo.key())
				.filter(Tenant::isActive)
				.map(this::pointAtThisRun)
				.orElseGet(() -> onboard(demo));
			SystemActor.runAs(tenant, EnumSet.of(Role.TENANT_ADMIN), () -> addPeople(tenant));
		}
		this.disclosures.seed();
		this.gifts.seed();
	}

	/** The group's Code: the text of the shared Code of Business Conduct and Ethics. */
	private void seedCode() {
		try (var text = new org.springframework.core.io.ClassPathResource(
				"code/code-of-business-conduct-and-ethics.en.txt")
			.getInputStream()) {
			this.code.seedIfMissing(DemoGroup.PARENT, "en",
					new String(text.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private Tenant pointAtThisRun(Tenant tenant) {
		String issuer = this.urls.issuerFor(tenant.key());
		if (issuer.equals(tenant.issuerUri())) {
			return tenant;
		}
		return this.registry.save(tenant.withAccess(new Tenant.Access(issuer, tenant.publicIntakeKey())));
	}

	private Tenant onboard(DemoGroup.DemoTenant demo) {
		DemoGroup.DemoPerson admin = DemoGroup.ADMINISTRATOR;
		OnboardTenant request = new OnboardTenant(demo.key(), demo.name(), demo.parentKey(), demo.country(),
				demo.jurisdictions(), demo.locale(), demo.timeZone(), demo.dataRegion(), demo.currency(),
				demo.fiscalYearStartMonth(), new BigDecimal(demo.lastFiscalYearRevenue()), demo.currency(),
				List.of("http://localhost:3000/*", "http://localhost:5173/*"),
				new OnboardTenant.Administrator(admin.username(), DemoGroup.email(demo.key(), admin.username()),
						admin.givenName(), admin.familyName()));
		var outcome = SystemActor.callAs(this.operatorTenant, EnumSet.of(Role.PLATFORM_ADMIN),
				() -> this.onboarding.onboard(request));
		if (!outcome.isSuccess()) {
			throw new IllegalStateException("Demo tenant " + demo.key() + " not onboarded: " + outcome.userErrors());
		}
		logger.info("Demo tenant {} onboarded", demo.key());
		return outcome.value().tenant();
	}

	private void addPeople(Tenant tenant) {
		for (DemoGroup.DemoPerson demo : DemoGroup.people(tenant.key())) {
			var outcome = this.people.createPerson(new PersonInput(demo.givenName(), demo.familyName(),
					DemoGroup.email(tenant.key(), demo.username()), demo.username(), null,
					PersonType.valueOf(demo.type()), null, null, null, null, null, null, Set.copyOf(demo.roles())));
			if (outcome.isSuccess()) {
				String subject = outcome.value().person().subject();
				this.accounts.setPassword(subject, this.properties.demoPassword());
				if ("operator".equals(demo.username()) && tenant.key().equals(this.operatorTenant)) {
					this.accounts.grantRoles(tenant.key(), subject, EnumSet.of(Role.PLATFORM_ADMIN));
				}
			}
		}
		this.accounts.accounts()
			.stream()
			.filter((a) -> a.realm().equals(tenant.key()) && a.username().equals(DemoGroup.ADMINISTRATOR.username()))
			.forEach((a) -> this.accounts.setPassword(a.subject(), this.properties.demoPassword()));
	}

}
