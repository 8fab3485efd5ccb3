package io.conduct.tenants;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import graphql.scalars.country.code.CountryCode;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The operator's mutations of tenants: onboarding, changes, suspension and resumption.
 */
@Controller
class TenantAdministrationController {

	private final TenantOnboarding onboarding;

	private final TenantAdministration administration;

	TenantAdministrationController(TenantOnboarding onboarding, TenantAdministration administration) {
		this.onboarding = onboarding;
		this.administration = administration;
	}

	@MutationMapping
	TenantOnboardPayload tenantOnboard(@Argument TenantOnboardInput input) {
		Outcome<TenantOnboarding.OnboardedTenant> outcome = this.onboarding.onboard(input.toCommand());
		return outcome.isSuccess() ? new TenantOnboardPayload(outcome.value().tenant(), List.of())
				: new TenantOnboardPayload(null, outcome.userErrors());
	}

	@MutationMapping
	TenantPayload tenantUpdate(@Argument TenantUpdateInput input) {
		return TenantPayload.of(this.administration.update(input.toChanges()));
	}

	@MutationMapping
	TenantPayload tenantSuspend(@Argument TenantTarget input) {
		return TenantPayload.of(this.administration.suspend(TenantDirectoryController.keyOf(input.tenantId())));
	}

	@MutationMapping
	TenantPayload tenantResume(@Argument TenantTarget input) {
		return TenantPayload.of(this.administration.resume(TenantDirectoryController.keyOf(input.tenantId())));
	}

	private static String tag(Locale locale) {
		return (locale != null) ? locale.toLanguageTag() : null;
	}

	private static String code(Currency currency) {
		return (currency != null) ? currency.getCurrencyCode() : null;
	}

	/**
	 * The result of tenantOnboard.
	 *
	 * @param tenant the tenant, ACTIVE
	 * @param userErrors what to fix
	 */
	record TenantOnboardPayload(Tenant tenant, List<UserError> userErrors) {
	}

	/**
	 * The result of a change to a tenant: tenantUpdate, tenantSuspend, tenantResume.
	 *
	 * @param tenant the tenant as changed
	 * @param userErrors what to fix
	 */
	record TenantPayload(Tenant tenant, List<UserError> userErrors) {

		static TenantPayload of(Outcome<Tenant> outcome) {
			return new TenantPayload(outcome.value(), outcome.userErrors());
		}

	}

	record MoneyInput(BigDecimal amount, Currency currency) {
	}

	record AdministratorInput(String username, String email, String givenName, String familyName) {
	}

	record BoardMemberInput(String username, String email, String givenName, String familyName,
			Boolean auditCommittee) {

		OnboardTenant.BoardMember toMember() {
			return new OnboardTenant.BoardMember(this.username, this.email, this.givenName, this.familyName,
					Boolean.TRUE.equals(this.auditCommittee));
		}

	}

	record TenantOnboardInput(String key, String name, String parentKey, CountryCode country,
			List<String> jurisdictions, Locale defaultLocale, String timeZone, String dataRegion, Currency currency,
			Integer fiscalYearStartMonth, MoneyInput lastFiscalYearRevenue, List<String> redirectUris,
			AdministratorInput administrator, List<BoardMemberInput> boardMembers) {

		OnboardTenant toCommand() {
			return new OnboardTenant(this.key, this.name, this.parentKey,
					(this.country != null) ? this.country.name() : null, this.jurisdictions, tag(this.defaultLocale),
					this.timeZone, this.dataRegion, code(this.currency), this.fiscalYearStartMonth,
					(this.lastFiscalYearRevenue != null) ? this.lastFiscalYearRevenue.amount() : null,
					(this.lastFiscalYearRevenue != null) ? code(this.lastFiscalYearRevenue.currency()) : null,
					this.redirectUris,
					(this.administrator != null) ? new OnboardTenant.Administrator(this.administrator.username(),
							this.administrator.email(), this.administrator.givenName(), this.administrator.familyName())
							: null,
					(this.boardMembers != null) ? this.boardMembers.stream().map(BoardMemberInput::toMember).toList()
							: List.of());
		}

	}

	record TenantUpdateInput(String tenantId, String name, List<String> jurisdictions, Locale defaultLocale,
			String timeZone, Currency currency, Integer fiscalYearStartMonth, MoneyInput lastFiscalYearRevenue) {

		TenantAdministration.TenantChanges toChanges() {
			return new TenantAdministration.TenantChanges(TenantDirectoryController.keyOf(this.tenantId), this.name,
					this.jurisdictions, tag(this.defaultLocale), this.timeZone, code(this.currency),
					this.fiscalYearStartMonth,
					(this.lastFiscalYearRevenue != null) ? this.lastFiscalYearRevenue.amount() : null,
					(this.lastFiscalYearRevenue != null) ? code(this.lastFiscalYearRevenue.currency()) : null);
		}

	}

	/**
	 * The tenant a mutation acts on: tenantSuspend, tenantResume.
	 *
	 * @param tenantId the tenant's global id
	 */
	record TenantTarget(String tenantId) {
	}

}
