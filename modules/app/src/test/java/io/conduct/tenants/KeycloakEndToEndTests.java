package io.conduct.tenants;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.tenancy.TenantStatus;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestKeycloak;
import io.conduct.testsupport.TestTenants;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real Keycloak server: a realm created in the running server, a user's token
 * obtained with the password grant, accepted by the application as a person of the tenant
 * whose realm issued it, once the token names Conduct's API as its audience.
 */
@ConductIntegrationTest
class KeycloakEndToEndTests {

	private static final String CLIENT = "conduct-web";

	private static final String PASSWORD = "Correct-Horse-42";

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	@Test
	void tokenOfARealKeycloakRealmIsAcceptedWithItsRealmRoles() {
		TestKeycloak keycloak = TestKeycloak.get();
		String realm = TestTenants.uniqueKey("kc");
		String userId;
		try (Keycloak admin = keycloak.adminClient()) {
			createRealm(admin, realm);
			userId = createUser(admin, realm, "casey", "CFO_CAO");
		}
		TestTenants.register(this.registry, realm, null, keycloak.issuerFor(realm));
		GraphQlHttp api = new GraphQlHttp(this.port);
		// without an audience mapper the realm's tokens do not name Conduct's API
		String withoutAudience = keycloak.passwordGrant(realm, CLIENT, "casey", PASSWORD);
		assertThat(api.post(withoutAudience, "{ viewer { subject } }").status()).isEqualTo(401);
		try (Keycloak admin = keycloak.adminClient()) {
			addAudienceMapper(admin, realm);
		}
		String token = keycloak.passwordGrant(realm, CLIENT, "casey", PASSWORD);

		var viewer = api.post(token, "{ viewer { subject name email roles tenant { key } } }");

		assertThat(viewer.status()).isEqualTo(200);
		assertThat(viewer.hasErrors()).as(viewer.body()).isFalse();
		assertThat(viewer.<String>read("$.data.viewer.subject")).isEqualTo(userId);
		assertThat(viewer.<String>read("$.data.viewer.email")).isEqualTo("casey@" + realm + ".example");
		assertThat(viewer.<String>read("$.data.viewer.tenant.key")).isEqualTo(realm);
		// Keycloak's own default roles (offline_access, default-roles-*) are not Conduct
		// roles
		assertThat(viewer.<List<String>>read("$.data.viewer.roles")).containsExactly("CFO_CAO");

		this.registry.changeStatus(realm, TenantStatus.SUSPENDED);
		assertThat(api.post(token, "{ viewer { subject } }").status()).isEqualTo(401);
	}

	private static void createRealm(Keycloak admin, String realm) {
		RealmRepresentation representation = new RealmRepresentation();
		representation.setRealm(realm);
		representation.setEnabled(true);
		admin.realms().create(representation);
		admin.realm(realm).roles().create(new RoleRepresentation("CFO_CAO", "Compliance officer", false));
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId(CLIENT);
		client.setPublicClient(true);
		client.setDirectAccessGrantsEnabled(true);
		client.setStandardFlowEnabled(true);
		client.setRedirectUris(List.of("http://localhost:3000/*"));
		admin.realm(realm).clients().create(client).close();
	}

	/** What onboarding gives Conduct's clients: {@code aud} names Conduct's API. */
	private static void addAudienceMapper(Keycloak admin, String realm) {
		ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
		mapper.setName("conduct-api audience");
		mapper.setProtocol("openid-connect");
		mapper.setProtocolMapper("oidc-audience-mapper");
		mapper.setConfig(Map.of("included.custom.audience", "conduct-api", "access.token.claim", "true"));
		String client = admin.realm(realm).clients().findByClientId(CLIENT).get(0).getId();
		admin.realm(realm).clients().get(client).getProtocolMappers().createMapper(mapper).close();
	}

	private static String createUser(Keycloak admin, String realm, String username, String role) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setEnabled(true);
		user.setEmail(username + "@" + realm + ".example");
		user.setEmailVerified(true);
		user.setFirstName("Casey");
		user.setLastName("Cfo");
		CredentialRepresentation password = new CredentialRepresentation();
		password.setType(CredentialRepresentation.PASSWORD);
		password.setValue(PASSWORD);
		password.setTemporary(false);
		user.setCredentials(List.of(password));
		String id;
		try (Response response = admin.realm(realm).users().create(user)) {
			id = CreatedResponseUtil.getCreatedId(response);
		}
		RoleRepresentation roleRepresentation = admin.realm(realm).roles().get(role).toRepresentation();
		admin.realm(realm).users().get(id).roles().realmLevel().add(List.of(roleRepresentation));
		assertThat(UUID.fromString(id)).isNotNull();
		return id;
	}

}
