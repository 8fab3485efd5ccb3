package io.conduct.platform.tenancy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.conduct.platform.money.Money;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * One legal entity of the group: the parent or a subsidiary. Kept in the control
 * database; its own documents live in its own database. Its fields come in named groups
 * ({@link Profile}, {@link Regional}, {@link Fiscal}, {@link Access}, {@link Lifecycle}),
 * each stored unwrapped, so the document keeps one flat field per value and a new field
 * touches one group.
 *
 * @param key stable short key, also the id ({@code acme-de})
 * @param profile who the tenant is: legal name, parent, country, jurisdictions
 * @param regional its language, time zone, currency and data region
 * @param fiscal its fiscal year and revenue, for the conflict-of-interest thresholds
 * @param access its issuer of tokens and its public intake
 * @param lifecycle its status and when it was registered and changed
 */
@Document("tenants")
public record Tenant(@Id String key, @Unwrapped.Empty Profile profile, @Unwrapped.Empty Regional regional,
		@Unwrapped.Empty Fiscal fiscal, @Unwrapped.Empty Access access, @Unwrapped.Empty Lifecycle lifecycle) {

	/**
	 * Who a tenant is.
	 *
	 * @param name legal name
	 * @param parentKey key of the parent tenant, {@code null} for the group's top company
	 * @param country ISO 3166-1 alpha-2 country code of incorporation
	 * @param jurisdictions keys of the jurisdiction packs that apply ({@code EU},
	 * {@code US-SOX})
	 */
	public record Profile(String name, String parentKey, String country, List<String> jurisdictions) {

		public Profile {
			jurisdictions = (jurisdictions != null) ? List.copyOf(jurisdictions) : List.of();
		}

	}

	/**
	 * Where and how a tenant works.
	 *
	 * @param defaultLocale BCP 47 language tag of its communications
	 * @param timeZone IANA time zone id in which its deadlines are computed
	 * @param currency ISO 4217 currency code
	 * @param dataRegion the data region whose MongoDB cluster holds the tenant's data
	 */
	public record Regional(String defaultLocale, String timeZone, String currency, String dataRegion) {
	}

	/**
	 * A tenant's fiscal profile.
	 *
	 * @param fiscalYearStartMonth month (1-12) the fiscal year starts in
	 * @param lastFiscalYearRevenue consolidated gross revenue of the last full fiscal
	 * year
	 */
	public record Fiscal(int fiscalYearStartMonth, Money lastFiscalYearRevenue) {
	}

	/**
	 * How people reach a tenant.
	 *
	 * @param issuerUri issuer of the tenant's tokens (its Keycloak realm)
	 * @param publicIntakeKey key addressing the tenant's public, unauthenticated intake
	 */
	public record Access(String issuerUri, String publicIntakeKey) {
	}

	/**
	 * Where a tenant stands.
	 *
	 * @param status lifecycle status
	 * @param createdAt when the tenant was registered
	 * @param updatedAt when the tenant was last changed
	 */
	public record Lifecycle(TenantStatus status, Instant createdAt, Instant updatedAt) {
	}

	public Tenant {
		profile = (profile != null) ? profile : new Profile(null, null, null, null);
		regional = (regional != null) ? regional : new Regional(null, null, null, null);
		fiscal = (fiscal != null) ? fiscal : new Fiscal(1, null);
		access = (access != null) ? access : new Access(null, null);
		lifecycle = (lifecycle != null) ? lifecycle : new Lifecycle(null, null, null);
	}

	public String name() {
		return this.profile.name();
	}

	public String parentKey() {
		return this.profile.parentKey();
	}

	public String country() {
		return this.profile.country();
	}

	public List<String> jurisdictions() {
		return this.profile.jurisdictions();
	}

	public String defaultLocale() {
		return this.regional.defaultLocale();
	}

	public String timeZone() {
		return this.regional.timeZone();
	}

	public String currency() {
		return this.regional.currency();
	}

	public String dataRegion() {
		return this.regional.dataRegion();
	}

	public int fiscalYearStartMonth() {
		return this.fiscal.fiscalYearStartMonth();
	}

	public Money lastFiscalYearRevenue() {
		return this.fiscal.lastFiscalYearRevenue();
	}

	public String issuerUri() {
		return this.access.issuerUri();
	}

	public String publicIntakeKey() {
		return this.access.publicIntakeKey();
	}

	public TenantStatus status() {
		return this.lifecycle.status();
	}

	public Instant createdAt() {
		return this.lifecycle.createdAt();
	}

	public Instant updatedAt() {
		return this.lifecycle.updatedAt();
	}

	public ZoneId zoneId() {
		return ZoneId.of(this.regional.timeZone());
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.regional.defaultLocale());
	}

	public boolean isActive() {
		return this.lifecycle.status() == TenantStatus.ACTIVE;
	}

	public Tenant withProfile(Profile newProfile) {
		return new Tenant(this.key, newProfile, this.regional, this.fiscal, this.access, this.lifecycle);
	}

	public Tenant withRegional(Regional newRegional) {
		return new Tenant(this.key, this.profile, newRegional, this.fiscal, this.access, this.lifecycle);
	}

	public Tenant withFiscal(Fiscal newFiscal) {
		return new Tenant(this.key, this.profile, this.regional, newFiscal, this.access, this.lifecycle);
	}

	public Tenant withAccess(Access newAccess) {
		return new Tenant(this.key, this.profile, this.regional, this.fiscal, newAccess, this.lifecycle);
	}

	/** The same tenant, changed at the moment given. */
	public Tenant changedAt(Instant now) {
		return new Tenant(this.key, this.profile, this.regional, this.fiscal, this.access,
				new Lifecycle(this.lifecycle.status(), this.lifecycle.createdAt(), now));
	}

	public Tenant withStatus(TenantStatus newStatus, Instant now) {
		return new Tenant(this.key, this.profile, this.regional, this.fiscal, this.access,
				new Lifecycle(newStatus, this.lifecycle.createdAt(), now));
	}

}
