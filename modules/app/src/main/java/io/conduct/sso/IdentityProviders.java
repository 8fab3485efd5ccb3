package io.conduct.sso;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.identity.IdentityFederation;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.tenants.TenantOnboarding;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Connects a tenant's own identity providers to its realm. The tenant administrator
 * connects one: its discovery document or metadata is fetched and validated, then the
 * provider is added to the realm disabled (the client secret goes there and nowhere
 * else); the operator's administrator approves it, which enables it. The provider brings
 * no roles but those the tenant's administrator maps from its named groups.
 */
@Service
class IdentityProviders implements TenantDatabaseSetup {

	private static final Pattern ALIAS = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

	private static final int MAX_MAPPINGS = 50;

	private static final Pattern CLAIM = Pattern.compile("^[A-Za-z][A-Za-z0-9._:/-]{0,99}$");

	private static final int MAX_XML = ProviderDocuments.MAX_BYTES;

	private final MongoTemplate tenantData;

	private final ProviderDocuments documents;

	private final ObjectProvider<IdentityFederation> federation;

	private final TenantRegistry registry;

	private final AuditTrail audit;

	private final Clock clock;

	/** Lazily: onboarding needs the tenants' databases, which need this setup. */
	private final ObjectProvider<TenantOnboarding> onboarding;

