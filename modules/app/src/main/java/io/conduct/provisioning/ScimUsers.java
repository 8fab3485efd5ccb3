package io.conduct.provisioning;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.conduct.people.PeopleAdministration;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.people.PersonInput;
import io.conduct.people.PersonType;
import io.conduct.people.ReportingLines;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * SCIM's use cases on the current tenant's directory, through the people module's API: a
 * client creates, replaces, patches, deactivates (offboards) and deletes people. Each
 * request is checked whole before the first write (attributes, manager, reporting-line
 * cycle, uniqueness, version), so a refused request changes nothing. Deleting offboards
 * the person and keeps the records; SCIM answers 404 for them afterwards.
 */
@Service
class ScimUsers {

	private final PeopleDirectory directory;

	private final PeopleAdministration administration;

	private final ReportingLines reportingLines;

	private final ScimUserLinks links;

	private final AuditTrail audit;

	private final Clock clock;

	ScimUsers(PeopleDirectory directory, PeopleAdministration administration, ReportingLines reportingLines,
			ScimUserLinks links, AuditTrail audit, Clock clock) {
		this.directory = directory;
		this.administration = administration;
		this.reportingLines = reportingLines;
		this.links = links;
		this.audit = audit;
		this.clock = clock;
	}

	/** A user, for its resource; 404 when unknown or deleted by the client. */
	Provisioned get(String id) {
		Person person = visible(id);
		return new Provisioned(person, externalIdOf(person.id()));
	}

	/** A page of users matching the filter (or all), by 1-based position. */
	Page list(String filter, int startIndex, int count) {
		if (filter != null && !filter.isBlank()) {
			ScimFilter parsed = ScimFilter.parse(filter);
			List<Provisioned> matches = find(parsed).stream().toList();
			List<Provisioned> page = matches.stream().skip(startIndex - 1L).limit(count).toList();
			return new Page(matches.size(), page);
		}
		// positions are over the whole directory, so that a client paging by startIndex
		// += count sees everyone once; a page may hold fewer than count (RFC 7644,
		// section 3.4.2.4) where users the client deleted are left out
		long total = this.directory.count();
		if (count == 0) {
			// count=0 asks for the total only (RFC 7644, section 3.4.2.4)
			return new Page(total, List.of());
		}
		List<Person> people = this.directory.inIdOrder(startIndex - 1, count);
		Map<String, ScimUserLink> linked = this.links.findAll(people.stream().map(Person::id).toList());
		List<Provisioned> page = people.stream()
			.filter((p) -> !Optional.ofNullable(linked.get(p.id())).map(ScimUserLink::isDeleted).orElse(false))
			.map((p) -> new Provisioned(p,
					Optional.ofNullable(linked.get(p.id())).map(ScimUserLink::externalId).orElse(null)))
			.toList();
		return new Page(total, page);
	}

	/** Creates a person with an account, an employee and nothing more. */
	Provisioned create(JsonNode resource) {
		ScimUserDraft draft = ScimUserDraft.empty();
		draft.replaceWith(resource);
		if (draft.userName == null) {
			throw ScimException.invalidValue("userName is required");
		}
		checkExternalId(null, draft.externalId);
		if (draft.managerId != null) {
			activeManager(draft.managerId);
		}
		Outcome<PeopleAdministration.NewPerson> created = this.administration
			.createPerson(new PersonInput(draft.effectiveGivenName(), draft.effectiveFamilyName(),
					draft.effectiveEmail(), draft.userName, draft.employeeNumber, PersonType.EMPLOYEE, draft.title,
					draft.department, draft.managerId, null, draft.locale, null, null));
		Person person = refusedUnless(created).person();
		this.links.markProvisioned(person.id(), this.clock.instant());
		if (draft.externalId != null) {
			this.links.setExternalId(person.id(), draft.externalId);
		}
		if (Boolean.FALSE.equals(draft.active)) {
			person = refusedUnless(this.administration.offboardPerson(person.id()));
		}
		this.audit.record("scim.user.create", "Person", person.id(), changes(ScimUserDraft.empty(), draft));
		return new Provisioned(person, draft.externalId);
	}

	/** Replaces the user's attributes by the resource's (PUT). */
	Provisioned replace(String id, JsonNode resource, String ifMatch) {
		Person person = visible(id);
		checkVersion(person, ifMatch);
		ScimUserDraft before = ScimUserDraft.of(person, externalIdOf(id));
		ScimUserDraft after = before.copy();
		after.replaceWith(resource);
		return apply(person, before, after, "scim.user.replace");
	}

