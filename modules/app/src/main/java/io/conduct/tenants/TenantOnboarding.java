package io.conduct.tenants;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.conduct.people.PeopleAdministration;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.identity.IdentityProvisioning;
import io.conduct.platform.identity.IdentityProvisioningException;
import io.conduct.platform.identity.TemporaryPasswords;
import io.conduct.platform.money.Money;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.mongo.MongoRegionsProperties;
import io.conduct.platform.mongo.TenantDatabases;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.tenancy.TenantStatus;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.tenants.OnboardingRecord.Step;
import io.conduct.platform.graphql.UserErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Onboards a subsidiary: the tenant record (PROVISIONING), its realm, its first
 * administrator, its database with every index, the administrator's directory entry, then
 * ACTIVE, whose issuer is trusted at once. Each step is idempotent and recorded, so
 * running it again after a failure at any point finishes the job and never leaves half a
 * tenant.
 */
@Service
public class TenantOnboarding {

	private static final Logger logger = LoggerFactory.getLogger(TenantOnboarding.class);

	private final TenantRegistry registry;

	private final MongoTemplate control;

	private final IdentityProvisioning identities;

	private final TenantDatabases databases;

	private final PeopleAdministration people;

	private final MongoRegionsProperties regions;

	private final AuditTrail audit;

	private final Clock clock;

	TenantOnboarding(TenantRegistry registry, @Qualifier(MongoConfiguration.CONTROL) MongoTemplate control,
			IdentityProvisioning identities, TenantDatabases databases, PeopleAdministration people,
			MongoRegionsProperties regions, AuditTrail audit, Clock clock) {
		this.registry = registry;
		this.control = control;
		this.identities = identities;
		this.databases = databases;
		this.people = people;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize(Authorities.PLATFORM_ADMIN)
	public Outcome<OnboardedTenant> onboard(OnboardTenant request) {
		Optional<Tenant> existing = this.registry.findByKey(request.key());
		if (existing.isPresent() && existing.get().status() != TenantStatus.PROVISIONING) {
			return Outcome.rejected("key", UserErrorCode.TAKEN, "A tenant with that key exists");
		}
		Validation validation = validate(request);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		OnboardingRecord record = start(request);
		Step step = null;
		try {
			final OnboardTenant asked = record.request();
			Tenant tenant = recordTenant(asked);
			String temporaryPassword = null;
			for (Step next : Step.values()) {
				step = next;
				if (record.isDone(next)) {
					continue;
				}
				switch (next) {
					case REALM -> this.identities.ensureRealm(tenant, asked.redirectUris());
					case ADMINISTRATOR -> {
						String subject = this.identities.ensureAccount(tenant.key(), account(asked));
						temporaryPassword = TemporaryPasswords.generate();
						this.identities.setTemporaryPassword(tenant.key(), subject, temporaryPassword);
						this.identities.grantRoles(tenant.key(), subject, EnumSet.of(Role.TENANT_ADMIN, Role.EMPLOYEE));
						record = markAdministrator(record, subject);
					}
					case DATABASE -> this.databases.prepare(tenant);
					case DIRECTORY -> {
						String subject = record.administratorSubject();
						SystemActor.runAs(tenant, EnumSet.of(Role.TENANT_ADMIN),
								() -> this.people.registerAccountHolder(subject, account(asked),
										EnumSet.of(Role.TENANT_ADMIN, Role.EMPLOYEE)));
					}
					case ACTIVATION -> tenant = this.registry.changeStatus(tenant.key(), TenantStatus.ACTIVE);
				}
				record = markDone(record, next);
			}
			logger.info("Tenant {} onboarded after {} attempt(s)", tenant.key(), record.attempts());
			this.audit.recordPlatform("tenant.onboard", "Tenant", tenant.key(),
					java.util.Map.of("attempts", String.valueOf(record.attempts())));
			return Outcome.of(new OnboardedTenant(tenant, temporaryPassword));
		}
		catch (IdentityProvisioningException | DataAccessException ex) {
			logger.warn("Onboarding of {} stopped at step {}", request.key(), step, ex);
			markFailed(request.key(), step + ": " + ex.getMessage());
			return Outcome.rejected("", UserErrorCode.ONBOARDING_INCOMPLETE, "Onboarding stopped at step " + step
					+ " (a service failed); run tenantOnboard again with the same key to resume");
		}
	}

	private Validation validate(OnboardTenant request) {
		Validation validation = new Validation();
		validation.matches("key", request.key(), TenantValidation.KEY,
				"3 to 40 lower-case letters, digits or dashes, starting with a letter");
		TenantValidation.descriptive(validation, request.name(), request.jurisdictions(), request.defaultLocale(),
				request.timeZone(), request.currency(), request.fiscalYearStartMonth(), request.lastFiscalYearRevenue(),
				request.revenueCurrency());
		validation.country("country", request.country());
		if (validation.oneOf("dataRegion", request.dataRegion(), this.regions.dataRegions())
				&& !this.regions.isUsable(request.dataRegion())) {
			validation.reject("dataRegion", UserErrorCode.NOT_CONFIGURED,
					"No database cluster is configured for that region");
		}
		if (request.parentKey() != null
				&& this.registry.findByKey(request.parentKey()).filter(Tenant::isActive).isEmpty()) {
			validation.reject("parentKey", UserErrorCode.NOT_FOUND, "No active tenant with that key");
		}
		TenantValidation.redirectUris(validation, request.redirectUris());
		OnboardTenant.Administrator administrator = request.administrator();
		if (administrator == null) {
			validation.reject("administrator", UserErrorCode.REQUIRED, "Required");
		}
		else {
			validation.email("administrator.email", administrator.email());
			validation.text("administrator.givenName", administrator.givenName(), 100);
			validation.text("administrator.familyName", administrator.familyName(), 100);
			validation.optionalText("administrator.username", administrator.username(), 100);
		}
		return validation;
	}

	private OnboardingRecord start(OnboardTenant request) {
		Instant now = this.clock.instant();
		try {
			return this.control.insert(
					new OnboardingRecord(request.key(), request, EnumSet.noneOf(Step.class), null, 1, null, now, now));
		}
		catch (DuplicateKeyException ex) {
			// a retry: resume what was asked for the first time
			return this.control.findAndModify(Query.query(Criteria.where("_id").is(request.key())),
					new Update().inc("attempts", 1).set("updatedAt", now),
					org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true),
					OnboardingRecord.class);
		}
	}

