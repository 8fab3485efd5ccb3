package io.conduct.people;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.identity.IdentityProvisioning;
import io.conduct.platform.identity.IdentityProvisioning.Account;
import io.conduct.platform.identity.AccountTakenException;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A tenant administrator's use cases: people come and go, change and get supervisors
 * (their roles: {@link RoleGrants}). Each person's account lives in the tenant's realm,
 * created for them and enrolled by e-mail.
 */
@Service
public class PeopleAdministration {

	private static final Logger logger = LoggerFactory.getLogger(PeopleAdministration.class);

	private static final int MAX_SUPERVISOR_CHAIN = 200;

	private final PersonStore store;

	private final IdentityProvisioning identities;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final RoleAlignment alignment;

	private final RoleGrants grants;

	PeopleAdministration(PersonStore store, IdentityProvisioning identities, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events, RoleAlignment alignment, RoleGrants grants) {
		this.events = events;
		this.alignment = alignment;
		this.grants = grants;
		this.store = store;
		this.identities = identities;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A person with a new account in the tenant's realm. The directory records the person
	 * and the roles first, then the account is created and brought in line; its holder
	 * chooses their own password from the enrolment e-mail. Handler roles among those
	 * asked for are requests for the Board or the Audit Committee to approve. A username
	 * or e-mail address the realm has already is refused: accounts are created, never
	 * adopted.
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<NewPerson> createPerson(PersonInput input) {
		Validation validation = PersonValidation.validate(input);
		Set<Role> asked = (input.roles() == null || input.roles().isEmpty()) ? EnumSet.of(Role.EMPLOYEE)
				: EnumSet.copyOf(input.roles());
		asked.forEach((role) -> RoleGrants.grantable(validation, "roles", role));
		Optional<Person> supervisor = resolveSupervisor(validation, input.supervisorId());
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Tenant tenant = TenantContext.required();
		String email = input.email().toLowerCase(Locale.ROOT);
		String username = (input.username() != null) ? input.username().toLowerCase(Locale.ROOT) : email;
		Validation taken = uniqueness(null, email, username, input.employeeNumber());
		if (taken.hasErrors()) {
			return Outcome.rejected(taken);
		}
		Set<Role> direct = EnumSet.noneOf(Role.class);
		asked.stream().filter((role) -> !role.isHandler()).forEach(direct::add);
		Person person = Person.joining(UUID.randomUUID().toString(),
				new Person.Name(input.givenName(), input.familyName()), new Person.Account(null, username, direct),
				new Person.Contact(email, (input.locale() != null) ? input.locale() : tenant.defaultLocale(),
						(input.country() != null) ? input.country() : tenant.country()),
				new Person.Employment(input.employeeNumber(), input.type(), input.title(), input.department(),
						supervisor.map(Person::id).orElse(null), input.startDate(), PersonStatus.ACTIVE),
				this.clock.instant());
		try {
			person = this.store.insert(person);
		}
		catch (DuplicateKeyException ex) {
			return Outcome.rejected("email", UserErrorCode.TAKEN,
					"Someone with that e-mail, username or employee number exists");
		}
		String subject;
		try {
			subject = this.identities.createAccount(tenant.key(),
					new Account(username, email, input.givenName(), input.familyName()), person.id());
		}
		catch (AccountTakenException ex) {
			this.store.delete(person.id());
			return Outcome.rejected((ex.field() == AccountTakenException.Field.EMAIL) ? "email" : "username",
					UserErrorCode.TAKEN,
					"The tenant's realm has an account with that "
							+ ((ex.field() == AccountTakenException.Field.EMAIL) ? "e-mail address" : "username")
							+ " already: accounts are created, never taken over");
		}
		catch (RuntimeException ex) {
			this.store.delete(person.id());
			throw ex;
		}
		this.store.linkAccount(person.id(), subject, this.clock.instant());
		this.alignment.align(person.id());
		boolean enrolmentSent = this.identities.enrol(tenant.key(), subject);
		Person created = this.store.findById(person.id()).orElseThrow();
		List<RoleGrantRequest> requested = asked.stream()
			.filter(Role::isHandler)
			.map((role) -> this.grants.request(created, role))
			.flatMap(Optional::stream)
			.toList();
		direct.forEach((role) -> this.grants.noticeGranted(created, role));
		logger.info("Person {} created with roles {}, asked for {}", created.id(), direct,
				requested.stream().map(RoleGrantRequest::role).toList());
		this.audit.record("person.create", "Person", created.id(),
				Map.of("roles", direct.toString(), "enrolmentEmailSent", String.valueOf(enrolmentSent)));
		this.events.publishEvent(new PeopleJoined(List.of(created.id())));
		return Outcome.of(new NewPerson(created, requested, enrolmentSent));
	}

	/**
	 * Sends the enrolment e-mail again, e.g. when its link expired or the mail server was
	 * down: the person chooses their password themself.
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<Person> sendEnrolment(String personId) {
		Optional<Person> found = this.store.findById(personId);
		if (found.isEmpty()) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		Person person = found.get();
		if (person.subject() == null) {
			return Outcome.rejected("personId", UserErrorCode.NO_ACCOUNT,
					"The person has no account in the tenant's realm yet");
		}
		if (!person.isActive()) {
			return Outcome.rejected("personId", UserErrorCode.OFFBOARDED, "The person was offboarded");
		}
		if (!this.identities.enrol(TenantContext.required().key(), person.subject())) {
			return Outcome.rejected("personId", UserErrorCode.NOT_CONFIGURED,
					"The tenant's realm could not send the e-mail; check its mail server and try again");
		}
		this.audit.record("person.enrolment.send", "Person", personId, Map.of());
		return Outcome.of(person);
	}

	/**
	 * The directory entry of one of a tenant's first people, named by the operator at
	 * onboarding: its administrator and its first Board members, who then approve every
	 * further handler role (the bootstrap of the two-person rule). Their account exists
	 * already; the roles are recorded, then brought to the realm. Idempotent by subject.
	 */
	@PreAuthorize(Authorities.PLATFORM_ADMIN)
	public Person registerFounder(String subject, Account account, PersonType type, Set<Role> roles) {
		Tenant tenant = TenantContext.required();
		Optional<Person> existing = this.store.findBy("subject", subject);
		Person person = existing.orElseGet(() -> this.store.insert(Person.joining(UUID.randomUUID().toString(),
				new Person.Name(account.firstName(), account.lastName()),
				new Person.Account(subject, account.username(), roles),
				new Person.Contact(account.email(), tenant.defaultLocale(), tenant.country()),
				new Person.Employment(null, type, null, null, null, null, PersonStatus.ACTIVE), this.clock.instant())));
		this.alignment.align(person.id());
		if (existing.isEmpty()) {
			this.audit.record("person.create", "Person", person.id(),
					Map.of("roles", roles.toString(), "namedAtOnboarding", "true"));
			this.events.publishEvent(new PeopleJoined(List.of(person.id())));
		}
		return person;
	}

	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<Person> updatePerson(String personId, Person.PersonChanges changes) {
		Optional<Person> found = this.store.findById(personId);
		if (found.isEmpty()) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		PersonInput asInput = new PersonInput(changes.givenName(), changes.familyName(), changes.email(), null,
				changes.employeeNumber(), changes.type(), changes.title(), changes.department(), null,
				changes.startDate(), changes.locale(), changes.country(), null);
		Validation validation = PersonValidation.validate(asInput);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Person.PersonChanges normalized = new Person.PersonChanges(changes.givenName().trim(),
				changes.familyName().trim(), changes.email().toLowerCase(Locale.ROOT), changes.employeeNumber(),
				changes.type(), changes.title(), changes.department(), changes.startDate(),
				(changes.locale() != null) ? changes.locale() : found.get().locale(),
				(changes.country() != null) ? changes.country() : found.get().country());
		Validation taken = uniqueness(personId, normalized.email(), null, normalized.employeeNumber());
		if (taken.hasErrors()) {
			return Outcome.rejected(taken);
		}
		Person before = found.get();
		boolean contactChanged = !before.email().equals(normalized.email())
				|| !before.givenName().equals(normalized.givenName())
				|| !before.familyName().equals(normalized.familyName());
		if (before.subject() != null && contactChanged) {
			try {
				this.identities.updateContact(TenantContext.required().key(), before.subject(), normalized.email(),
						normalized.givenName(), normalized.familyName());
			}
			catch (AccountTakenException ex) {
				return Outcome.rejected("email", UserErrorCode.TAKEN, ex.getMessage());
			}
		}
		Person updated = this.store.save(before.withChanges(normalized, this.clock.instant()));
		this.audit.recordChange("person.update", "Person", personId, found.get().auditedFields(),
				updated.auditedFields(), Map.of());
		if (found.get().type() != updated.type()) {
			this.events.publishEvent(new PersonTypeChanged(personId, found.get().type(), updated.type()));
		}
		return Outcome.of(updated);
	}

	/** Disables the person's account and keeps every record. */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<Person> offboardPerson(String personId) {
		Optional<Person> found = this.store.findById(personId);
		if (found.isEmpty()) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		Person person = found.get();
		if (person.subject() != null) {
			this.identities.setEnabled(TenantContext.required().key(), person.subject(), false);
		}
		Person offboarded = this.store.save(person.withStatus(PersonStatus.OFFBOARDED, this.clock.instant()));
		this.audit.record("person.offboard", "Person", personId, Map.of());
		this.events.publishEvent(new PersonLeft(personId));
		return Outcome.of(offboarded);
	}

	/**
	 * Makes one person the supervisor of another, or none; refuses a chain that would
	 * lead back to the person.
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<Person> assignSupervisor(String personId, String supervisorId) {
		Optional<Person> found = this.store.findById(personId);
		if (found.isEmpty()) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		Validation validation = new Validation();
		Optional<Person> supervisor = resolveSupervisor(validation, supervisorId);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		if (supervisor.isPresent() && leadsBackTo(personId, supervisor.get())) {
			return Outcome.rejected("supervisorId", UserErrorCode.CYCLE,
					"That supervisor reports, directly or indirectly, to this person");
		}
		Person person = found.get();
		Person assigned = this.store
			.save(person.withSupervisor(supervisor.map(Person::id).orElse(null), this.clock.instant()));
		this.audit.record("person.supervisor.assign", "Person", personId,
				Map.of("supervisorId", String.valueOf(assigned.supervisorId())));
		return Outcome.of(assigned);
	}

	private boolean leadsBackTo(String personId, Person supervisor) {
		Person current = supervisor;
		for (int depth = 0; current != null && depth < MAX_SUPERVISOR_CHAIN; depth++) {
			if (current.id().equals(personId)) {
				return true;
			}
			current = (current.supervisorId() != null) ? this.store.findById(current.supervisorId()).orElse(null)
					: null;
		}
		return current != null;
	}

	private Optional<Person> resolveSupervisor(Validation validation, String supervisorId) {
		if (supervisorId == null) {
			return Optional.empty();
		}
		Optional<Person> supervisor = this.store.findById(supervisorId).filter(Person::isActive);
		if (supervisor.isEmpty()) {
			validation.reject("supervisorId", UserErrorCode.NOT_FOUND, "No active person with that id");
		}
		return supervisor;
	}

	private Validation uniqueness(String personId, String email, String username, String employeeNumber) {
		Validation validation = new Validation();
		if (this.store.findBy("email", email).filter((p) -> !p.id().equals(personId)).isPresent()) {
			validation.reject("email", UserErrorCode.TAKEN, "Someone else has that e-mail address");
		}
		if (username != null
				&& this.store.findBy("username", username).filter((p) -> !p.id().equals(personId)).isPresent()) {
			validation.reject("username", UserErrorCode.TAKEN, "Someone else has that username");
		}
		if (employeeNumber != null && this.store.findBy("employeeNumber", employeeNumber)
			.filter((p) -> !p.id().equals(personId))
			.isPresent()) {
			validation.reject("employeeNumber", UserErrorCode.TAKEN, "Someone else has that employee number");
		}
		return validation;
	}

	/**
	 * A person just created.
	 *
	 * @param person the directory entry, linked to its new account
	 * @param roleGrantRequests the handler roles asked for, awaiting approval
	 * @param enrolmentEmailSent whether the enrolment e-mail went out
	 * ({@link #sendEnrolment} sends it again)
	 */
	public record NewPerson(Person person, List<RoleGrantRequest> roleGrantRequests, boolean enrolmentEmailSent) {
	}

}
