package io.conduct.tenants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.tenancy.Tenant;

import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.Payload;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class TenantController implements NodeLoader {

	static final String TYPE = "Tenant";

	private final TenantDirectory directory;

	private final TenantOnboarding onboarding;

	private final TenantAdministration administration;

	TenantController(TenantDirectory directory, TenantOnboarding onboarding, TenantAdministration administration) {
		this.directory = directory;
		this.onboarding = onboarding;
		this.administration = administration;
	}

	@QueryMapping
	Connection<Tenant> tenants(@Argument Integer first, @Argument String after) {
		int size = Math.max(1, Math.min((first != null) ? first : 20, 100));
		List<Tenant> tenants = this.directory.page(size, after);
		boolean hasNext = tenants.size() > size;
		List<Tenant> page = hasNext ? tenants.subList(0, size) : tenants;
		return Connection.of(page, page.stream().map(Tenant::key).toList(), (t) -> t, hasNext, after != null);
	}

	@MutationMapping
	Map<String, Object> tenantOnboard(@Argument TenantOnboardInput input) {
		var outcome = this.onboarding.onboard(input.toCommand());
		Map<String, Object> payload = Payload.of("tenant",
				outcome.isSuccess() ? Outcome.of(outcome.value().tenant()) : Outcome.rejected(outcome.userErrors()));
		payload.put("administratorTemporaryPassword",
				outcome.isSuccess() ? outcome.value().administratorTemporaryPassword() : null);
		return payload;
	}

	@MutationMapping
	Map<String, Object> tenantUpdate(@Argument TenantUpdateInput input) {
		return Payload.of("tenant", this.administration.update(input.toChanges()));
	}

	@MutationMapping
	Map<String, Object> tenantSuspend(@Argument TenantIdInput input) {
		return Payload.of("tenant", this.administration.suspend(input.key()));
	}

	@MutationMapping
	Map<String, Object> tenantResume(@Argument TenantIdInput input) {
		return Payload.of("tenant", this.administration.resume(input.key()));
	}

	@BatchMapping(typeName = TYPE, field = "children")
	Map<Tenant, List<Tenant>> children(List<Tenant> tenants) {
		Map<Tenant, List<Tenant>> children = new HashMap<>();
		tenants.forEach((tenant) -> children.put(tenant, this.directory.findChildren(tenant.key())));
		return children;
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Object> load(String localId) {
		return this.directory.findVisible(localId).map(Object.class::cast);
	}

	@SchemaMapping(typeName = "Viewer", field = "tenant")
	Tenant viewerTenant(io.conduct.viewer.Viewer viewer) {
		return this.directory.findVisible(viewer.tenantKey()).orElseThrow();
	}

	@SchemaMapping(typeName = TYPE, field = "id")
	String id(Tenant tenant) {
		return GlobalId.encode(TYPE, tenant.key());
	}

	/** Parents of a page of tenants in one batch, each only if the caller may see it. */
	@BatchMapping(typeName = TYPE, field = "parent")
	Map<Tenant, Tenant> parent(List<Tenant> tenants) {
		Map<Tenant, Tenant> parents = new HashMap<>();
		for (Tenant tenant : tenants) {
			if (tenant.parentKey() != null) {
				this.directory.findVisible(tenant.parentKey()).ifPresent((parent) -> parents.put(tenant, parent));
			}
		}
		return parents;
	}

	record MoneyInput(java.math.BigDecimal amount, java.util.Currency currency) {
	}

	record AdministratorInput(String username, String email, String givenName, String familyName) {
	}

	record TenantOnboardInput(String key, String name, String parentKey, String country, List<String> jurisdictions,
			String defaultLocale, String timeZone, String dataRegion, String currency, Integer fiscalYearStartMonth,
			MoneyInput lastFiscalYearRevenue, List<String> redirectUris, AdministratorInput administrator) {

		OnboardTenant toCommand() {
			return new OnboardTenant(this.key, this.name, this.parentKey, this.country, this.jurisdictions,
					this.defaultLocale, this.timeZone, this.dataRegion, this.currency, this.fiscalYearStartMonth,
					(this.lastFiscalYearRevenue != null) ? this.lastFiscalYearRevenue.amount() : null,
					(this.lastFiscalYearRevenue != null) ? this.lastFiscalYearRevenue.currency().getCurrencyCode()
							: null,
					this.redirectUris,
					(this.administrator != null) ? new OnboardTenant.Administrator(this.administrator.username(),
							this.administrator.email(), this.administrator.givenName(), this.administrator.familyName())
							: null);
		}

	}

	record TenantUpdateInput(String id, String name, List<String> jurisdictions, String defaultLocale, String timeZone,
			String currency, Integer fiscalYearStartMonth, MoneyInput lastFiscalYearRevenue) {

		TenantAdministration.TenantChanges toChanges() {
			return new TenantAdministration.TenantChanges(GlobalId.localIdOf(this.id, TYPE).orElse(null), this.name,
					this.jurisdictions, this.defaultLocale, this.timeZone, this.currency, this.fiscalYearStartMonth,
					(this.lastFiscalYearRevenue != null) ? this.lastFiscalYearRevenue.amount() : null,
					(this.lastFiscalYearRevenue != null) ? this.lastFiscalYearRevenue.currency().getCurrencyCode()
							: null);
		}

	}

	record TenantIdInput(String id) {

		String key() {
			return GlobalId.localIdOf(this.id, TYPE).orElse(null);
		}

	}

}
