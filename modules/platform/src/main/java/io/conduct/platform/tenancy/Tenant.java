package io.conduct.platform.tenancy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.conduct.platform.money.Money;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One legal entity of the group: the parent or a subsidiary. Kept in the control
 * database; its own documents live in its own database.
 *
 * @param key stable short key, also the id ({@code acme-de})
 * @param name legal name
 * @param parentKey key of the parent tenant, {@code null} for the group's top company
 * @param country ISO 3166-1 alpha-2 country code
 * @param jurisdictions keys of the jurisdiction packs that apply ({@code EU},
 * {@code US-SOX})
 * @param defaultLocale BCP 47 language tag
 * @param timeZone IANA time zone id
 * @param dataRegion the data region whose MongoDB cluster holds the tenant's data
 * @param currency ISO 4217 currency code
 * @param fiscalYearStartMonth month (1-12) the fiscal year starts in
 * @param lastFiscalYearRevenue consolidated gross revenue of the last full fiscal year
 * @param issuerUri issuer of the tenant's tokens (its Keycloak realm)
 * @param publicIntakeKey key addressing the tenant's public, unauthenticated intake
 * @param status lifecycle status
 * @param createdAt when the tenant was registered
 * @param updatedAt when the tenant was last changed
 */
@Document("tenants")
public record Tenant(@Id String key, String name, String parentKey, String country, List<String> jurisdictions,
		String defaultLocale, String timeZone, String dataRegion, String currency, int fiscalYearStartMonth,
		Money lastFiscalYearRevenue, String issuerUri, String publicIntakeKey, TenantStatus status, Instant createdAt,
		Instant updatedAt) {

	public Tenant {
		jurisdictions = (jurisdictions != null) ? List.copyOf(jurisdictions) : List.of();
	}

	public ZoneId zoneId() {
		return ZoneId.of(this.timeZone);
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.defaultLocale);
	}

	public boolean isActive() {
		return this.status == TenantStatus.ACTIVE;
	}

	public Tenant withStatus(TenantStatus newStatus, Instant now) {
		return new Tenant(this.key, this.name, this.parentKey, this.country, this.jurisdictions, this.defaultLocale,
				this.timeZone, this.dataRegion, this.currency, this.fiscalYearStartMonth, this.lastFiscalYearRevenue,
				this.issuerUri, this.publicIntakeKey, newStatus, this.createdAt, now);
	}

}
