package io.conduct.localdev;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.conduct.people.PeopleAdministration;
import io.conduct.people.PersonInput;
import io.conduct.people.PersonType;
import io.conduct.people.RoleGrantRequest;
import io.conduct.people.RoleGrants;
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
 * Seeds the demo group through the product's own use cases and its two-person rule:
 * tenants are onboarded by {@link TenantOnboarding}, which names their administrator and
 * their first Board members; the administrator creates the other people
 * ({@link PeopleAdministration}), asking for their handler roles, and the Board member
 * {@code board} approves them ({@link RoleGrants}). The local issuer stands in for
 * Keycloak, and every demo account gets the demo password. Runs on every start and only
 * adds what is missing; existing tenants are pointed at the local issuer on the port of
 * this run.
 */
@Component
@Profile("local")
class DemoGroupSeeder implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoGroupSeeder.class);

	private final TenantRegistry registry;

	private final TenantOnboarding onboarding;

	private final PeopleAdministration people;

	private final RoleGrants grants;

	private final LocalIdentityProvisioning accounts;

	private final LocalIssuerUrls urls;

	private final LocalProperties properties;

	private final String operatorTenant;

	private final io.conduct.code.CodeLibrary code;

	private final DemoDisclosures disclosures;

	private final DemoGifts gifts;

	private final io.conduct.cases.DemoReports reports;

	private final io.conduct.trading.TradingDemo trading;

	DemoGroupSeeder(TenantRegistry registry, TenantOnboarding onboarding, PeopleAdministration people,
			RoleGrants grants, LocalIdentityProvisioning accounts, LocalIssuerUrls urls, LocalProperties properties,
			SecurityProperties security, io.conduct.code.CodeLibrary code, DemoDisclosures disclosures, DemoGifts gifts,
			io.conduct.cases.DemoReports reports, io.conduct.trading.TradingDemo trading) {
		this.disclosures = disclosures;
		this.gifts = gifts;
		this.reports = reports;
		this.trading = trading;
		this.registry = registry;
		this.onboarding = onboarding;
		this.people = people;
		this.grants = grants;
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
			addPeople(tenant);
		}
		this.disclosures.seed();
		// escalated matters of the subsidiaries, for the parent's Board and Audit
		// Committee (before the gifts, whose refusals are cases too)
		DemoGroup.TENANTS.stream()
			.filter((demo) -> demo.parentKey() != null)
			.forEach((demo) -> this.registry.findByKey(demo.key()).ifPresent(this.reports::seedIfMissing));
		this.gifts.seed();
		this.trading.seed();
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
						admin.givenName(), admin.familyName()),
				DemoGroup.BOARD_MEMBERS.stream()
					.map((member) -> new OnboardTenant.BoardMember(member.username(),
							DemoGroup.email(demo.key(), member.username()), member.givenName(), member.familyName(),
							member.roles().contains(Role.AUDIT_COMMITTEE)))
					.toList());
		var outcome = SystemActor.callAs(this.operatorTenant, EnumSet.of(Role.PLATFORM_ADMIN),
				() -> demo.key().equals(this.operatorTenant) ? this.onboarding.onboardOperatorTenant(request)
						: this.onboarding.onboard(request));
		if (!outcome.isSuccess()) {
			throw new IllegalStateException("Demo tenant " + demo.key() + " not onboarded: " + outcome.userErrors());
		}
		logger.info("Demo tenant {} onboarded", demo.key());
		return outcome.value().tenant();
	}

	private void addPeople(Tenant tenant) {
		Optional<String> admin = subjectOf(tenant, DemoGroup.ADMINISTRATOR);
		Optional<String> approver = subjectOf(tenant, DemoGroup.APPROVER);
		if (admin.isEmpty() || approver.isEmpty()) {
			logger.warn("Demo tenant {} has no administrator or Board member to add people with", tenant.key());
			return;
		}
		for (DemoGroup.DemoPerson demo : DemoGroup.people(tenant.key())) {
			var outcome = SystemActor.callAsPerson(tenant, admin.get(), EnumSet.of(Role.TENANT_ADMIN, Role.EMPLOYEE),
					() -> this.people.createPerson(new PersonInput(demo.givenName(), demo.familyName(),
							DemoGroup.email(tenant.key(), demo.username()), demo.username(), null,
							PersonType.valueOf(demo.type()), null, null, null, null, null, null,
							Set.copyOf(demo.roles()))));
			if (!outcome.isSuccess()) {
				continue;
			}
			for (RoleGrantRequest request : outcome.value().roleGrantRequests()) {
				var approved = SystemActor.callAsPerson(tenant, approver.get(), EnumSet.of(Role.BOARD),
						() -> this.grants.approve(request.id(), "Demo group"));
				if (!approved.isSuccess()) {
					throw new IllegalStateException(
							"Demo role " + request.role() + " not approved: " + approved.userErrors());
				}
			}
			String subject = outcome.value().person().subject();
			if ("operator".equals(demo.username()) && tenant.key().equals(this.operatorTenant)) {
				this.accounts.grantPlatformAdmin(subject);
			}
		}
		this.accounts.accounts()
			.stream()
			.filter((a) -> a.realm().equals(tenant.key()))
			.filter((a) -> a.passwordHash() == null)
			.forEach((a) -> this.accounts.setPassword(a.subject(), this.properties.demoPassword()));
	}

	private Optional<String> subjectOf(Tenant tenant, DemoGroup.DemoPerson demo) {
		return this.accounts.accounts()
			.stream()
			.filter((a) -> a.realm().equals(tenant.key()) && a.username().equals(demo.username()))
			.map(LocalAccount::subject)
			.findFirst();
	}

}