	/** Applies PATCH operations, all or none (RFC 7644, section 3.5.2). */
	Provisioned patch(String id, JsonNode request, String ifMatch) {
		Person person = visible(id);
		checkVersion(person, ifMatch);
		List<JsonNode> operations = ScimPatchOperation.listOf(request);
		ScimUserDraft before = ScimUserDraft.of(person, externalIdOf(id));
		ScimUserDraft after = before.copy();
		for (JsonNode operation : operations) {
			ScimPatchOperation.of(operation).applyTo(after);
		}
		return apply(person, before, after, "scim.user.patch");
	}

	/** Offboards the person (records kept); SCIM answers 404 for them from now on. */
	void delete(String id, String ifMatch) {
		Person person = visible(id);
		checkVersion(person, ifMatch);
		if (person.isActive()) {
			refusedUnless(this.administration.offboardPerson(person.id()));
		}
		this.links.markDeleted(person.id(), this.clock.instant());
		this.audit.record("scim.user.delete", "Person", person.id(), Map.of("recordsKept", "true"));
	}

	private Provisioned apply(Person person, ScimUserDraft before, ScimUserDraft after, String action) {
		if (after.userName == null || !after.userName.equalsIgnoreCase(person.username())) {
			throw ScimException.mutability("userName cannot change: it is the person's sign-in name in the realm");
		}
		if (Boolean.FALSE.equals(before.active) && Boolean.TRUE.equals(after.active)) {
			throw ScimException
				.mutability("An offboarded person is not reactivated by provisioning: a tenant administrator decides");
		}
		boolean managerChanged = !Objects.equals(before.managerId, after.managerId);
		if (managerChanged && after.managerId != null) {
			activeManager(after.managerId);
			if (after.managerId.equals(person.id()) || this.reportingLines.reportsTo(after.managerId, person.id())) {
				throw ScimException.invalidValue(
						"manager: that manager reports, directly or indirectly, to this person (a cycle in the reporting line)");
			}
		}
		boolean externalIdChanged = !Objects.equals(before.externalId, after.externalId);
		if (externalIdChanged) {
			checkExternalId(person.id(), after.externalId);
		}
		Person current = person;
		if (descriptiveChange(before, after)) {
			current = refusedUnless(this.administration.updatePerson(person.id(),
					new Person.PersonChanges(after.effectiveGivenName(), after.effectiveFamilyName(),
							after.effectiveEmail(), after.employeeNumber, person.type(), after.title, after.department,
							person.startDate(), (after.locale != null) ? after.locale : person.locale(),
							person.country())));
		}
		if (managerChanged) {
			current = refusedUnless(this.administration.assignSupervisor(person.id(), after.managerId));
		}
		if (externalIdChanged) {
			this.links.setExternalId(person.id(), after.externalId);
		}
		if (Boolean.TRUE.equals(before.active) && Boolean.FALSE.equals(after.active)) {
			current = refusedUnless(this.administration.offboardPerson(person.id()));
		}
		Map<String, String> changes = changes(before, after);
		if (!changes.isEmpty()) {
			this.audit.record(action, "Person", person.id(), changes);
		}
		return new Provisioned(current, after.externalId);
	}

	private static boolean descriptiveChange(ScimUserDraft before, ScimUserDraft after) {
		return !Objects.equals(before.effectiveGivenName(), after.effectiveGivenName())
				|| !Objects.equals(before.effectiveFamilyName(), after.effectiveFamilyName())
				|| !Objects.equals(lower(before.effectiveEmail()), lower(after.effectiveEmail()))
				|| !Objects.equals(before.title, after.title) || !Objects.equals(before.department, after.department)
				|| !Objects.equals(before.employeeNumber, after.employeeNumber)
				|| (after.locale != null && !Objects.equals(before.locale, after.locale));
	}

	/** Before and after of each attribute that changed: what the audit trail keeps. */
	private static Map<String, String> changes(ScimUserDraft before, ScimUserDraft after) {
		Map<String, String> changes = new LinkedHashMap<>();
		compare(changes, "userName", before.userName, after.userName);
		compare(changes, "externalId", before.externalId, after.externalId);
		compare(changes, "givenName", before.effectiveGivenName(), after.effectiveGivenName());
		compare(changes, "familyName", before.effectiveFamilyName(), after.effectiveFamilyName());
		compare(changes, "emails", lower(before.effectiveEmail()), lower(after.effectiveEmail()));
		compare(changes, "active", String.valueOf(before.active), String.valueOf(after.active));
		compare(changes, "title", before.title, after.title);
		compare(changes, "locale", before.locale, (after.locale != null) ? after.locale : before.locale);
		compare(changes, "employeeNumber", before.employeeNumber, after.employeeNumber);
		compare(changes, "department", before.department, after.department);
		compare(changes, "manager", before.managerId, after.managerId);
		return changes;
	}

