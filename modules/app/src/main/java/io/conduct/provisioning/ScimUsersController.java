package io.conduct.provisioning;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.conduct.people.Person;
import io.conduct.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The tenant's SCIM Users endpoint (RFC 7644, section 3). The tenant is the one the path
 * names, and the request got here only with that tenant's credential
 * ({@link ScimAuthenticationFilter}).
 */
@RestController
@RequestMapping(path = "/scim/v2/{tenant}/Users", produces = { "application/scim+json", "application/json" })
class ScimUsersController {

	private final ScimUsers users;

	private final ScimBodies bodies;

	private final ScimProperties properties;

	ScimUsersController(ScimUsers users, ScimBodies bodies, ScimProperties properties) {
		this.users = users;
		this.bodies = bodies;
		this.properties = properties;
	}

	@GetMapping
	ScimListResponse<ScimUserResource> list(@RequestParam(required = false) String filter,
			@RequestParam(required = false) Integer startIndex, @RequestParam(required = false) Integer count) {
		int start = (startIndex == null || startIndex < 1) ? 1 : startIndex;
		int size = (count == null) ? this.properties.maxResults()
				: Math.max(0, Math.min(count, this.properties.maxResults()));
		ScimUsers.Page page = this.users.list(filter, start, size);
		return ScimListResponse.of(page.totalResults(), start, page.users().stream().map(this::resource).toList());
	}

	@GetMapping("/{id}")
	ResponseEntity<ScimUserResource> get(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		ScimUsers.Provisioned user = this.users.get(id);
		String etag = ScimUsers.etag(user.person());
		if (etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(resource(user));
	}

	@PostMapping
	ResponseEntity<ScimUserResource> create(HttpServletRequest request) throws IOException {
		ScimUserResource created = resource(this.users.create(body(request)));
		return ResponseEntity.created(URI.create(created.meta().location()))
			.eTag(created.meta().version())
			.body(created);
	}

	@PutMapping("/{id}")
	ResponseEntity<ScimUserResource> replace(@PathVariable String id, HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) throws IOException {
		ScimUserResource replaced = resource(this.users.replace(id, body(request), ifMatch));
		return ResponseEntity.ok().eTag(replaced.meta().version()).body(replaced);
	}

	@PatchMapping("/{id}")
	ResponseEntity<ScimUserResource> patch(@PathVariable String id, HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) throws IOException {
		ScimUserResource patched = resource(this.users.patch(id, body(request), ifMatch));
		return ResponseEntity.ok().eTag(patched.meta().version()).body(patched);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.users.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private JsonNode body(HttpServletRequest request) throws IOException {
		return this.bodies.read(request);
	}

	private ScimUserResource resource(ScimUsers.Provisioned user) {
		Person person = user.person();
		String base = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/scim/v2/{tenant}")
			.buildAndExpand(TenantContext.required().key())
			.toUriString();
		ScimUserResource.Manager manager = (person.supervisorId() != null)
				? new ScimUserResource.Manager(person.supervisorId(), base + "/Users/" + person.supervisorId()) : null;
		ScimUserResource.Enterprise enterprise = (person.employeeNumber() != null || person.department() != null
				|| manager != null)
						? new ScimUserResource.Enterprise(person.employeeNumber(), person.department(), manager) : null;
		return new ScimUserResource(
				(enterprise != null) ? List.of(ScimSchemas.CORE_USER, ScimSchemas.ENTERPRISE_USER)
						: List.of(ScimSchemas.CORE_USER),
				person.id(), user.externalId(), person.username(),
				new ScimUserResource.Name(person.givenName(), person.familyName(), person.displayName()),
				person.displayName(),
				(person.email() != null) ? List.of(new ScimUserResource.Email(person.email(), "work", true)) : null,
				person.isActive(), person.title(), person.locale(), person.locale(), enterprise,
				new ScimUserResource.Meta("User", String.valueOf(person.createdAt()),
						String.valueOf(person.updatedAt()), base + "/Users/" + person.id(), ScimUsers.etag(person)));
	}

}
