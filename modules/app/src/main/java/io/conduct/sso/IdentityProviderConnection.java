package io.conduct.sso;

import java.time.Instant;
import java.util.List;

import io.conduct.platform.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An identity provider connected to the tenant's realm, as Conduct records it: never its
 * client secret, which only the realm has.
 *
 * @param alias the realm's name for it, also the id
 * @param tenantKey the tenant
 * @param displayName what the sign-in page shows
 * @param protocol OpenID Connect or SAML
 * @param issuer the issuer or SAML entity id
 * @param status awaiting the operator's approval, or active
 * @param requestedBy who connected it
 * @param requestedAt when
 * @param approvedBy the operator's administrator who approved it
 * @param approvedAt when
 * @param groupRoles the roles the provider's named groups give, none unless the tenant's
 * administrator maps them
 * @param providerOnly whether the realm signs in through it only (no local passwords but
 * the break-glass administrator's)
 */
@Document("identityProviders")
record IdentityProviderConnection(@Id String alias, String tenantKey, String displayName, Protocol protocol,
		String issuer, Status status, String requestedBy, Instant requestedAt, String approvedBy, Instant approvedAt,
		List<GroupRole> groupRoles, boolean providerOnly) {

	static final String GRAPHQL_TYPE = "IdentityProvider";

	IdentityProviderConnection {
		groupRoles = (groupRoles != null) ? List.copyOf(groupRoles) : List.of();
	}

	enum Protocol {

		OIDC, SAML

	}

	enum Status {

		AWAITING_APPROVAL, ACTIVE

	}

	IdentityProviderConnection approved(String by, Instant at) {
		return new IdentityProviderConnection(this.alias, this.tenantKey, this.displayName, this.protocol, this.issuer,
				Status.ACTIVE, this.requestedBy, this.requestedAt, by, at, this.groupRoles, this.providerOnly);
	}

	IdentityProviderConnection withGroupRoles(List<GroupRole> mappings) {
		return new IdentityProviderConnection(this.alias, this.tenantKey, this.displayName, this.protocol, this.issuer,
				this.status, this.requestedBy, this.requestedAt, this.approvedBy, this.approvedAt, mappings,
				this.providerOnly);
	}

	IdentityProviderConnection withProviderOnly(boolean only) {
		return new IdentityProviderConnection(this.alias, this.tenantKey, this.displayName, this.protocol, this.issuer,
				this.status, this.requestedBy, this.requestedAt, this.approvedBy, this.approvedAt, this.groupRoles,
				only);
	}

	/**
	 * A named group of the provider and the role it gives.
	 *
	 * @param group the group's name as the provider sends it
	 * @param role the role
	 */
	record GroupRole(String group, Role role) {
	}

	/**
	 * The global id's local part: the tenant and the alias, so the operator can name it.
	 */
	String localId() {
		return this.tenantKey + "/" + this.alias;
	}

}
