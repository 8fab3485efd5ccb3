package io.conduct.people;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.identity.IdentityProvisioning;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.TenantAuthentication;
import io.conduct.platform.tenancy.TenantContext;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Links a first sign-in through the tenant's identity provider to the directory entry by
 * employee number, when the provider's e-mail address is not the directory's. Only what
 * the provider vouches for counts: the token must name the provider the session signed in
 * through (a session note Keycloak sets on brokered sign-ins only, which the realm only
 * allows through the providers the operator approved), and the employee number comes from
 * the provider's mapper into an attribute that only administrators and mappers write,
 * never the account's holder. The entry's own account gives way only if nobody ever used
 * it (no credential, no provider linked): it is disabled, the entry follows the
 * provider's account, and the entry's roles go to that account.
 */
@Service
class ProviderLinks {

	static final String PROVIDER_CLAIM = "identity_provider";

	static final String EMPLOYEE_NUMBER_CLAIM = "employee_number";

	private final PersonStore store;

	private final IdentityProvisioning identities;

	private final RoleAlignment alignment;

	private final AuditTrail audit;

	private final Clock clock;

	ProviderLinks(PersonStore store, IdentityProvisioning identities, RoleAlignment alignment, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.identities = identities;
		this.alignment = alignment;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The caller's entry, linked now by the provider's employee number; empty when the
	 * caller's account has an entry already, or did not sign in through a provider, or
	 * nothing matches.
	 */
	@PreAuthorize("isAuthenticated()")
	Optional<Person> linkByEmployeeNumber() {
		TenantAuthentication caller = CurrentUser.required();
		String provider = caller.getToken().getClaimAsString(PROVIDER_CLAIM);
		String number = caller.getToken().getClaimAsString(EMPLOYEE_NUMBER_CLAIM);
		if (provider == null || provider.isBlank() || number == null || number.isBlank() || number.length() > 100
				|| this.store.findBy("subject", caller.getName()).isPresent()) {
			return Optional.empty();
		}
		String tenantKey = TenantContext.required().key();
		Optional<Person> entry = this.store.findBy("employeeNumber", number.trim())
			.filter(Person::isActive)
			.filter((p) -> p.subject() == null || this.identities.isUnused(tenantKey, p.subject()));
		if (entry.isEmpty()) {
			return Optional.empty();
		}
		String previous = entry.get().subject();
		if (previous != null) {
			// its enrolment e-mail must not open a second way in
			this.identities.setEnabled(tenantKey, previous, false);
		}
		Person linked = this.store.save(entry.get().withSubject(caller.getName(), this.clock.instant()));
		this.alignment.align(linked.id());
		this.audit.record("person.link.employeeNumber", "Person", linked.id(),
				Map.of("identityProvider", provider, "previousAccountDisabled", String.valueOf(previous != null)));
		return Optional.of(linked);
	}

}
