package io.conduct.sso;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The identity providers of a tenant, over GraphQL. */
@Controller
class IdentityProvidersController implements NodeLoader {

	private final IdentityProviders providers;

	IdentityProvidersController(IdentityProviders providers) {
		this.providers = providers;
	}

	@MutationMapping
	IdentityProviderOidcConnectPayload identityProviderOidcConnect(@Argument IdentityProviders.OidcConnect input) {
		Outcome<IdentityProviderConnection> outcome = this.providers.connectOidc(input);
		return new IdentityProviderOidcConnectPayload(view(outcome), outcome.userErrors());
	}

	@MutationMapping
	IdentityProviderSamlConnectPayload identityProviderSamlConnect(@Argument IdentityProviders.SamlConnect input) {
		Outcome<IdentityProviderConnection> outcome = this.providers.connectSaml(input);
		return new IdentityProviderSamlConnectPayload(view(outcome), outcome.userErrors());
	}

	@MutationMapping
	IdentityProviderApprovePayload identityProviderApprove(@Argument IdentityProviderApproveInput input) {
		Optional<String> id = GlobalId.localIdOf(input.identityProviderId(), IdentityProviderConnection.GRAPHQL_TYPE);
		Outcome<IdentityProviderConnection> outcome = id.isPresent() ? this.providers.approve(id.get())
				: Outcome.rejected("identityProviderId", UserErrorCode.NOT_FOUND, "No such identity provider");
		return new IdentityProviderApprovePayload(view(outcome), outcome.userErrors());
	}

	@MutationMapping
	IdentityProviderGroupRolesSetPayload identityProviderGroupRolesSet(
			@Argument IdentityProviderGroupRolesSetInput input) {
		Optional<String> id = GlobalId.localIdOf(input.identityProviderId(), IdentityProviderConnection.GRAPHQL_TYPE);
		Outcome<IdentityProviderConnection> outcome = id.isPresent()
				? this.providers.setGroupRoles(id.get(), input.mappings())
				: Outcome.rejected("identityProviderId", UserErrorCode.NOT_FOUND, "No such identity provider");
		return new IdentityProviderGroupRolesSetPayload(view(outcome), outcome.userErrors());
	}

	@MutationMapping
	IdentityProviderOnlySetPayload identityProviderOnlySet(@Argument IdentityProviderOnlySetInput input) {
		Optional<String> id = GlobalId.localIdOf(input.identityProviderId(), IdentityProviderConnection.GRAPHQL_TYPE);
		Outcome<IdentityProviders.ProviderOnlyChange> outcome = id.isPresent()
				? this.providers.setProviderOnly(id.get(), input.providerOnly())
				: Outcome.rejected("identityProviderId", UserErrorCode.NOT_FOUND, "No such identity provider");
		return outcome.isSuccess()
				? new IdentityProviderOnlySetPayload(view(outcome.value().connection()),
						outcome.value().localPasswordsRemoved(), outcome.userErrors())
				: new IdentityProviderOnlySetPayload(null, 0, outcome.userErrors());
	}

	@Override
	public String typeName() {
		return IdentityProviderConnection.GRAPHQL_TYPE;
	}

	@Override
	public Optional<Object> load(String localId) {
		return this.providers.find(localId).map(IdentityProvidersController::view);
	}

	private static IdentityProvider view(Outcome<IdentityProviderConnection> outcome) {
		return outcome.isSuccess() ? view(outcome.value()) : null;
	}

	private static IdentityProvider view(IdentityProviderConnection connection) {
		return new IdentityProvider(GlobalId.encode(IdentityProviderConnection.GRAPHQL_TYPE, connection.localId()),
				connection.alias(), connection.displayName(), connection.protocol(), connection.issuer(),
				connection.status(), connection.requestedAt(), connection.approvedAt(), connection.groupRoles(),
				connection.providerOnly());
	}

	record IdentityProvider(String id, String alias, String displayName, IdentityProviderConnection.Protocol protocol,
			String issuer, IdentityProviderConnection.Status status, Instant requestedAt, Instant approvedAt,
			List<IdentityProviderConnection.GroupRole> groupRoles, boolean providerOnly) {
	}

	record IdentityProviderOnlySetInput(String identityProviderId, boolean providerOnly) {
	}

	record IdentityProviderOnlySetPayload(IdentityProvider identityProvider, int localPasswordsRemoved,
			List<UserError> userErrors) {
	}

	record IdentityProviderGroupRolesSetInput(String identityProviderId,
			List<IdentityProviders.GroupRoleInput> mappings) {
	}

	record IdentityProviderGroupRolesSetPayload(IdentityProvider identityProvider, List<UserError> userErrors) {
	}

	record IdentityProviderApproveInput(String identityProviderId) {
	}

	record IdentityProviderOidcConnectPayload(IdentityProvider identityProvider, List<UserError> userErrors) {
	}

	record IdentityProviderSamlConnectPayload(IdentityProvider identityProvider, List<UserError> userErrors) {
	}

	record IdentityProviderApprovePayload(IdentityProvider identityProvider, List<UserError> userErrors) {
	}

}
