package io.conduct.tenants;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.conduct.people.PeopleAdministration;
import io.conduct.people.PersonType;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.identity.IdentityProvisioning;
import io.conduct.platform.identity.IdentityProvisioningException;
import io.conduct.platform.identity.RealmTakenException;
import io.conduct.platform.money.Money;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.mongo.MongoRegionsProperties;
import io.conduct.platform.mongo.TenantDatabases;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SecurityProperties;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.JurisdictionCatalog;
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
 * Onboards a subsidiary: the tenant record (PROVISIONING), its realm, its database with
 * every index, its first administrator and its first Board members (accounts, directory
 * entries with their roles, enrolment e-mails), then ACTIVE, whose issuer is trusted at
 * once. The Board members named here, from the subsidiary's corporate record, are the
 * bootstrap of the two-person rule: they approve every further handler role. Each step is
 * idempotent and recorded, so running it again after a failure at any point finishes the
 * job and never leaves half a tenant; the accounts it creates carry its creation key, so
 * a retry resumes with them and no other account is ever taken over.
 */
@Service
public class TenantOnboarding {

	private static final Logger logger = LoggerFactory.getLogger(TenantOnboarding.class);

	private final TenantRegistry registry;

	private final JurisdictionCatalog jurisdictions;

	private final MongoTemplate control;

	private final IdentityProvisioning identities;

	private final TenantDatabases databases;

	private final PeopleAdministration people;

	private final MongoRegionsProperties regions;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecurityProperties security;

	TenantOnboarding(TenantRegistry registry, @Qualifier(MongoConfiguration.CONTROL) MongoTemplate control,
			IdentityProvisioning identities, TenantDatabases databases, PeopleAdministration people,
			MongoRegionsProperties regions, AuditTrail audit, Clock clock, SecurityProperties security,
			JurisdictionCatalog jurisdictions) {
		this.security = security;
		this.jurisdictions = jurisdictions;
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
		if (request.key() != null && TenantValidation.isReserved(request.key(), this.security.operatorTenant())) {
			return Outcome.rejected("key", UserErrorCode.RESERVED,
					"That key is reserved (Keycloak's own realms, Conduct's paths, the operator's tenant)");
		}
		return run(request);
	}

	/**
	 * Sets up the operator's own tenant, whose realm grants PLATFORM_ADMIN: never through
	 * {@code tenantOnboard}, only by the deployment itself (the local run's seed).
	 */
	@PreAuthorize(Authorities.PLATFORM_ADMIN)
	public Outcome<OnboardedTenant> onboardOperatorTenant(OnboardTenant request) {
		if (!this.security.operatorTenant().equals(request.key())) {
			return Outcome.rejected("key", UserErrorCode.INVALID, "Not the operator's tenant");
		}
		return run(request);
	}

