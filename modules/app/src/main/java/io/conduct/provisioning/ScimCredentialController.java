package io.conduct.provisioning;

import java.util.List;
import java.util.Optional;

import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The tenant administrator's SCIM credential, over GraphQL. */
@Controller
class ScimCredentialController implements NodeLoader {

	private final ScimCredentials credentials;

	ScimCredentialController(ScimCredentials credentials) {
		this.credentials = credentials;
	}

	@QueryMapping
	ScimCredential scimCredential() {
		return this.credentials.current().orElse(null);
	}

	@MutationMapping
	ScimTokenIssuePayload scimTokenIssue(@Argument ScimTokenIssueInput input) {
		Outcome<ScimCredentials.Issued> outcome = this.credentials.issue(input.label());
		return outcome.isSuccess()
				? new ScimTokenIssuePayload(outcome.value().credential(), outcome.value().secret(), List.of())
				: new ScimTokenIssuePayload(null, null, outcome.userErrors());
	}

	@MutationMapping
	ScimTokenRotatePayload scimTokenRotate(@Argument ScimTokenRotateInput input) {
		Optional<String> id = GlobalId.localIdOf(input.scimCredentialId(), ScimCredential.GRAPHQL_TYPE);
		Outcome<ScimCredentials.Issued> outcome = id.isPresent() ? this.credentials.rotate(id.get())
				: Outcome.rejected("scimCredentialId", UserErrorCode.NOT_FOUND, "No such SCIM credential");
		return outcome.isSuccess()
				? new ScimTokenRotatePayload(outcome.value().credential(), outcome.value().secret(), List.of())
				: new ScimTokenRotatePayload(null, null, outcome.userErrors());
	}

	@SchemaMapping(typeName = ScimCredential.GRAPHQL_TYPE, field = "id")
	String id(ScimCredential credential) {
		return GlobalId.encode(ScimCredential.GRAPHQL_TYPE, credential.credentialId());
	}

	@Override
	public String typeName() {
		return ScimCredential.GRAPHQL_TYPE;
	}

	@Override
	public Optional<Object> load(String localId) {
		boolean administrator = CurrentUser.authentication()
			.map((caller) -> caller.roles().contains(Role.TENANT_ADMIN))
			.orElse(false);
		return administrator
				? this.credentials.current().filter((c) -> c.credentialId().equals(localId)).map(Object.class::cast)
				: Optional.empty();
	}

	record ScimTokenIssueInput(String label) {
	}

	record ScimTokenIssuePayload(ScimCredential scimCredential, String secret, List<UserError> userErrors) {
	}

	record ScimTokenRotateInput(String scimCredentialId) {
	}

	record ScimTokenRotatePayload(ScimCredential scimCredential, String secret, List<UserError> userErrors) {
	}

}
