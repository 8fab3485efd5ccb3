package io.conduct.provisioning;

import java.util.List;
import java.util.Map;

import io.conduct.platform.tenancy.TenantContext;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the tenant's SCIM service offers (RFC 7644, section 4): clients read it to choose
 * their requests. The configuration and resource types are static descriptions of the
 * service, hence maps; the schemas are {@link ScimSchemaDefinitions}.
 */
@RestController
@RequestMapping(path = "/scim/v2/{tenant}", produces = { "application/scim+json", "application/json" })
class ScimDiscoveryController {

	private static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";

	private final ScimProperties properties;

	ScimDiscoveryController(ScimProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/ServiceProviderConfig")
	Map<String, Object> serviceProviderConfig() {
		return Map.of("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"),
				"documentationUri", "https://datatracker.ietf.org/doc/html/rfc7644", "patch", Map.of("supported", true),
				"bulk", Map.of("supported", false, "maxOperations", 0, "maxPayloadSize", 0), "filter",
				Map.of("supported", true, "maxResults", this.properties.maxResults()), "changePassword",
				Map.of("supported", false), "sort", Map.of("supported", false), "etag", Map.of("supported", true),
				"authenticationSchemes",
				List.of(Map.of("type", "oauthbearertoken", "name", "Bearer credential", "description",
						"The tenant's SCIM credential, issued by its administrator (scimTokenIssue)", "primary", true)),
				"meta", Map.of("resourceType", "ServiceProviderConfig", "location", base() + "/ServiceProviderConfig"));
	}

	@GetMapping("/ResourceTypes")
	ScimListResponse<Map<String, Object>> resourceTypes() {
		List<Map<String, Object>> types = List.of(userType(), groupType());
		return ScimListResponse.of(types.size(), 1, types);
	}

	@GetMapping("/ResourceTypes/{id}")
	Map<String, Object> resourceType(@PathVariable String id) {
		return List.of(userType(), groupType())
			.stream()
			.filter((type) -> type.get("id").toString().equalsIgnoreCase(id))
			.findFirst()
			.orElseThrow(() -> ScimException.notFound("No such resource type"));
	}

	@GetMapping("/Schemas")
	ScimListResponse<ScimSchemaResource> schemas() {
		String base = base();
		List<ScimSchemaResource> all = ScimSchemaDefinitions.ALL.stream().map((s) -> s.located(base)).toList();
		return ScimListResponse.of(all.size(), 1, all);
	}

	@GetMapping("/Schemas/{id}")
	ScimSchemaResource schema(@PathVariable String id) {
		return ScimSchemaDefinitions.find(id)
			.map((s) -> s.located(base()))
			.orElseThrow(() -> ScimException.notFound("No such schema"));
	}

	private static Map<String, Object> userType() {
		return Map.of("schemas", List.of(RESOURCE_TYPE), "id", "User", "name", "User", "endpoint", "/Users",
				"description", "A person of the tenant's directory", "schema", ScimSchemas.CORE_USER,
				"schemaExtensions", List.of(Map.of("schema", ScimSchemas.ENTERPRISE_USER, "required", false)), "meta",
				Map.of("resourceType", "ResourceType", "location", base() + "/ResourceTypes/User"));
	}

	private static Map<String, Object> groupType() {
		return Map.of("schemas", List.of(RESOURCE_TYPE), "id", "Group", "name", "Group", "endpoint", "/Groups",
				"description", "A group whose membership gives the role the tenant maps its name to", "schema",
				ScimSchemas.CORE_GROUP, "schemaExtensions", List.of(), "meta",
				Map.of("resourceType", "ResourceType", "location", base() + "/ResourceTypes/Group"));
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/scim/v2/{tenant}")
			.buildAndExpand(TenantContext.required().key())
			.toUriString();
	}

}
