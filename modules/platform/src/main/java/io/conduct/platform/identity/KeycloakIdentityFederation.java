package io.conduct.platform.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.conduct.platform.security.Role;
import jakarta.ws.rs.NotFoundException;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Identity providers in the tenant's Keycloak realm. An OpenID Connect provider's people
 * are linked to their existing account by e-mail only when the provider says the address
 * is verified: the provider is configured to refuse sign-ins without
 * {@code email_verified=true} (Keycloak's essential claim), and its first sign-in flow
 * links to the account with that address or creates one. SAML carries no verification
 * claim: its first sign-in uses Keycloak's default flow, which asks the person to prove
 * they own the existing account. No mapper brings roles but those the tenant's
 * administrator maps from named groups ({@link #setGroupRoles}).
 */
public class KeycloakIdentityFederation implements IdentityFederation {

	/** The first-sign-in flow that links by verified e-mail. */
	static final String LINK_BY_VERIFIED_EMAIL = "conduct link by verified email";

	/** The names of the mappers that give roles for groups start so. */
	static final String GROUP_ROLE = "group role: ";

	/** The claim or SAML attribute that lists the provider's groups of a person. */
	static final String GROUPS = "groups";

	/** The realm role of the account that keeps its password in provider-only mode. */
	static final String BREAK_GLASS_ROLE = "conduct-break-glass";

	/** The realm's password grant flow: Keycloak's, with the provider-only gate. */
	static final String DIRECT_GRANT_FLOW = "conduct-direct-grant";

	static final String BROWSER_GATE = "conduct-browser provider only";

	static final String REDIRECTOR = "identity-provider-redirector";

	static final String GRANT_GATE = "conduct-direct-grant provider only";

	private final Supplier<Keycloak> admin;

	public KeycloakIdentityFederation(Supplier<Keycloak> admin) {
		this.admin = admin;
	}

	@Override
	public void addOidcProvider(String tenantKey, OidcProvider provider) {
		RealmResource realm = this.admin.get().realm(tenantKey);
		ensureLinkingFlow(realm);
		IdentityProviderRepresentation idp = base(provider.alias(), provider.displayName(), "oidc");
		idp.setTrustEmail(true);
		idp.setFirstBrokerLoginFlowAlias(LINK_BY_VERIFIED_EMAIL);
		Map<String, String> config = new HashMap<>();
		config.put("issuer", provider.issuer());
		config.put("authorizationUrl", provider.authorizationUrl());
		config.put("tokenUrl", provider.tokenUrl());
		if (provider.userInfoUrl() != null) {
			config.put("userInfoUrl", provider.userInfoUrl());
		}
		config.put("jwksUrl", provider.jwksUrl());
		config.put("useJwksUrl", "true");
		config.put("validateSignature", "true");
		config.put("clientId", provider.clientId());
		config.put("clientSecret", provider.clientSecret());
		config.put("clientAuthMethod", "client_secret_post");
		config.put("defaultScope", "openid email profile");
		config.put("pkceEnabled", "true");
		config.put("pkceMethod", "S256");
		config.put("syncMode", "FORCE");
		// only a verified address links or creates an account
		config.put("filteredByClaim", "true");
		config.put("claimFilterName", "email_verified");
		config.put("claimFilterValue", "true");
		idp.setConfig(config);
		realm.identityProviders().create(idp).close();
		// the provider's usernames never match a local one: only a verified address links
		IdentityProviderMapperRepresentation username = new IdentityProviderMapperRepresentation();
		username.setName("username");
		username.setIdentityProviderAlias(provider.alias());
		username.setIdentityProviderMapper("oidc-username-idp-mapper");
		// IMPORT: named so when the account is made, never renamed (a linked account
		// keeps its
		// username)
		username.setConfig(Map.of("template", "${ALIAS}.${CLAIM.sub}", "target", "LOCAL", "syncMode", "IMPORT"));
		realm.identityProviders().get(provider.alias()).addMapper(username).close();
		mapper(realm, provider.alias(), "email", "oidc-user-attribute-idp-mapper", "claim", "email", "email");
		mapper(realm, provider.alias(), "given name", "oidc-user-attribute-idp-mapper", "claim", "given_name",
				"firstName");
		mapper(realm, provider.alias(), "family name", "oidc-user-attribute-idp-mapper", "claim", "family_name",
				"lastName");
		mapper(realm, provider.alias(), "employee number", "oidc-user-attribute-idp-mapper", "claim",
				provider.employeeNumberClaim(), KeycloakRealmSetup.EMPLOYEE_NUMBER_ATTRIBUTE);
		mapper(realm, provider.alias(), "locale", "oidc-user-attribute-idp-mapper", "claim", "locale", "locale");
	}

	@Override
	public void addSamlProvider(String tenantKey, SamlProvider provider) {
		RealmResource realm = this.admin.get().realm(tenantKey);
		IdentityProviderRepresentation idp = base(provider.alias(), provider.displayName(), "saml");
		idp.setTrustEmail(false);
		Map<String, String> config = new HashMap<>();
		config.put("idpEntityId", provider.entityId());
		config.put("singleSignOnServiceUrl", provider.singleSignOnServiceUrl());
		config.put("postBindingAuthnRequest", String.valueOf(provider.postBinding()));
		config.put("postBindingResponse", "true");
		config.put("nameIDPolicyFormat", "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress");
		config.put("principalType", "SUBJECT");
		config.put("syncMode", "FORCE");
		if (provider.signingCertificate() != null) {
			config.put("signingCertificate", provider.signingCertificate());
			config.put("validateSignature", "true");
			config.put("wantAssertionsSigned", "true");
		}
		idp.setConfig(config);
		realm.identityProviders().create(idp).close();
		mapper(realm, provider.alias(), "email", "saml-user-attribute-idp-mapper", "attribute.name", "email", "email");
		mapper(realm, provider.alias(), "given name", "saml-user-attribute-idp-mapper", "attribute.name", "firstName",
				"firstName");
		mapper(realm, provider.alias(), "family name", "saml-user-attribute-idp-mapper", "attribute.name", "lastName",
				"lastName");
		mapper(realm, provider.alias(), "employee number", "saml-user-attribute-idp-mapper", "attribute.name",
				provider.employeeNumberAttribute(), KeycloakRealmSetup.EMPLOYEE_NUMBER_ATTRIBUTE);
		mapper(realm, provider.alias(), "locale", "saml-user-attribute-idp-mapper", "attribute.name", "locale",
				"locale");
	}

	@Override
	public void setProviderEnabled(String tenantKey, String alias, boolean enabled) {
		RealmResource realm = this.admin.get().realm(tenantKey);
		var resource = realm.identityProviders().get(alias);
		IdentityProviderRepresentation idp = resource.toRepresentation();
		idp.setEnabled(enabled);
		resource.update(idp);
		if (enabled) {
			providerSignInSuffices(realm);
		}
	}

	/**
	 * Once a provider can sign people in, its verified sign-in is enough: the realm no
	 * longer asks every account to verify its address at sign-in (the provider vouched
	 * for it; Keycloak would ask at the first sign-in through the provider, before it
	 * records the provider's verification), and the accounts that never enrolled no
	 * longer carry the enrolment's pending actions (a local password, the address), which
	 * Keycloak would ask after a sign-in through the provider too. Their enrolment
	 * e-mails still work: the link carries the same actions, for whoever signs in with a
	 * local password.
	 * @return how many accounts had their pending enrolment cleared
	 */
	static int providerSignInSuffices(RealmResource realm) {
		RealmRepresentation settings = new RealmRepresentation();
		settings.setVerifyEmail(false);
		realm.update(settings);
		int cleared = 0;
		for (int first = 0;; first += PAGE) {
			List<UserRepresentation> page = realm.users().list(first, PAGE);
			for (UserRepresentation user : page) {
				if (clearPendingEnrolment(realm, user)) {
					cleared++;
				}
			}
			if (page.size() < PAGE) {
				return cleared;
			}
		}
	}

	/**
	 * Takes the enrolment's pending actions off an account that never enrolled (no
	 * credential yet).
	 */
	static boolean clearPendingEnrolment(RealmResource realm, UserRepresentation user) {
		List<String> pending = (user.getRequiredActions() != null) ? user.getRequiredActions() : List.of();
		if (pending.stream().noneMatch(KeycloakIdentityProvisioning.ENROLMENT_ACTIONS::contains)) {
			return false;
		}
		var account = realm.users().get(user.getId());
		if (!account.credentials().isEmpty()) {
			return false;
		}
		UserRepresentation changed = account.toRepresentation();
		changed.setRequiredActions(changed.getRequiredActions()
			.stream()
			.filter((action) -> !KeycloakIdentityProvisioning.ENROLMENT_ACTIONS.contains(action))
			.toList());
		account.update(changed);
		return true;
	}

	/** Whether a provider of the realm can sign people in (the operator approved it). */
	static boolean hasEnabledProvider(RealmResource realm) {
		return realm.identityProviders().findAll().stream().anyMatch(IdentityProviderRepresentation::isEnabled);
	}

	private static final int PAGE = 200;

	@Override
	public void setGroupRoles(String tenantKey, String alias, Map<String, Role> groupRoles) {
		var resource = this.admin.get().realm(tenantKey).identityProviders().get(alias);
		boolean saml = "saml".equals(resource.toRepresentation().getProviderId());
		for (IdentityProviderMapperRepresentation mapper : resource.getMappers()) {
			if (mapper.getName().startsWith(GROUP_ROLE)) {
				resource.delete(mapper.getId());
			}
		}
		groupRoles.forEach((group, role) -> {
			IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
			mapper.setName(GROUP_ROLE + group);
			mapper.setIdentityProviderAlias(alias);
			mapper.setIdentityProviderMapper(saml ? "saml-role-idp-mapper" : "oidc-role-idp-mapper");
			// FORCE: the role goes when the provider takes the person out of the group
			mapper.setConfig(saml
					? Map.of("attribute.name", GROUPS, "attribute.value", group, "role", role.name(), "syncMode",
							"FORCE")
					: Map.of("claim", GROUPS, "claim.value", group, "role", role.name(), "syncMode", "FORCE"));
			resource.addMapper(mapper).close();
		});
	}

	@Override
	public int setProviderOnly(String tenantKey, String alias, String breakGlassSubject, boolean providerOnly) {
		RealmResource realm = this.admin.get().realm(tenantKey);
		RoleRepresentation breakGlass = breakGlassRole(realm);
		var held = realm.users().get(breakGlassSubject).roles().realmLevel();
		if (held.listEffective().stream().noneMatch((r) -> BREAK_GLASS_ROLE.equals(r.getName()))) {
			held.add(List.of(breakGlass));
		}
		AuthenticationManagementResource flows = realm.flows();
		String forms = KeycloakRealmSetup.formsFlow(flows.getExecutions(KeycloakRealmSetup.BROWSER_FLOW));
		ensureGate(flows, forms, BROWSER_GATE);
		if (flows.getFlows().stream().noneMatch((f) -> DIRECT_GRANT_FLOW.equals(f.getAlias()))) {
			flows.copy("direct grant", Map.of("newName", DIRECT_GRANT_FLOW)).close();
			RealmRepresentation binding = new RealmRepresentation();
			binding.setDirectGrantFlow(DIRECT_GRANT_FLOW);
			realm.update(binding);
		}
		ensureGate(flows, DIRECT_GRANT_FLOW, GRANT_GATE);
		String requirement = providerOnly ? "CONDITIONAL" : "DISABLED";
		KeycloakRealmSetup.require(flows, forms, BROWSER_GATE, requirement);
		KeycloakRealmSetup.require(flows, DIRECT_GRANT_FLOW, GRANT_GATE, requirement);
		redirectTo(flows, providerOnly ? alias : null);
		return providerOnly ? deleteLocalPasswords(realm, breakGlassSubject) : 0;
	}

	/**
	 * Keycloak's Identity Provider Redirector of the browser flow sends the sign-in page
	 * to the provider (its default provider), or, without one, lets the password form
	 * show. An empty {@code kc_idp_hint} skips it: the break-glass administrator's way to
	 * the password form.
	 */
	private static void redirectTo(AuthenticationManagementResource flows, String alias) {
		AuthenticationExecutionInfoRepresentation redirector = flows.getExecutions(KeycloakRealmSetup.BROWSER_FLOW)
			.stream()
			.filter((e) -> REDIRECTOR.equals(e.getProviderId()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The browser flow has no identity provider redirector"));
		if (redirector.getAuthenticationConfig() != null) {
			flows.removeAuthenticatorConfig(redirector.getAuthenticationConfig());
		}
		if (alias != null) {
			AuthenticatorConfigRepresentation config = new AuthenticatorConfigRepresentation();
			config.setAlias("conduct-provider-only-" + alias);
			config.setConfig(Map.of("defaultProvider", alias));
			try (var response = flows.newExecutionConfig(redirector.getId(), config)) {
				if (response.getStatus() != 201) {
					throw new IdentityProvisioningException("Keycloak refused the redirector's default provider: "
							+ response.getStatus() + " " + response.readEntity(String.class), null);
				}
			}
		}
	}

	/** Deletes the stored password of every account but the break-glass one. */
	private static int deleteLocalPasswords(RealmResource realm, String breakGlassSubject) {
		int deleted = 0;
		for (int first = 0;; first += PAGE) {
			List<UserRepresentation> page = realm.users().list(first, PAGE);
			for (UserRepresentation user : page) {
				if (user.getId().equals(breakGlassSubject)) {
					continue;
				}
				var account = realm.users().get(user.getId());
				boolean had = false;
				for (var credential : account.credentials()) {
					if ("password".equals(credential.getType())) {
						account.removeCredential(credential.getId());
						had = true;
					}
				}
				if (had) {
					deleted++;
				}
			}
			if (page.size() < PAGE) {
				return deleted;
			}
		}
	}

	private static RoleRepresentation breakGlassRole(RealmResource realm) {
		try {
			return realm.roles().get(BREAK_GLASS_ROLE).toRepresentation();
		}
		catch (NotFoundException ex) {
			RoleRepresentation role = new RoleRepresentation();
			role.setName(BREAK_GLASS_ROLE);
			role.setDescription("Keeps a local password when the realm signs in through its providers only");
			realm.roles().create(role);
			return realm.roles().get(BREAK_GLASS_ROLE).toRepresentation();
		}
	}

	/**
	 * A conditional subflow at the end of the flow that denies access to everyone but the
	 * holder of {@link #BREAK_GLASS_ROLE}; enabled (CONDITIONAL) in provider-only mode,
	 * else DISABLED.
	 */
	private static void ensureGate(AuthenticationManagementResource flows, String parent, String gate) {
		if (flows.getExecutions(parent).stream().anyMatch((e) -> gate.equals(e.getDisplayName()))) {
			return;
		}
		flows.addExecutionFlow(parent, Map.of("alias", gate, "type", "basic-flow", "provider", "registration-page-form",
				"description", "Only the break-glass administrator signs in with a password"));
		flows.addExecution(gate, Map.of("provider", KeycloakRealmSetup.ROLE_CONDITION));
		String condition = KeycloakRealmSetup.requireProvider(flows, gate, KeycloakRealmSetup.ROLE_CONDITION,
				"REQUIRED");
		AuthenticatorConfigRepresentation config = new AuthenticatorConfigRepresentation();
		config.setAlias(gate + " condition");
		config.setConfig(Map.of("condUserRole", BREAK_GLASS_ROLE, "negate", "true"));
		flows.newExecutionConfig(condition, config).close();
		flows.addExecution(gate, Map.of("provider", "deny-access-authenticator"));
		KeycloakRealmSetup.requireProvider(flows, gate, "deny-access-authenticator", "REQUIRED");
	}

	@Override
	public boolean hasProvider(String tenantKey, String alias) {
		try {
			this.admin.get().realm(tenantKey).identityProviders().get(alias).toRepresentation();
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private static IdentityProviderRepresentation base(String alias, String displayName, String providerId) {
		IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
		idp.setAlias(alias);
		idp.setDisplayName(displayName);
		idp.setProviderId(providerId);
		// enabled once the operator approves
		idp.setEnabled(false);
		idp.setStoreToken(false);
		idp.setLinkOnly(false);
		return idp;
	}

	private static void mapper(RealmResource realm, String alias, String name, String type, String sourceKey,
			String source, String attribute) {
		IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
		mapper.setName(name);
		mapper.setIdentityProviderAlias(alias);
		mapper.setIdentityProviderMapper(type);
		mapper.setConfig(Map.of(sourceKey, source, "user.attribute", attribute, "syncMode", "INHERIT"));
		realm.identityProviders().get(alias).addMapper(mapper).close();
	}

	/**
	 * First sign-in through a provider, as Keycloak documents its "automatically link
	 * existing first login flow": create the account when no other has the address, else
	 * set the one that has it (the address is verified: the provider refuses any other,
	 * see above). Usernames cannot collide: the provider's people get
	 * {@code <alias>.<subject>} (see {@link #addOidcProvider}), so only the address
	 * links.
	 */
	private static void ensureLinkingFlow(RealmResource realm) {
		AuthenticationManagementResource flows = realm.flows();
		if (flows.getFlows().stream().anyMatch((f) -> LINK_BY_VERIFIED_EMAIL.equals(f.getAlias()))) {
			return;
		}
		AuthenticationFlowRepresentation flow = new AuthenticationFlowRepresentation();
		flow.setAlias(LINK_BY_VERIFIED_EMAIL);
		flow.setDescription("Creates the account, or links to the one with the provider's verified e-mail address");
		flow.setProviderId("basic-flow");
		flow.setTopLevel(true);
		flow.setBuiltIn(false);
		flows.createFlow(flow).close();
		flows.addExecution(LINK_BY_VERIFIED_EMAIL, Map.of("provider", "idp-create-user-if-unique"));
		flows.addExecution(LINK_BY_VERIFIED_EMAIL, Map.of("provider", "idp-auto-link"));
		List<AuthenticationExecutionInfoRepresentation> executions = flows.getExecutions(LINK_BY_VERIFIED_EMAIL);
		for (AuthenticationExecutionInfoRepresentation execution : executions) {
			execution.setRequirement("ALTERNATIVE");
			flows.updateExecutions(LINK_BY_VERIFIED_EMAIL, execution);
		}
	}

}