	private Outcome<OnboardedTenant> run(OnboardTenant request) {
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
			for (Step next : Step.values()) {
				step = next;
				if (record.isDone(next)) {
					continue;
				}
				record = perform(next, record, tenant);
				if (next == Step.ACTIVATION) {
					tenant = this.registry.findByKey(tenant.key()).orElseThrow();
				}
				record = markDone(record, next);
			}
			logger.info("Tenant {} onboarded after {} attempt(s)", tenant.key(), record.attempts());
			this.audit.recordPlatform("tenant.onboard", "Tenant", tenant.key(), java.util.Map.of("attempts",
					String.valueOf(record.attempts()), "boardMembers", String.valueOf(asked.boardMembers().size())));
			return Outcome.of(new OnboardedTenant(tenant));
		}
		catch (RealmTakenException ex) {
			markFailed(request.key(), step + ": " + ex.getMessage());
			return Outcome.rejected("key", UserErrorCode.TAKEN,
					"Keycloak has a realm with that name that Conduct did not create; choose another key");
		}
		catch (IdentityProvisioningException | DataAccessException ex) {
			logger.warn("Onboarding of {} stopped at step {}", request.key(), step, ex);
			markFailed(request.key(), step + ": " + ex.getMessage());
			return Outcome.rejected("", UserErrorCode.ONBOARDING_INCOMPLETE, "Onboarding stopped at step " + step
					+ " (a service failed); run tenantOnboard again with the same key to resume");
		}
	}

	private OnboardingRecord perform(Step step, OnboardingRecord record, Tenant tenant) {
		OnboardTenant asked = record.request();
		switch (step) {
			case REALM -> this.identities.ensureRealm(tenant, asked.redirectUris());
			case DATABASE -> this.databases.prepare(tenant);
			case ADMINISTRATOR -> {
				String subject = this.identities.createAccount(tenant.key(), account(asked.administrator()),
						record.creationKey());
				return update(record.key(), new Update().set("administratorSubject", subject));
			}
			case DIRECTORY -> found(tenant, record.administratorSubject(), account(asked.administrator()),
					PersonType.EMPLOYEE, EnumSet.of(Role.TENANT_ADMIN, Role.EMPLOYEE));
			case BOARD -> {
				List<String> subjects = new ArrayList<>(record.boardSubjects());
				for (int i = 0; i < asked.boardMembers().size(); i++) {
					OnboardTenant.BoardMember member = asked.boardMembers().get(i);
					if (i == subjects.size()) {
						subjects
							.add(this.identities.createAccount(tenant.key(), account(member), record.creationKey()));
						record = update(record.key(), new Update().set("boardSubjects", subjects));
					}
					found(tenant, subjects.get(i), account(member), PersonType.DIRECTOR, member.auditCommittee()
							? EnumSet.of(Role.BOARD, Role.AUDIT_COMMITTEE) : EnumSet.of(Role.BOARD));
				}
			}
			case ACTIVATION -> this.registry.changeStatus(tenant.key(), TenantStatus.ACTIVE);
		}
		return record;
	}

	/**
	 * One of the tenant's first people: the directory entry with its roles, brought to
	 * the realm, then the enrolment e-mail. Onboarding is complete only once it went out.
	 */
	private void found(Tenant tenant, String subject, IdentityProvisioning.Account account, PersonType type,
			Set<Role> roles) {
		TenantContext.runAs(tenant, () -> this.people.registerFounder(subject, account, type, roles));
		if (!this.identities.enrol(tenant.key(), subject)) {
			throw new IdentityProvisioningException(
					"The realm could not send the enrolment e-mail to " + account.email(), null);
		}
	}

	private Validation validate(OnboardTenant request) {
		Validation validation = new Validation();
		validation.matches("key", request.key(), TenantValidation.KEY,
				"3 to 40 lower-case letters, digits or dashes, starting with a letter");
		TenantValidation.descriptive(validation, request.name(), request.jurisdictions(), this.jurisdictions.keys(),
				request.defaultLocale(), request.timeZone(), request.currency(), request.fiscalYearStartMonth(),
				request.lastFiscalYearRevenue(), request.revenueCurrency());
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
		TenantValidation.redirectUris(validation, request.redirectUris(), this.security.allowLoopbackRedirects());
		OnboardTenant.Administrator administrator = request.administrator();
		if (administrator == null) {
			validation.reject("administrator", UserErrorCode.REQUIRED, "Required");
		}
		else {
			TenantValidation.person(validation, "administrator", administrator.username(), administrator.email(),
					administrator.givenName(), administrator.familyName());
		}
		TenantValidation.boardMembers(validation, request.boardMembers(), administrator);
		return validation;
	}

	private OnboardingRecord start(OnboardTenant request) {
		Instant now = this.clock.instant();
		try {
			return this.control.insert(new OnboardingRecord(request.key(), request, EnumSet.noneOf(Step.class), null,
					List.of(), UUID.randomUUID().toString(), 1, null, now, now));
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

	private static IdentityProvisioning.Account account(OnboardTenant.Administrator administrator) {
		return account(administrator.username(), administrator.email(), administrator.givenName(),
				administrator.familyName());
	}

	private static IdentityProvisioning.Account account(OnboardTenant.BoardMember member) {
		return account(member.username(), member.email(), member.givenName(), member.familyName());
	}

	private static IdentityProvisioning.Account account(String username, String email, String givenName,
			String familyName) {
		String address = email.toLowerCase(Locale.ROOT);
		return new IdentityProvisioning.Account(TenantValidation.username(username, email), address, givenName.trim(),
				familyName.trim());
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
	 * The identity (the realm's subject) of the tenant's first administrator, who keeps a
	 * break-glass local account when the realm signs in through its provider only.
	 */
	public Optional<String> firstAdministrator(String tenantKey) {
		return Optional.ofNullable(this.control.findById(tenantKey, OnboardingRecord.class))
			.map(OnboardingRecord::administratorSubject);
	}

	/**
	 * A tenant onboarded: its first administrator and Board members got their enrolment
	 * e-mails, and choose their passwords themselves.
	 *
	 * @param tenant the tenant, ACTIVE
	 */
	public record OnboardedTenant(Tenant tenant) {
	}

}