	private Tenant recordTenant(OnboardTenant request) {
		Optional<Tenant> existing = this.registry.findByKey(request.key());
		if (existing.isPresent()) {
			return existing.get();
		}
		Instant now = this.clock.instant();
		Money revenue = (request.lastFiscalYearRevenue() != null)
				? new Money(request.lastFiscalYearRevenue(), java.util.Currency.getInstance(request.currency())) : null;
		return this.registry.save(new Tenant(request.key(),
				new Tenant.Profile(request.name().trim(), request.parentKey(), request.country(),
						request.jurisdictions()),
				new Tenant.Regional(request.defaultLocale(), request.timeZone(), request.currency(),
						request.dataRegion()),
				new Tenant.Fiscal(request.fiscalYearStartMonth(), revenue),
				new Tenant.Access(this.identities.issuerFor(request.key()), UUID.randomUUID().toString()),
				new Tenant.Lifecycle(TenantStatus.PROVISIONING, now, now)));
	}

	private static IdentityProvisioning.Account account(OnboardTenant request) {
		OnboardTenant.Administrator administrator = request.administrator();
		String email = administrator.email().toLowerCase(Locale.ROOT);
		String username = (administrator.username() != null) ? administrator.username().toLowerCase(Locale.ROOT)
				: email;
		return new IdentityProvisioning.Account(username, email, administrator.givenName(), administrator.familyName());
	}

	private OnboardingRecord markAdministrator(OnboardingRecord record, String subject) {
		return update(record.key(), new Update().set("administratorSubject", subject));
	}

	private OnboardingRecord markDone(OnboardingRecord record, Step step) {
		return update(record.key(), new Update().addToSet("completed", step).unset("lastError"));
	}

	private void markFailed(String key, String error) {
		update(key, new Update().set("lastError", error));
	}

	private OnboardingRecord update(String key, Update update) {
		return this.control.findAndModify(Query.query(Criteria.where("_id").is(key)),
				update.set("updatedAt", this.clock.instant()),
				org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true),
				OnboardingRecord.class);
	}

	/**
	 * A tenant onboarded, with its first administrator's temporary password, shown once.
	 *
	 * @param tenant the tenant, ACTIVE
	 * @param administratorTemporaryPassword must be changed at first sign-in;
	 * {@code null} when an earlier attempt already created the administrator
	 */
	public record OnboardedTenant(Tenant tenant, String administratorTemporaryPassword) {
	}

}