	private static void compare(Map<String, String> changes, String attribute, String before, String after) {
		if (!Objects.equals(before, after)) {
			// MongoDB keys take no dots
			changes.put(attribute + ":before", String.valueOf(before));
			changes.put(attribute + ":after", String.valueOf(after));
		}
	}

	private static String lower(String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : null;
	}

	private Person visible(String id) {
		if (id == null || id.length() > 100) {
			throw ScimException.notFound("No such user");
		}
		Optional<Person> person = this.directory.find(id);
		if (person.isEmpty() || this.links.find(id).map(ScimUserLink::isDeleted).orElse(false)) {
			throw ScimException.notFound("No such user");
		}
		return person.get();
	}

	private List<Provisioned> find(ScimFilter filter) {
		Optional<Person> found = switch (filter.attribute()) {
			case USER_NAME -> this.directory.findByKey(PeopleDirectory.Key.USERNAME, filter.value());
			case EMAIL -> this.directory.findByKey(PeopleDirectory.Key.EMAIL, filter.value());
			case EXTERNAL_ID ->
				this.links.findByExternalId(filter.value()).flatMap((link) -> this.directory.find(link.personId()));
			case DISPLAY_NAME -> throw ScimFilter.unsupported();
		};
		if (found.isEmpty()) {
			return List.of();
		}
		Optional<ScimUserLink> link = this.links.find(found.get().id());
		if (link.map(ScimUserLink::isDeleted).orElse(false)) {
			return List.of();
		}
		return List.of(new Provisioned(found.get(), link.map(ScimUserLink::externalId).orElse(null)));
	}

	private String externalIdOf(String personId) {
		return this.links.find(personId).map(ScimUserLink::externalId).orElse(null);
	}

	private void checkExternalId(String personId, String externalId) {
		if (externalId != null && this.links.findByExternalId(externalId)
			.filter((link) -> !link.personId().equals(personId))
			.isPresent()) {
			throw ScimException.uniqueness("Another user has that externalId");
		}
	}

	private void activeManager(String managerId) {
		Optional<Person> manager = (managerId.length() <= 100) ? this.directory.find(managerId) : Optional.empty();
		if (manager.isEmpty() || !manager.get().isActive()
				|| this.links.find(managerId).map(ScimUserLink::isDeleted).orElse(false)) {
			throw ScimException.invalidValue("manager: no active user with id " + managerId);
		}
	}

	private static void checkVersion(Person person, String ifMatch) {
		ScimVersions.check(etag(person), ifMatch, "The user changed since that version: get it again");
	}

	static String etag(Person person) {
		return ScimVersions.etag(person.version());
	}

	/** The people module's refusal as a SCIM error: nothing was stored. */
	private static <T> T refusedUnless(Outcome<T> outcome) {
		if (outcome.isSuccess()) {
			return outcome.value();
		}
		UserError first = outcome.userErrors().get(0);
		String field = String.join(".", first.field());
		String attribute = switch (field.replaceFirst("^input\\.", "")) {
			case "givenName" -> "name.givenName";
			case "familyName" -> "name.familyName";
			case "email" -> "emails";
			case "username" -> "userName";
			case "supervisorId" -> "manager";
			default -> field.replaceFirst("^input\\.", "");
		};
		String detail = attribute + ": " + first.message();
		if (first.code() == UserErrorCode.TAKEN) {
			throw ScimException.uniqueness(detail);
		}
		if (first.code() == UserErrorCode.CYCLE) {
			throw ScimException.invalidValue(detail + " (a cycle in the reporting line)");
		}
		throw ScimException.invalidValue(detail);
	}

	/**
	 * A person with what SCIM keeps of them.
	 *
	 * @param person the directory entry
	 * @param externalId the client's id
	 */
	record Provisioned(Person person, String externalId) {
	}

	/**
	 * A page of users.
	 *
	 * @param totalResults how many match
	 * @param users the page
	 */
	record Page(long totalResults, List<Provisioned> users) {
	}

}
