package io.conduct.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.TenantAuthentication;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who holds which role, decided in the directory and then brought to the realm. A tenant
 * administrator grants the roles that decide nothing the Code gives to two people
 * (EMPLOYEE, SUPERVISOR, SPOKESPERSON, TENANT_ADMIN) alone, never to themself; a handler
 * role ({@link Role#isHandler()}) they can only ask for, and a member of the Board or of
 * the Audit Committee who is neither the requester nor the person approves it. Revoking
 * protects, so an administrator revokes any role alone. Requests, handler roles and the
 * administrators' role are notified to the Audit Committee; every change is audited.
 */
@Service
public class RoleGrants {

	/** Who reads the requests. */
	static final String READERS = "hasAnyRole('TENANT_ADMIN', 'BOARD', 'AUDIT_COMMITTEE')";

	/** Who decides them. */
	static final String DECIDERS = "hasAnyRole('BOARD', 'AUDIT_COMMITTEE')";

	private static final int NOTE_LENGTH = 1_000;

	private final PersonStore people;

	private final RoleGrantRequestStore requests;

	private final RoleAlignment alignment;

	private final PeopleDirectory directory;

	private final RoleNotices notices;

	private final AuditTrail audit;

	private final Clock clock;

	private final GroupRoleGrants groupRoles;

	RoleGrants(PersonStore people, RoleGrantRequestStore requests, RoleAlignment alignment, PeopleDirectory directory,
			RoleNotices notices, AuditTrail audit, Clock clock, GroupRoleGrants groupRoles) {
		this.groupRoles = groupRoles;
		this.people = people;
		this.requests = requests;
		this.alignment = alignment;
		this.directory = directory;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Grants a role, or, for a handler role, asks for it: the person is returned
	 * unchanged with the request, which waits for the Board or the Audit Committee.
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<Grant> grant(String personId, Role role) {
		Optional<Person> found = this.people.findById(personId);
		if (found.isEmpty()) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		Person person = found.get();
		Validation validation = new Validation();
		grantable(validation, "role", role);
		if (person.subject() == null) {
			validation.reject("personId", UserErrorCode.NO_ACCOUNT,
					"The person has no account in the tenant's realm yet");
		}
		if (!person.isActive()) {
			validation.reject("personId", UserErrorCode.OFFBOARDED, "The person was offboarded");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		if (person.roles().contains(role)) {
			// held through a group until now: granted in Conduct from now on
			this.groupRoles.grantedDirectly(person.id(), role);
			return Outcome.of(new Grant(person, null));
		}
		if (role.isHandler()) {
			return request(person, role).map((request) -> Outcome.of(new Grant(person, request)))
				.orElseGet(() -> Outcome.rejected("role", UserErrorCode.REQUEST_PENDING,
						"A request for that role awaits the Board or the Audit Committee already"));
		}
		if (isCaller(person)) {
			return Outcome.rejected("personId", UserErrorCode.SELF_GRANT,
					"Another administrator must grant your roles");
		}
		Person granted = give(person, role, Map.of());
		return Outcome.of(new Grant(granted, null));
	}

	/** Revokes a role: protective, so one administrator does it alone; audited. */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<Person> revoke(String personId, Role role) {
		Optional<Person> found = this.people.findById(personId);
		if (found.isEmpty()) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		Validation validation = new Validation();
		grantable(validation, "role", role);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Person person = found.get();
		if (!person.roles().contains(role)) {
			return Outcome.of(person);
		}
		Person revoked = this.people.removeRole(person.id(), role, this.clock.instant()).orElse(person);
		this.groupRoles.revokedDirectly(person.id(), role);
		this.alignment.align(person.id());
		this.audit.record("person.role.revoke", "Person", person.id(), Map.of("role", role.name()));
		this.notices.revoked(person.id() + "|" + role + "|" + revoked.version(), person, role, callerName());
		return Outcome.of(this.people.findById(person.id()).orElse(revoked));
	}

	/**
	 * Approves a pending request: the person then holds the role. The approver is a
	 * member of the Board or of the Audit Committee other than the requester and the
	 * person.
	 */
	@PreAuthorize(DECIDERS)
	public Outcome<RoleGrantRequest> approve(String requestId, String note) {
		Validation validation = new Validation();
		validation.optionalText("note", note, NOTE_LENGTH);
		Optional<RoleGrantRequest> found = pending(requestId, validation);
		if (found.isEmpty() || validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		RoleGrantRequest request = found.get();
		Optional<Person> person = this.people.findById(request.personId());
		Optional<Person> approver = this.directory.findCaller();
		String subject = CurrentUser.required().getName();
		if (subject.equals(request.requestedBySubject())
				|| approver.map(Person::id).filter((id) -> id.equals(request.requestedByPersonId())).isPresent()) {
			validation.reject("roleGrantRequestId", UserErrorCode.SEPARATION_OF_DUTIES,
					"You asked for this role: another member of the Board or the Audit Committee approves it");
		}
		if (person.isPresent() && (subject.equals(person.get().subject())
				|| approver.map(Person::id).filter(person.get().id()::equals).isPresent())) {
			validation.reject("roleGrantRequestId", UserErrorCode.SEPARATION_OF_DUTIES,
					"The role is for you: another member of the Board or the Audit Committee approves it");
		}
		if (person.isEmpty() || !person.get().isActive()) {
			validation.reject("roleGrantRequestId", UserErrorCode.OFFBOARDED, "The person has left");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Optional<RoleGrantRequest> approved = this.requests.decide(request.id(), RoleGrantRequest.Status.APPROVED,
				subject, approver.map(Person::id).orElse(null), trimmed(note), this.clock.instant());
		if (approved.isEmpty()) {
			return Outcome.rejected("roleGrantRequestId", UserErrorCode.DECIDED, "The request was decided already");
		}
		this.audit.record("role.request.approve", "RoleGrantRequest", request.id(),
				Map.of("personId", request.personId(), "role", request.role().name()));
		give(person.get(), request.role(),
				Map.of("requestId", request.id(), "requestedBy", request.requestedBySubject(), "approvedBy", subject));
		return Outcome.of(approved.get());
	}

	/** Rejects a pending request: the person is not given the role. */
	@PreAuthorize(DECIDERS)
	public Outcome<RoleGrantRequest> reject(String requestId, String note) {
		Validation validation = new Validation();
		validation.optionalText("note", note, NOTE_LENGTH);
		Optional<RoleGrantRequest> found = pending(requestId, validation);
		if (found.isEmpty() || validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Optional<RoleGrantRequest> rejected = this.requests.decide(found.get().id(), RoleGrantRequest.Status.REJECTED,
				CurrentUser.required().getName(), this.directory.findCaller().map(Person::id).orElse(null),
				trimmed(note), this.clock.instant());
		if (rejected.isEmpty()) {
			return Outcome.rejected("roleGrantRequestId", UserErrorCode.DECIDED, "The request was decided already");
		}
		this.audit.record("role.request.reject", "RoleGrantRequest", found.get().id(),
				Map.of("personId", found.get().personId(), "role", found.get().role().name()));
		return Outcome.of(rejected.get());
	}

	/** A page of requests, newest first; one more than asked for. */
	@PreAuthorize(READERS)
	public List<RoleGrantRequest> page(RoleGrantRequest.Status status, Paging paging) {
		return this.requests.page(status, paging.after(), paging.probe());
	}

	@PreAuthorize(READERS)
	public Optional<RoleGrantRequest> find(String requestId) {
		return this.requests.find(requestId);
	}

	/**
	 * Opens a request for a handler role, as the caller; empty when one is pending for
	 * that person and role.
	 */
	Optional<RoleGrantRequest> request(Person person, Role role) {
		TenantAuthentication caller = CurrentUser.required();
		Optional<Person> requester = this.directory.findCaller();
		RoleGrantRequest request;
		try {
			request = this.requests.insert(new RoleGrantRequest(UUID.randomUUID().toString(), person.id(), role,
					RoleGrantRequest.Status.PENDING, RoleGrantRequest.pendingKeyOf(person.id(), role), caller.getName(),
					requester.map(Person::id).orElse(null), this.clock.instant(), null, null, null, null));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
		this.audit.record("role.request.open", "RoleGrantRequest", request.id(),
				Map.of("personId", person.id(), "role", role.name()));
		this.notices.requested(request, person, callerName());
		return Optional.of(request);
	}

	/** Tells the Audit Committee of a role given at once, when it is one they hear of. */
	void noticeGranted(Person person, Role role) {
		this.notices.granted(person.id() + "|" + role + "|" + person.version(), person, role, callerName());
	}

	/** Whether the role may be given through the directory at all. */
	static void grantable(Validation validation, String field, Role role) {
		if (role == null) {
			validation.reject(field, UserErrorCode.REQUIRED, "Required");
		}
		else if (!role.isDirectoryManaged()) {
			validation.reject(field, UserErrorCode.NOT_GRANTABLE, "PLATFORM_ADMIN is granted by the operator only");
		}
	}

	private Person give(Person person, Role role, Map<String, String> details) {
		Instant now = this.clock.instant();
		Person granted = this.people.addRole(person.id(), role, now).orElse(person);
		this.alignment.align(person.id());
		Map<String, String> recorded = new java.util.HashMap<>(details);
		recorded.put("role", role.name());
		this.audit.record("person.role.grant", "Person", person.id(), recorded);
		noticeGranted(granted, role);
		return this.people.findById(person.id()).orElse(granted);
	}

	private Optional<RoleGrantRequest> pending(String requestId, Validation validation) {
		Optional<RoleGrantRequest> request = Optional.ofNullable(requestId).flatMap(this.requests::find);
		if (request.isEmpty()) {
			validation.reject("roleGrantRequestId", UserErrorCode.NOT_FOUND, "No such request");
		}
		else if (request.get().status() != RoleGrantRequest.Status.PENDING) {
			validation.reject("roleGrantRequestId", UserErrorCode.DECIDED, "The request was decided already");
		}
		return request;
	}

	private boolean isCaller(Person person) {
		return Objects.equals(person.subject(), CurrentUser.required().getName());
	}

	private String callerName() {
		TenantAuthentication caller = CurrentUser.required();
		return this.directory.findCaller()
			.map(Person::displayName)
			.or(() -> Optional.ofNullable(caller.getToken().getClaimAsString("name")))
			.orElse(caller.getName());
	}

	private static String trimmed(String note) {
		return (note == null || note.isBlank()) ? null : note.trim();
	}

	/**
	 * The result of a grant.
	 *
	 * @param person the person, holding the role unless it was asked for
	 * @param request the request awaiting approval, for a handler role
	 */
	public record Grant(Person person, RoleGrantRequest request) {
	}

}