	IdentityProviders(MongoTemplate tenantData, ProviderDocuments documents,
			ObjectProvider<IdentityFederation> federation, TenantRegistry registry, AuditTrail audit, Clock clock,
			ObjectProvider<TenantOnboarding> onboarding) {
		this.onboarding = onboarding;
		this.tenantData = tenantData;
		this.documents = documents;
		this.federation = federation;
		this.registry = registry;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void prepare(MongoOperations tenantDatabase) {
		// found by _id only
	}

	@PreAuthorize("hasRole('TENANT_ADMIN')")
	Outcome<IdentityProviderConnection> connectOidc(OidcConnect input) {
		Validation validation = common(input.alias(), input.displayName());
		validation.text("discoveryUrl", input.discoveryUrl(), 2000);
		validation.text("clientId", input.clientId(), 200);
		validation.text("clientSecret", input.clientSecret(), 500);
		String employeeNumberClaim = claim(validation, "employeeNumberClaim", input.employeeNumberClaim(),
				"employee_number");
		Optional<IdentityFederation> realm = ready(validation, input.alias());
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		OidcDiscovery discovery;
		try {
			discovery = OidcDiscovery.parse(input.discoveryUrl().trim(), this.documents.fetch(input.discoveryUrl()));
			this.documents.checked(discovery.authorizationEndpoint());
			this.documents.checked(discovery.tokenEndpoint());
			this.documents.checked(discovery.jwksUri());
		}
		catch (ProviderDocumentException ex) {
			return Outcome.rejected("discoveryUrl", ex.code(), ex.getMessage());
		}
		Tenant tenant = TenantContext.required();
		realm.get()
			.addOidcProvider(tenant.key(),
					new IdentityFederation.OidcProvider(input.alias(), input.displayName().trim(), discovery.issuer(),
							discovery.authorizationEndpoint(), discovery.tokenEndpoint(), discovery.userInfoEndpoint(),
							discovery.jwksUri(), input.clientId().trim(), input.clientSecret(), employeeNumberClaim));
		return Outcome.of(record(tenant, input.alias(), input.displayName().trim(),
				IdentityProviderConnection.Protocol.OIDC, discovery.issuer()));
	}

	@PreAuthorize("hasRole('TENANT_ADMIN')")
	Outcome<IdentityProviderConnection> connectSaml(SamlConnect input) {
		Validation validation = common(input.alias(), input.displayName());
		boolean byUrl = input.metadataUrl() != null && !input.metadataUrl().isBlank();
		boolean byXml = input.metadataXml() != null && !input.metadataXml().isBlank();
		if (byUrl == byXml) {
			validation.reject("metadataUrl", UserErrorCode.REQUIRED, "Give the metadata URL or the metadata XML");
		}
		else if (byUrl) {
			validation.text("metadataUrl", input.metadataUrl(), 2000);
		}
		else if (input.metadataXml().length() > MAX_XML) {
			validation.reject("metadataXml", UserErrorCode.TOO_LARGE, "At most " + MAX_XML + " characters");
		}
		String employeeNumberAttribute = claim(validation, "employeeNumberAttribute", input.employeeNumberAttribute(),
				"employeeNumber");
		Optional<IdentityFederation> realm = ready(validation, input.alias());
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		SamlMetadata metadata;
		String field = byUrl ? "metadataUrl" : "metadataXml";
		try {
			metadata = SamlMetadata.parse(byUrl ? this.documents.fetch(input.metadataUrl()) : input.metadataXml());
			this.documents.checked(metadata.singleSignOnServiceUrl());
		}
		catch (ProviderDocumentException ex) {
			return Outcome.rejected(field, ex.code(), ex.getMessage());
		}
		Tenant tenant = TenantContext.required();
		realm.get()
			.addSamlProvider(tenant.key(),
					new IdentityFederation.SamlProvider(input.alias(), input.displayName().trim(), metadata.entityId(),
							metadata.singleSignOnServiceUrl(), metadata.postBinding(), metadata.signingCertificate(),
							employeeNumberAttribute));
		return Outcome.of(record(tenant, input.alias(), input.displayName().trim(),
				IdentityProviderConnection.Protocol.SAML, metadata.entityId()));
	}

	/**
	 * The operator approves a provider a tenant connected: it is enabled in the tenant's
	 * realm.
	 */
	@PreAuthorize(Authorities.PLATFORM_ADMIN)
	Outcome<IdentityProviderConnection> approve(String localId) {
		String[] parts = (localId != null) ? localId.split("/", 2) : new String[0];
		Optional<Tenant> tenant = (parts.length == 2) ? this.registry.findByKey(parts[0]) : Optional.empty();
		Optional<IdentityProviderConnection> connection = tenant.flatMap((t) -> TenantContext.callAs(t,
				() -> Optional.ofNullable(this.tenantData.findById(parts[1], IdentityProviderConnection.class))));
		if (connection.isEmpty()) {
			return Outcome.rejected("identityProviderId", UserErrorCode.NOT_FOUND, "No such identity provider");
		}
		if (connection.get().status() == IdentityProviderConnection.Status.ACTIVE) {
			return Outcome.rejected("identityProviderId", UserErrorCode.DECIDED, "Approved already");
		}
		IdentityFederation realm = this.federation.getIfAvailable();
		if (realm == null) {
			return Outcome.rejected("identityProviderId", UserErrorCode.NOT_CONFIGURED,
					"This deployment has no Keycloak to broker identity providers");
		}
		realm.setProviderEnabled(tenant.get().key(), parts[1], true);
		IdentityProviderConnection approved = connection.get()
			.approved(CurrentUser.required().getName(), this.clock.instant());
		TenantContext.runAs(tenant.get(), () -> this.tenantData.save(approved));
		this.audit.recordPlatform("identityProvider.approve", IdentityProviderConnection.GRAPHQL_TYPE,
				approved.localId(), Map.of("protocol", approved.protocol().name(), "issuer", approved.issuer()));
		return Outcome.of(approved);
	}

	/**
	 * Replaces the roles the provider's named groups give. Only roles a tenant
	 * administrator grants alone can be mapped: never a handler role (the Board or the
	 * Audit Committee approves each of those in Conduct), never the administrators' own.
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	Outcome<IdentityProviderConnection> setGroupRoles(String localId, List<GroupRoleInput> mappings) {
		Validation validation = new Validation();
		Tenant tenant = TenantContext.required();
		IdentityProviderConnection connection = ownProvider(tenant, localId);
		if (connection == null) {
			return Outcome.rejected("identityProviderId", UserErrorCode.NOT_FOUND, "No such identity provider");
		}
		List<GroupRoleInput> given = (mappings != null) ? mappings : List.of();
		if (!validation.maxItems("mappings", given, MAX_MAPPINGS)) {
			return Outcome.rejected(validation);
		}
		Map<String, Role> groupRoles = new LinkedHashMap<>();
		for (int i = 0; i < given.size(); i++) {
			GroupRoleInput mapping = given.get(i);
			String field = "mappings." + i;
			if (mapping == null) {
				validation.reject(field, UserErrorCode.REQUIRED, "Required");
				continue;
			}
			if (validation.text(field + ".group", mapping.group(), 200)
					&& groupRoles.containsKey(mapping.group().trim())) {
				validation.reject(field + ".group", UserErrorCode.TAKEN, "The group is mapped already");
			}
			if (mapping.role() == null) {
				validation.reject(field + ".role", UserErrorCode.REQUIRED, "Required");
			}
			else if (!isMappable(mapping.role())) {
				validation.reject(field + ".role", UserErrorCode.ROLE_NOT_MAPPABLE, mapping.role()
						+ " cannot come from a provider: handler roles are approved in Conduct, and the administrators' own is granted in Conduct");
			}
			if (!validation.hasErrors()) {
				groupRoles.put(mapping.group().trim(), mapping.role());
			}
		}
		IdentityFederation realm = this.federation.getIfAvailable();
		if (realm == null) {
			validation.reject("identityProviderId", UserErrorCode.NOT_CONFIGURED,
					"This deployment has no Keycloak to broker identity providers");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		realm.setGroupRoles(tenant.key(), connection.alias(), groupRoles);
		IdentityProviderConnection mapped = connection.withGroupRoles(groupRoles.entrySet()
			.stream()
			.map((e) -> new IdentityProviderConnection.GroupRole(e.getKey(), e.getValue()))
			.toList());
		this.tenantData.save(mapped);
		this.audit.record("identityProvider.groupRoles", IdentityProviderConnection.GRAPHQL_TYPE, mapped.localId(),
				Map.of("mappings", groupRoles.toString()));
		return Outcome.of(mapped);
	}

	/**
	 * Sets the realm to sign in through its providers only (no local password but the
	 * first administrator's, kept for break-glass), or back. Only once the provider is
	 * approved.
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	Outcome<ProviderOnlyChange> setProviderOnly(String localId, boolean providerOnly) {
		Tenant tenant = TenantContext.required();
		IdentityProviderConnection connection = ownProvider(tenant, localId);
		if (connection == null) {
			return Outcome.rejected("identityProviderId", UserErrorCode.NOT_FOUND, "No such identity provider");
		}
		if (connection.status() != IdentityProviderConnection.Status.ACTIVE) {
			return Outcome.rejected("identityProviderId", UserErrorCode.PROVIDER_NOT_APPROVED,
					"The operator has not approved this provider: people could not sign in at all");
		}
		IdentityFederation realm = this.federation.getIfAvailable();
		if (realm == null) {
			return Outcome.rejected("identityProviderId", UserErrorCode.NOT_CONFIGURED,
					"This deployment has no Keycloak to broker identity providers");
		}
		Optional<String> breakGlass = this.onboarding.getObject().firstAdministrator(tenant.key());
		if (breakGlass.isEmpty()) {
			return Outcome.rejected("providerOnly", UserErrorCode.CONFLICT,
					"The tenant has no first administrator to keep a break-glass account");
		}
		int removed = realm.setProviderOnly(tenant.key(), connection.alias(), breakGlass.get(), providerOnly);
		IdentityProviderConnection changed = connection.withProviderOnly(providerOnly);
		this.tenantData.save(changed);
		this.audit.record("identityProvider.providerOnly", IdentityProviderConnection.GRAPHQL_TYPE, changed.localId(),
				Map.of("providerOnly", String.valueOf(providerOnly), "localPasswordsRemoved", String.valueOf(removed)));
		return Outcome.of(new ProviderOnlyChange(changed, removed));
	}

	/**
	 * What setting the mode changed.
	 *
	 * @param connection the provider, with the mode
	 * @param localPasswordsRemoved how many accounts' stored passwords were deleted
	 */
	record ProviderOnlyChange(IdentityProviderConnection connection, int localPasswordsRemoved) {
	}

	/** The tenant's own provider of that local id ({@code <tenant>/<alias>}), or null. */
	private IdentityProviderConnection ownProvider(Tenant tenant, String localId) {
		String[] parts = (localId != null) ? localId.split("/", 2) : new String[0];
		return (parts.length == 2 && parts[0].equals(tenant.key()))
				? this.tenantData.findById(parts[1], IdentityProviderConnection.class) : null;
	}

	/**
	 * Whether a provider's group may give the role: only those a tenant administrator
	 * grants alone and that need no second factor.
	 */
	static boolean isMappable(Role role) {
		return role.isDirectoryManaged() && !role.isHandler() && !role.requiresSecondFactor();
	}

	/** The tenant's provider, for its administrators, or any for the operator's. */
	Optional<IdentityProviderConnection> find(String localId) {
		String[] parts = localId.split("/", 2);
		boolean operator = CurrentUser.authentication()
			.map((a) -> a.roles().contains(io.conduct.platform.security.Role.PLATFORM_ADMIN))
			.orElse(false);
		boolean administrator = CurrentUser.authentication()
			.map((a) -> a.roles().contains(io.conduct.platform.security.Role.TENANT_ADMIN)
					&& a.tenantKey().equals(parts[0]))
			.orElse(false);
		if (parts.length != 2 || !(operator || administrator)) {
			return Optional.empty();
		}
		return this.registry.findByKey(parts[0])
			.flatMap((t) -> TenantContext.callAs(t,
					() -> Optional.ofNullable(this.tenantData.findById(parts[1], IdentityProviderConnection.class))));
	}

	/**
	 * The provider's claim (or SAML attribute) that carries the employee number, or the
	 * default.
	 */
	private static String claim(Validation validation, String field, String given, String fallback) {
		if (given == null || given.isBlank()) {
			return fallback;
		}
		if (validation.text(field, given, 100)) {
			validation.matches(field, given.trim(), CLAIM, "Letters, digits, dots, dashes, underscores or colons");
		}
		return given.trim();
	}

	private Validation common(String alias, String displayName) {
		Validation validation = new Validation();
		if (validation.text("alias", alias, 40)) {
			validation.matches("alias", alias, ALIAS, "2 to 40 lower-case letters, digits or dashes, a letter first");
		}
		validation.text("displayName", displayName, 100);
		return validation;
	}

	private Optional<IdentityFederation> ready(Validation validation, String alias) {
		IdentityFederation realm = this.federation.getIfAvailable();
		if (realm == null) {
			validation.reject("alias", UserErrorCode.NOT_CONFIGURED,
					"This deployment has no Keycloak to broker identity providers (the local run signs in with its own issuer)");
			return Optional.empty();
		}
		if (!validation.hasErrors() && (this.tenantData.findById(alias, IdentityProviderConnection.class) != null
				|| realm.hasProvider(TenantContext.required().key(), alias))) {
			validation.reject("alias", UserErrorCode.TAKEN, "The realm has a provider with that alias");
		}
		return Optional.of(realm);
	}

	private IdentityProviderConnection record(Tenant tenant, String alias, String displayName,
			IdentityProviderConnection.Protocol protocol, String issuer) {
		IdentityProviderConnection connection = this.tenantData.insert(new IdentityProviderConnection(alias,
				tenant.key(), displayName, protocol, issuer, IdentityProviderConnection.Status.AWAITING_APPROVAL,
				CurrentUser.required().getName(), this.clock.instant(), null, null, List.of(), false));
		this.audit.record("identityProvider.connect", IdentityProviderConnection.GRAPHQL_TYPE, connection.localId(),
				Map.of("protocol", protocol.name(), "issuer", issuer));
		return connection;
	}

	record OidcConnect(String alias, String displayName, String discoveryUrl, String clientId, String clientSecret,
			String employeeNumberClaim) {

		@Override
		public String toString() {
			return "OidcConnect[" + this.alias + ", " + this.discoveryUrl + "]";
		}

	}

	record GroupRoleInput(String group, Role role) {
	}

	record SamlConnect(String alias, String displayName, String metadataUrl, String metadataXml,
			String employeeNumberAttribute) {
	}

}
