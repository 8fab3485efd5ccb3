package io.conduct.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.tenants.OnboardedRealm;
import io.conduct.testsupport.GraphQlHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /Schemas}, {@code ResourceTypes} and {@code ServiceProviderConfig} read as a
 * SCIM client reads them (real HTTP), and held to the endpoints: every attribute a schema
 * describes as writable is accepted by the endpoint, and every attribute of RFC 7643's
 * full User and enterprise schemas that Conduct does not describe is refused.
 */
@ConductIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScimSchemasTests {

	static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";

	static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

	/** RFC 7643's User and enterprise attributes Conduct does not keep. */
	static final List<String> NOT_KEPT = List.of("nickName", "profileUrl", "userType", "timezone", "phoneNumbers",
			"ims", "photos", "addresses", "groups", "entitlements", "roles", "x509Certificates", "password",
			"name.middleName", "name.honorificPrefix", "name.honorificSuffix", ENTERPRISE + ":costCenter",
			ENTERPRISE + ":organization", ENTERPRISE + ":division", ENTERPRISE + ":manager.displayName");

	@Autowired
	TenantRegistry registry;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	ScimHttp scim;

	OnboardedRealm realm;

	String secret;

	@BeforeAll
	void tenantWithACredential() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		this.scim = new ScimHttp(this.port);
		this.realm = OnboardedRealm.onboard(api, this.registry, "scimschema");
		var issued = api.post(this.realm.token("first-admin"),
				"mutation { scimTokenIssue(input: {label: \"Okta\"}) { secret userErrors { code } } }");
		this.secret = issued.read("$.data.scimTokenIssue.secret");
	}

	@Test
	void theSchemasListTheUserGroupAndEnterpriseSchemasWithTheirCharacteristics() {
		String key = this.realm.key();
		var all = this.scim.get(this.secret, key, "Schemas");
		assertThat(all.status()).as(all.body()).isEqualTo(200);
		assertThat(all.<List<String>>read("$.schemas"))
			.containsExactly("urn:ietf:params:scim:api:messages:2.0:ListResponse");
		assertThat(all.<Integer>read("$.totalResults")).isEqualTo(3);
		assertThat(all.<List<String>>read("$.Resources[*].id")).containsExactlyInAnyOrder(USER, GROUP, ENTERPRISE);
		assertThat(all.<List<String>>read("$.Resources[*].meta.location"))
			.allSatisfy((location) -> assertThat(location).contains("/scim/v2/" + key + "/Schemas/urn:"));

		var user = this.scim.get(this.secret, key, "Schemas/" + USER);
		assertThat(user.status()).as(user.body()).isEqualTo(200);
		assertThat(user.<List<String>>read("$.schemas"))
			.containsExactly("urn:ietf:params:scim:schemas:core:2.0:Schema");
		assertThat(first(user, "$.attributes[?(@.name == 'userName')].required")).isEqualTo(true);
		assertThat(first(user, "$.attributes[?(@.name == 'userName')].mutability")).isEqualTo("immutable");
		assertThat(first(user, "$.attributes[?(@.name == 'userName')].uniqueness")).isEqualTo("server");
		assertThat(first(user, "$.attributes[?(@.name == 'userName')].returned")).isEqualTo("default");
		assertThat(user.<List<String>>read("$.attributes[?(@.name == 'emails')].subAttributes[*].name"))
			.containsExactly("value", "type", "primary", "display");
		assertThat(first(user, "$.attributes[?(@.name == 'emails')].multiValued")).isEqualTo(true);

		var group = this.scim.get(this.secret, key, "Schemas/" + GROUP);
		assertThat(first(group, "$.attributes[?(@.name == 'displayName')].required")).isEqualTo(true);
		assertThat(
				first(group, "$.attributes[?(@.name == 'members')].subAttributes[?(@.name == 'display')].mutability"))
			.isEqualTo("readOnly");
		assertThat(first(group, "$.attributes[?(@.name == 'members')].subAttributes[?(@.name == 'value')].mutability"))
			.isEqualTo("immutable");

		var enterprise = this.scim.get(this.secret, key, "Schemas/" + ENTERPRISE);
		assertThat(enterprise.<List<String>>read("$.attributes[*].name")).containsExactly("employeeNumber",
				"department", "manager");

		var unknown = this.scim.get(this.secret, key, "Schemas/urn:example:nothing");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.<List<String>>read("$.schemas"))
			.containsExactly("urn:ietf:params:scim:api:messages:2.0:Error");
	}

	@Test
	void theResourceTypesListUsersAndGroupsAndTheConfigurationTellsWhatIsSupported() {
		String key = this.realm.key();
		var types = this.scim.get(this.secret, key, "ResourceTypes");
		assertThat(types.<Integer>read("$.totalResults")).isEqualTo(2);
		assertThat(types.<List<String>>read("$.Resources[*].endpoint")).containsExactly("/Users", "/Groups");
		var group = this.scim.get(this.secret, key, "ResourceTypes/Group");
		assertThat(group.status()).as(group.body()).isEqualTo(200);
		assertThat(group.<String>read("$.schema")).isEqualTo(GROUP);
		assertThat(this.scim.get(this.secret, key, "ResourceTypes/User").<String>read("$.schemaExtensions[0].schema"))
			.isEqualTo(ENTERPRISE);
		assertThat(this.scim.get(this.secret, key, "ResourceTypes/Device").status()).isEqualTo(404);
		var config = this.scim.get(this.secret, key, "ServiceProviderConfig");
		assertThat(config.<Boolean>read("$.etag.supported")).isTrue();
		assertThat(config.<Boolean>read("$.bulk.supported")).isFalse();
		assertThat(config.<Boolean>read("$.sort.supported")).isFalse();
	}

	/**
	 * For each writable attribute a User schema describes, a PATCH that sets it (with a
	 * value of the described type, every described writable sub-attribute included) is
	 * accepted; each attribute of the RFC's full schemas that is not described is
	 * refused.
	 */
	@Test
	void everyDescribedUserAttributeIsAcceptedAndEveryUndescribedOneRefused() throws Exception {
		String key = this.realm.key();
		String manager = create("boss");
		String id = create("worker");
		List<String> accepted = new ArrayList<>();
		for (String schema : List.of(USER, ENTERPRISE)) {
			var described = this.scim.get(this.secret, key, "Schemas/" + schema);
			List<Map<String, Object>> attributes = described.read("$.attributes");
			for (Map<String, Object> attribute : attributes) {
				if ("readOnly".equals(attribute.get("mutability"))) {
					continue;
				}
				String name = attribute.get("name").toString();
				String path = schema.equals(USER) ? name : schema + ":" + name;
				Object value = sample(attribute, name, manager, key);
				var patched = this.scim.send(this.secret, key, "PATCH", "Users/" + id,
						this.json.writeValueAsString(Map.of("schemas", List.of(ScimSchemas.PATCH_OP), "Operations",
								List.of(Map.of("op", "replace", "path", path, "value", value)))),
						Map.of());
				assertThat(patched.status()).as(path + " is described, so it is accepted: " + patched.body())
					.isEqualTo(200);
				accepted.add(path);
			}
		}
		assertThat(accepted).contains("userName", "name", "emails", "active", ENTERPRISE + ":manager").hasSize(11);

		var user = this.scim.get(this.secret, key, "Schemas/" + USER);
		var enterprise = this.scim.get(this.secret, key, "Schemas/" + ENTERPRISE);
		String etag = this.scim.get(this.secret, key, "Users/" + id).etag();
		for (String path : NOT_KEPT) {
			String name = path.replace(ENTERPRISE + ":", "");
			String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
			String sub = name.contains(".") ? name.substring(name.indexOf('.') + 1) : null;
			var schema = path.startsWith(ENTERPRISE) ? enterprise : user;
			List<String> described = (sub == null) ? schema.read("$.attributes[*].name")
					: schema.read("$.attributes[?(@.name == '" + top + "')].subAttributes[*].name");
			assertThat(described).as(path + " is not described").doesNotContain((sub == null) ? top : sub);
			var refused = this.scim.send(this.secret, key, "PATCH", "Users/" + id,
					this.json.writeValueAsString(Map.of("schemas", List.of(ScimSchemas.PATCH_OP), "Operations",
							List.of(Map.of("op", "replace", "path", path, "value", "x")))),
					Map.of());
			assertThat(refused.status()).as(path + " is not described, so it is refused: " + refused.body())
				.isEqualTo(400);
			assertThat(refused.<String>read("$.scimType")).isIn("invalidPath", "mutability");
		}
		assertThat(this.scim.get(this.secret, key, "Users/" + id).etag()).as("nothing refused was written")
			.isEqualTo(etag);
	}

	private static Object first(ScimHttp.Response response, String path) {
		List<Object> found = response.read(path);
		assertThat(found).as(path).hasSize(1);
		return found.get(0);
	}

	private Object sample(Map<String, Object> attribute, String name, String manager, String key) {
		String type = attribute.get("type").toString();
		Object value;
		if ("complex".equals(type)) {
			Map<String, Object> object = new LinkedHashMap<>();
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> subs = (List<Map<String, Object>>) attribute.get("subAttributes");
			for (Map<String, Object> sub : subs) {
				if (!"readOnly".equals(sub.get("mutability"))) {
					object.put(sub.get("name").toString(), sample(sub, name + "." + sub.get("name"), manager, key));
				}
			}
			value = object;
		}
		else {
			value = switch (name) {
				case "userName" -> "worker";
				case "active" -> true;
				case "locale", "preferredLanguage" -> "de-DE";
				case "emails.value" -> this.realm.email("worker.new");
				case "manager.value" -> manager;
				case "employeeNumber" -> "E-4711";
				case "manager.$ref" -> "https://example.invalid/Users/" + manager;
				default -> switch (type) {
					case "boolean" -> true;
					default ->
						(attribute.get("canonicalValues") instanceof List<?> values) ? values.get(0) : "Sample " + name;
				};
			};
		}
		return Boolean.TRUE.equals(attribute.get("multiValued")) ? List.of(value) : value;
	}

	private String create(String username) {
		var created = this.scim.send(this.secret, this.realm.key(), "POST", "Users", """
				{"schemas":["%s"],"userName":"%s","name":{"givenName":"%s","familyName":"Test"},
				 "emails":[{"primary":true,"type":"work","value":"%s"}]}""".formatted(USER, username, username,
				this.realm.email(username)), Map.of());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.read("$.id");
	}

}
