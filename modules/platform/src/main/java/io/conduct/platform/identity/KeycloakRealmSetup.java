package io.conduct.platform.identity;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * The state onboarding brings a tenant's realm to: Conduct's roles, a public client for
 * single-page apps (PKCE, exact redirect URIs, an audience mapper that names Conduct's
 * API in its tokens), a password policy, brute-force protection, unmanaged user
 * attributes visible to administrators only (Conduct marks the accounts it creates), the
 * realm's mail server, and a browser flow that asks a second factor (OTP) of every holder
 * of a role that {@link Role#requiresSecondFactor() requires one}.
 */
final class KeycloakRealmSetup {

	/** Applied to every realm. */
	static final String PASSWORD_POLICY = "length(12) and upperCase(1) and lowerCase(1) and digits(1) and notUsername and passwordHistory(3)";

	/** The realm attribute that marks a realm Conduct created, naming its tenant. */
	static final String TENANT_ATTRIBUTE = "conduct.tenant";

	/**
	 * The realm role that each role requiring a second factor contains (as a composite),
	 * so that one condition of the browser flow recognizes all their holders.
	 */
	static final String SECOND_FACTOR_ROLE = "SECOND_FACTOR_REQUIRED";

	/** The realm's browser flow: Keycloak's, with the second factor for those roles. */
	static final String BROWSER_FLOW = "conduct-browser";

	/** The conditional subflow of {@link #BROWSER_FLOW} that asks the OTP. */
	static final String SECOND_FACTOR_FLOW = "conduct-browser second factor";

	static final String ROLE_CONDITION = "conditional-user-role";

	static final String OTP_FORM = "auth-otp-form";

	static final String AUDIENCE_MAPPER = "conduct-api audience";

	static final String PROVIDER_MAPPER = "conduct identity provider";

	static final String EMPLOYEE_NUMBER_MAPPER = "conduct employee number";

	/** The claim of Conduct's tokens naming the provider the person signed in through. */
	static final String PROVIDER_CLAIM = "identity_provider";

	/** The user attribute the providers' employee-number mappers write. */
	static final String EMPLOYEE_NUMBER_ATTRIBUTE = "employeeNumber";

	/** The claim of Conduct's tokens carrying it. */
	static final String EMPLOYEE_NUMBER_CLAIM = "employee_number";

	private final KeycloakProperties properties;

	private final String operatorTenant;

	private final String audience;

	KeycloakRealmSetup(KeycloakProperties properties, String operatorTenant, String audience) {
		this.properties = properties;
		this.operatorTenant = operatorTenant;
		this.audience = audience;
	}

	/** Whether the realm is one Conduct made for the tenant. */
	static boolean isMadeFor(RealmRepresentation realm, String tenantKey) {
		return realm.getAttributes() != null && tenantKey.equals(realm.getAttributes().get(TENANT_ATTRIBUTE));
	}

	RealmRepresentation settings(Tenant tenant) {
		RealmRepresentation realm = new RealmRepresentation();
		realm.setRealm(tenant.key());
		realm.setDisplayName(tenant.name());
		realm.setEnabled(true);
		realm.setSslRequired("external");
		realm.setPasswordPolicy(PASSWORD_POLICY);
		realm.setBruteForceProtected(true);
		realm.setPermanentLockout(false);
		realm.setFailureFactor(5);
		realm.setWaitIncrementSeconds(60);
		realm.setMaxFailureWaitSeconds(900);
		realm.setLoginWithEmailAllowed(true);
		realm.setDuplicateEmailsAllowed(false);
		realm.setResetPasswordAllowed(true);
		realm.setRegistrationAllowed(false);
		realm.setVerifyEmail(true);
		realm.setInternationalizationEnabled(true);
		String language = tenant.locale().getLanguage();
		realm.setSupportedLocales(new HashSet<>(List.of(language, "en")));
		realm.setDefaultLocale(language);
		realm.setAttributes(Map.of(TENANT_ATTRIBUTE, tenant.key()));
		if (this.properties.smtp().isConfigured()) {
			realm.setSmtpServer(this.properties.smtp().asRealmSettings());
		}
		return realm;
	}

	/** Everything but the realm's own settings, each step idempotent. */
	void complete(RealmResource realm, Tenant tenant, List<String> redirectUris) {
		adminOnlyAttributes(realm);
		roles(realm, tenant);
		client(realm, redirectUris);
		secondFactorFlow(realm);
		RealmRepresentation flow = new RealmRepresentation();
		flow.setBrowserFlow(BROWSER_FLOW);
		realm.update(flow);
	}

	/** The realm roles of a tenant: Conduct's, PLATFORM_ADMIN in the operator's only. */
	Set<Role> rolesOf(String tenantKey) {
		Set<Role> roles = EnumSet.allOf(Role.class);
		if (!tenantKey.equals(this.operatorTenant)) {
			roles.remove(Role.PLATFORM_ADMIN);
		}
		return roles;
	}

	// Conduct marks the accounts it creates with an attribute that holders must not edit
	private static void adminOnlyAttributes(RealmResource realm) {
		UPConfig profile = realm.users().userProfile().getConfiguration();
		if (profile.getUnmanagedAttributePolicy() != UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT) {
			profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT);
			realm.users().userProfile().update(profile);
		}
	}

	private void roles(RealmResource realm, Tenant tenant) {
		RoleRepresentation secondFactor = ensureRole(realm, SECOND_FACTOR_ROLE,
				"Holders sign in with a second factor (contained in the roles that require one)");
		for (Role role : rolesOf(tenant.key())) {
			ensureRole(realm, role.name(), "Conduct role " + role.name());
			if (role.requiresSecondFactor()) {
				var resource = realm.roles().get(role.name());
				boolean contained = resource.getRealmRoleComposites()
					.stream()
					.anyMatch((r) -> SECOND_FACTOR_ROLE.equals(r.getName()));
				if (!contained) {
					resource.addComposites(List.of(secondFactor));
				}
			}
		}
	}

	private static RoleRepresentation ensureRole(RealmResource realm, String name, String description) {
		try {
			return realm.roles().get(name).toRepresentation();
		}
		catch (NotFoundException ex) {
			realm.roles().create(new RoleRepresentation(name, description, false));
			return realm.roles().get(name).toRepresentation();
		}
	}

	private void client(RealmResource realm, List<String> redirectUris) {
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId(this.properties.clientId());
		client.setName("Conduct web applications");
		client.setProtocol("openid-connect");
		client.setPublicClient(true);
		client.setStandardFlowEnabled(true);
		client.setImplicitFlowEnabled(false);
		client.setDirectAccessGrantsEnabled(this.properties.directAccessGrants());
		client.setRedirectUris(redirectUris);
		client.setWebOrigins(List.of("+"));
		Map<String, String> attributes = new HashMap<>();
		attributes.put("pkce.code.challenge.method", "S256");
		attributes.put("post.logout.redirect.uris", "+");
		client.setAttributes(attributes);
		List<ClientRepresentation> existing = realm.clients().findByClientId(this.properties.clientId());
		String id;
		if (existing.isEmpty()) {
			realm.clients().create(client).close();
			id = realm.clients().findByClientId(this.properties.clientId()).get(0).getId();
		}
		else {
			id = existing.get(0).getId();
			realm.clients().get(id).update(client);
		}
		var mappers = realm.clients().get(id).getProtocolMappers();
		if (mappers.getMappers().stream().noneMatch((m) -> AUDIENCE_MAPPER.equals(m.getName()))) {
			mappers.createMapper(audienceMapper()).close();
		}
		if (mappers.getMappers().stream().noneMatch((m) -> PROVIDER_MAPPER.equals(m.getName()))) {
			// the alias of the provider the session signed in through: a note Keycloak
			// sets
			// on brokered sessions only, which nobody can set by hand
			mappers
				.createMapper(claimMapper(PROVIDER_MAPPER, "oidc-usersessionmodel-note-mapper",
						Map.of("user.session.note", "identity_provider", "claim.name", PROVIDER_CLAIM)))
				.close();
		}
		if (mappers.getMappers().stream().noneMatch((m) -> EMPLOYEE_NUMBER_MAPPER.equals(m.getName()))) {
			// the employee number a provider's mapper brings (an attribute only
			// administrators and mappers write: see adminOnlyAttributes)
			mappers
				.createMapper(claimMapper(EMPLOYEE_NUMBER_MAPPER, "oidc-usermodel-attribute-mapper",
						Map.of("user.attribute", EMPLOYEE_NUMBER_ATTRIBUTE, "claim.name", EMPLOYEE_NUMBER_CLAIM)))
				.close();
		}
	}

	private static ProtocolMapperRepresentation claimMapper(String name, String type, Map<String, String> source) {
		ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
		mapper.setName(name);
		mapper.setProtocol("openid-connect");
		mapper.setProtocolMapper(type);
		Map<String, String> config = new HashMap<>(source);
		config.put("jsonType.label", "String");
		config.put("access.token.claim", "true");
		config.put("id.token.claim", "false");
		config.put("userinfo.token.claim", "false");
		config.put("introspection.token.claim", "true");
		mapper.setConfig(config);
		return mapper;
	}

	/** Puts Conduct's API in the {@code aud} of the client's access tokens. */
	private ProtocolMapperRepresentation audienceMapper() {
		ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
		mapper.setName(AUDIENCE_MAPPER);
		mapper.setProtocol("openid-connect");
		mapper.setProtocolMapper("oidc-audience-mapper");
		mapper.setConfig(Map.of("included.custom.audience", this.audience, "access.token.claim", "true",
				"id.token.claim", "false", "introspection.token.claim", "true"));
		return mapper;
	}

	/**
	 * A copy of Keycloak's browser flow with a conditional subflow after the password
	 * form: holders of {@link #SECOND_FACTOR_ROLE} must pass an OTP (and set one up at
	 * their first sign-in). Keycloak's own conditional 2FA, for others who chose one, is
	 * skipped for them so that they are asked once.
	 */
	private static void secondFactorFlow(RealmResource realm) {
		AuthenticationManagementResource flows = realm.flows();
		if (flows.getFlows().stream().noneMatch((f) -> BROWSER_FLOW.equals(f.getAlias()))) {
			flows.copy("browser", Map.of("newName", BROWSER_FLOW)).close();
		}
		List<AuthenticationExecutionInfoRepresentation> executions = flows.getExecutions(BROWSER_FLOW);
		String forms = formsFlow(executions);
		if (executions.stream().noneMatch((e) -> SECOND_FACTOR_FLOW.equals(e.getDisplayName()))) {
			flows.addExecutionFlow(forms, Map.of("alias", SECOND_FACTOR_FLOW, "type", "basic-flow", "provider",
					"registration-page-form", "description", "A second factor for the roles that require one"));
			require(flows, forms, SECOND_FACTOR_FLOW, "CONDITIONAL");
		}
		ensureRoleCondition(flows, SECOND_FACTOR_FLOW, false);
		if (flows.getExecutions(SECOND_FACTOR_FLOW).stream().noneMatch((e) -> OTP_FORM.equals(e.getProviderId()))) {
			flows.addExecution(SECOND_FACTOR_FLOW, Map.of("provider", OTP_FORM));
			requireProvider(flows, SECOND_FACTOR_FLOW, OTP_FORM, "REQUIRED");
		}
		Optional<String> keycloaksTwoFactor = keycloaksTwoFactorFlow(flows.getExecutions(BROWSER_FLOW));
		if (keycloaksTwoFactor.isPresent()) {
			ensureRoleCondition(flows, keycloaksTwoFactor.get(), true);
		}
	}

	/** The flow's condition on the second-factor role, required and configured. */
	private static void ensureRoleCondition(AuthenticationManagementResource flows, String flow, boolean negate) {
		Optional<AuthenticationExecutionInfoRepresentation> existing = flows.getExecutions(flow)
			.stream()
			.filter((e) -> ROLE_CONDITION.equals(e.getProviderId()))
			.findFirst();
		if (existing.isPresent() && existing.get().getAuthenticationConfig() != null) {
			return;
		}
		if (existing.isEmpty()) {
			flows.addExecution(flow, Map.of("provider", ROLE_CONDITION));
		}
		String id = requireProvider(flows, flow, ROLE_CONDITION, "REQUIRED");
		AuthenticatorConfigRepresentation config = new AuthenticatorConfigRepresentation();
		config.setAlias(negate ? "conduct-not-second-factor-role" : "conduct-second-factor-role");
		config.setConfig(Map.of("condUserRole", SECOND_FACTOR_ROLE, "negate", String.valueOf(negate)));
		try (Response response = flows.newExecutionConfig(id, config)) {
			if (response.getStatus() != 201) {
				throw new IdentityProvisioningException("Keycloak refused the condition of " + flow + ": "
						+ response.getStatus() + " " + response.readEntity(String.class), null);
			}
		}
	}

	/** The subflow holding the username and password form. */
	static String formsFlow(List<AuthenticationExecutionInfoRepresentation> executions) {
		String subflow = null;
		for (AuthenticationExecutionInfoRepresentation execution : executions) {
			if (Boolean.TRUE.equals(execution.getAuthenticationFlow())) {
				subflow = execution.getDisplayName();
			}
			else if ("auth-username-password-form".equals(execution.getProviderId()) && subflow != null) {
				return subflow;
			}
		}
		throw new IllegalStateException("The browser flow has no username and password form");
	}

	/** Keycloak's conditional subflow that asks the OTP of those who configured one. */
	private static Optional<String> keycloaksTwoFactorFlow(List<AuthenticationExecutionInfoRepresentation> executions) {
		String subflow = null;
		for (AuthenticationExecutionInfoRepresentation execution : executions) {
			if (Boolean.TRUE.equals(execution.getAuthenticationFlow())) {
				subflow = execution.getDisplayName();
			}
			else if (OTP_FORM.equals(execution.getProviderId()) && subflow != null
					&& !SECOND_FACTOR_FLOW.equals(subflow)) {
				return Optional.of(subflow);
			}
		}
		return Optional.empty();
	}

	static void require(AuthenticationManagementResource flows, String flow, String displayName, String requirement) {
		AuthenticationExecutionInfoRepresentation execution = flows.getExecutions(flow)
			.stream()
			.filter((e) -> displayName.equals(e.getDisplayName()))
			.findFirst()
			.orElseThrow();
		execution.setRequirement(requirement);
		flows.updateExecutions(flow, execution);
	}

	static String requireProvider(AuthenticationManagementResource flows, String flow, String provider,
			String requirement) {
		AuthenticationExecutionInfoRepresentation execution = flows.getExecutions(flow)
			.stream()
			.filter((e) -> provider.equals(e.getProviderId()))
			.findFirst()
			.orElseThrow();
		execution.setRequirement(requirement);
		flows.updateExecutions(flow, execution);
		return execution.getId();
	}

}
