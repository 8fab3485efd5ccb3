package io.conduct.provisioning;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;

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
 * The tenant's SCIM Groups endpoint (RFC 7644, section 3), as Entra ID and Okta call it:
 * members are left out with {@code excludedAttributes=members}, which both send when they
 * look a group up.
 */
@RestController
@RequestMapping(path = "/scim/v2/{tenant}/Groups", produces = { "application/scim+json", "application/json" })
class ScimGroupsController {

	private final ScimGroups groups;

	private final ScimBodies bodies;

	private final PeopleDirectory directory;

	private final ScimProperties properties;

	ScimGroupsController(ScimGroups groups, ScimBodies bodies, PeopleDirectory directory, ScimProperties properties) {
		this.groups = groups;
		this.bodies = bodies;
		this.directory = directory;
		this.properties = properties;
	}

	@GetMapping
	ScimListResponse<ScimGroupResource> list(@RequestParam(required = false) String filter,
			@RequestParam(required = false) Integer startIndex, @RequestParam(required = false) Integer count,
			@RequestParam(required = false) String excludedAttributes) {
		int start = (startIndex == null || startIndex < 1) ? 1 : startIndex;
		int size = (count == null) ? this.properties.maxResults()
				: Math.max(0, Math.min(count, this.properties.maxResults()));
		ScimGroups.Page page = this.groups.list(filter, start, size);
		return ScimListResponse.of(page.totalResults(), start, resources(page.groups(), excludedAttributes));
	}

	@GetMapping("/{id}")
	ResponseEntity<ScimGroupResource> get(@PathVariable String id,
			@RequestParam(required = false) String excludedAttributes,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		ScimGroup group = this.groups.get(id);
		String etag = ScimGroups.etag(group);
		if (etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(resources(List.of(group), excludedAttributes).get(0));
	}

	@PostMapping
	ResponseEntity<ScimGroupResource> create(HttpServletRequest request) throws IOException {
		ScimGroupResource created = resources(List.of(this.groups.create(this.bodies.read(request))), null).get(0);
		return ResponseEntity.created(URI.create(created.meta().location()))
			.eTag(created.meta().version())
			.body(created);
	}

	@PutMapping("/{id}")
	ResponseEntity<ScimGroupResource> replace(@PathVariable String id, HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) throws IOException {
		return answer(this.groups.replace(id, this.bodies.read(request), ifMatch));
	}

	@PatchMapping("/{id}")
	ResponseEntity<ScimGroupResource> patch(@PathVariable String id, HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) throws IOException {
		return answer(this.groups.patch(id, this.bodies.read(request), ifMatch));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.groups.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<ScimGroupResource> answer(ScimGroup group) {
		ScimGroupResource resource = resources(List.of(group), null).get(0);
		return ResponseEntity.ok().eTag(resource.meta().version()).body(resource);
	}

	/** The resources, with their members' names loaded in one query. */
	private List<ScimGroupResource> resources(List<ScimGroup> page, String excludedAttributes) {
		boolean withMembers = excludedAttributes == null || Arrays.stream(excludedAttributes.split(","))
			.map((a) -> a.trim().toLowerCase(Locale.ROOT))
			.noneMatch(Set.of("members", ScimSchemas.CORE_GROUP.toLowerCase(Locale.ROOT) + ":members")::contains);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/scim/v2/{tenant}")
			.buildAndExpand(TenantContext.required().key())
			.toUriString();
		Collection<String> ids = withMembers
				? page.stream().flatMap((g) -> g.members().stream()).collect(Collectors.toSet()) : Set.of();
		Map<String, Person> people = ids.isEmpty() ? Map.of() : this.directory.findAll(ids);
		return page.stream()
			.map((group) -> new ScimGroupResource(List.of(ScimSchemas.CORE_GROUP), group.id(), group.externalId(),
					group.displayName(),
					withMembers ? group.members()
						.stream()
						.map((m) -> new ScimGroupResource.Member(m, base + "/Users/" + m,
								(people.get(m) != null) ? people.get(m).displayName() : null, "User"))
						.toList() : null,
					new ScimUserResource.Meta("Group", String.valueOf(group.createdAt()),
							String.valueOf(group.updatedAt()), base + "/Groups/" + group.id(), ScimGroups.etag(group))))
			.toList();
	}

}
