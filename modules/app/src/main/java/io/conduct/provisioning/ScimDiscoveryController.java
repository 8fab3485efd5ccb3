package io.conduct.provisioning;

import java.util.List;
import java.util.Map;

import io.conduct.platform.tenancy.TenantContext;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the tenant's SCIM service offers (RFC 7644, section 4): clients read it to choose
 * their requests. Static descriptions of the service, hence maps rather than records.
 */
@RestController
@RequestMapping(path = "/scim/v2/{tenant}", produces = { "application/scim+json", "application/json" })
class ScimDiscoveryController {

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
	Map<String, Object> resourceTypes() {
		return Map.of("schemas", List.of(ScimSchemas.LIST_RESPONSE), "totalResults", 1, "startIndex", 1, "itemsPerPage",
				1, "Resources",
				List.of(Map.of("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:ResourceType"), "id", "User",
						"name", "User", "endpoint", "/Users", "schema", ScimSchemas.CORE_USER, "schemaExtensions",
						List.of(Map.of("schema", ScimSchemas.ENTERPRISE_USER, "required", false)), "meta",
						Map.of("resourceType", "ResourceType", "location", base() + "/ResourceTypes/User"))));
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/scim/v2/{tenant}")
			.buildAndExpand(TenantContext.required().key())
			.toUriString();
	}

}
