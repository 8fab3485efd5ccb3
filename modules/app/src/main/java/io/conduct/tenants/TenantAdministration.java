package io.conduct.tenants;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.money.Money;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.SecurityProperties;
import io.conduct.platform.tenancy.JurisdictionCatalog;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.tenancy.TenantStatus;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The operator's changes to onboarded tenants: descriptive fields, suspension (its tokens
 * get 401, its data stays) and resumption.
 */
@Service
class TenantAdministration {

	private final TenantRegistry registry;

	private final JurisdictionCatalog jurisdictions;

	private final SecurityProperties security;

	private final AuditTrail audit;

	private final Clock clock;

	TenantAdministration(TenantRegistry registry, SecurityProperties security, AuditTrail audit, Clock clock,
			JurisdictionCatalog jurisdictions) {
		this.registry = registry;
		this.jurisdictions = jurisdictions;
		this.security = security;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize(Authorities.PLATFORM_ADMIN)
	public Outcome<Tenant> update(TenantChanges changes) {
		Optional<Tenant> found = onboarded(changes.key());
		if (found.isEmpty()) {
			return Outcome.rejected("tenantId", UserErrorCode.NOT_FOUND, "No such tenant");
		}
		Validation validation = new Validation();
		TenantValidation.descriptive(validation, changes.name(), changes.jurisdictions(), this.jurisdictions.keys(),
				changes.defaultLocale(), changes.timeZone(), changes.currency(), changes.fiscalYearStartMonth(),
				changes.lastFiscalYearRevenue(), changes.revenueCurrency());
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Tenant tenant = found.get();
		Money revenue = (changes.lastFiscalYearRevenue() != null)
				? new Money(changes.lastFiscalYearRevenue(), Currency.getInstance(changes.currency()))
				: tenant.lastFiscalYearRevenue();
		this.audit.recordPlatform("tenant.update", "Tenant", tenant.key(), java.util.Map.of());
		return Outcome.of(this.registry.save(tenant
			.withProfile(new Tenant.Profile(changes.name().trim(), tenant.parentKey(), tenant.country(),
					changes.jurisdictions()))
			.withRegional(new Tenant.Regional(changes.defaultLocale(), changes.timeZone(), changes.currency(),
					tenant.dataRegion()))
			.withFiscal(new Tenant.Fiscal(changes.fiscalYearStartMonth(), revenue))
			.changedAt(this.clock.instant())));
	}

	@PreAuthorize(Authorities.PLATFORM_ADMIN)
	public Outcome<Tenant> suspend(String key) {
		Optional<Tenant> found = onboarded(key);
		if (found.isEmpty()) {
			return Outcome.rejected("tenantId", UserErrorCode.NOT_FOUND, "No such tenant");
		}
		if (key.equals(this.security.operatorTenant())) {
			return Outcome.rejected("tenantId", UserErrorCode.INVALID, "The operator's own tenant cannot be suspended");
		}
		this.audit.recordPlatform("tenant.suspend", "Tenant", key, java.util.Map.of());
		return Outcome.of(this.registry.changeStatus(key, TenantStatus.SUSPENDED));
	}

	@PreAuthorize(Authorities.PLATFORM_ADMIN)
	public Outcome<Tenant> resume(String key) {
		Optional<Tenant> found = onboarded(key);
		if (found.isEmpty()) {
			return Outcome.rejected("tenantId", UserErrorCode.NOT_FOUND, "No such tenant");
		}
		this.audit.recordPlatform("tenant.resume", "Tenant", key, java.util.Map.of());
		return Outcome.of(this.registry.changeStatus(key, TenantStatus.ACTIVE));
	}

	private Optional<Tenant> onboarded(String key) {
		return (key != null) ? this.registry.findByKey(key).filter((t) -> t.status() != TenantStatus.PROVISIONING)
				: Optional.empty();
	}

	/**
	 * A tenant's new descriptive fields.
	 *
	 * @param key the tenant
	 * @param name legal name
	 * @param jurisdictions jurisdiction packs
	 * @param defaultLocale language tag
	 * @param timeZone IANA zone
	 * @param currency ISO 4217 currency
	 * @param fiscalYearStartMonth 1-12
	 * @param lastFiscalYearRevenue revenue amount; unchanged when absent
	 * @param revenueCurrency its currency
	 */
	public record TenantChanges(String key, String name, List<String> jurisdictions, String defaultLocale,
			String timeZone, String currency, Integer fiscalYearStartMonth, BigDecimal lastFiscalYearRevenue,
			String revenueCurrency) {

		public TenantChanges {
			jurisdictions = (jurisdictions != null) ? List.copyOf(jurisdictions) : List.of();
		}

	}

}
