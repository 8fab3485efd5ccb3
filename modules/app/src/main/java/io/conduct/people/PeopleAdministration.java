package io.conduct.people;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.identity.IdentityProvisioning;
import io.conduct.platform.identity.IdentityProvisioning.Account;
import io.conduct.platform.identity.TemporaryPasswords;
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
 * A tenant administrator's use cases: people come and go, get roles and supervisors. Each
 * person's account lives in the tenant's realm; roles are realm role mappings.
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

	PeopleAdministration(PersonStore store, IdentityProvisioning identities, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.identities = identities;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A person with an account in the tenant's realm, holding the given roles. The
	 * account gets a temporary password, returned once.
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<NewPerson> createPerson(PersonInput input) {
		Validation validation = PersonValidation.validate(input);
		validateRoles(validation, "roles", input.roles());
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
		Set<Role> roles = (input.roles() == null || input.roles().isEmpty()) ? EnumSet.of(Role.EMPLOYEE)
				: EnumSet.copyOf(input.roles());
		String subject = this.identities.ensureAccount(tenant.key(),
				new Account(username, email, input.givenName(), input.familyName()));
		String temporaryPassword = TemporaryPasswords.generate();
		this.identities.setTemporaryPassword(tenant.key(), subject, temporaryPassword);
		this.identities.grantRoles(tenant.key(), subject, roles);
		Person person = Person.joining(UUID.randomUUID().toString(),
				new Person.Name(input.givenName(), input.familyName()), new Person.Account(subject, username, roles),
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
		logger.info("Person {} created with roles {}", person.id(), roles);
		this.audit.record("person.create", "Person", person.id(), Map.of("roles", roles.toString()));
		this.events.publishEvent(new PeopleJoined(List.of(person.id())));
		return Outcome.of(new NewPerson(person, temporaryPassword));
	}

	/**
	 * The directory entry of an account that already exists in the realm, such as the
	 * first administrator made while onboarding. Idempotent by subject.
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Person registerAccountHolder(String subject, Account account, Set<Role> roles) {
		Tenant tenant = TenantContext.required();
		Optional<Person> existing = this.store.findBy("subject", subject);
		if (existing.isPresent()) {
			return existing.get();
		}
		return this.store.insert(
				Person.joining(UUID.randomUUID().toString(), new Person.Name(account.firstName(), account.lastName()),
						new Person.Account(subject, account.username(), roles),
						new Person.Contact(account.email(), tenant.defaultLocale(), tenant.country()),
						new Person.Employment(null, PersonType.EMPLOYEE, null, null, null, null, PersonStatus.ACTIVE),
						this.clock.instant()));
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
		Person updated = this.store.save(found.get().withChanges(normalized, this.clock.instant()));
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

	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<Person> grantRole(String personId, Role role) {
		return changeRole(personId, role, true);
	}

	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<Person> revokeRole(String personId, Role role) {
		return changeRole(personId, role, false);
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

	private Outcome<Person> changeRole(String personId, Role role, boolean grant) {
		Optional<Person> found = this.store.findById(personId);
		if (found.isEmpty()) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		Validation validation = new Validation();
		validateRoles(validation, "role", (role != null) ? Set.of(role) : null);
		if (role == null) {
			validation.reject("role", UserErrorCode.REQUIRED, "Required");
		}
		Person person = found.get();
		if (person.subject() == null) {
			validation.reject("personId", UserErrorCode.NO_ACCOUNT,
					"The person has no account in the tenant's realm yet");
		}
		if (!person.isActive()) {
			validation.reject("personId", UserErrorCode.OFFBOARDED, "The person was offboarded");
		}
		if (grant && person.subject() != null
				&& person.subject().equals(io.conduct.platform.security.CurrentUser.required().getName())) {
			validation.reject("personId", UserErrorCode.SELF_GRANT, "Another administrator must grant your roles");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		String tenantKey = TenantContext.required().key();
		Set<Role> roles = new HashSet<>(person.roles());
		if (grant) {
			this.identities.grantRoles(tenantKey, person.subject(), Set.of(role));
			roles.add(role);
		}
		else {
			this.identities.revokeRoles(tenantKey, person.subject(), Set.of(role));
			roles.remove(role);
		}
		Person changed = this.store.save(person.withRoles(roles, this.clock.instant()));
		this.audit.record(grant ? "person.role.grant" : "person.role.revoke", "Person", personId,
				Map.of("role", role.name()));
		return Outcome.of(changed);
	}

	private static void validateRoles(Validation validation, String field, Set<Role> roles) {
		if (roles != null && roles.contains(Role.PLATFORM_ADMIN)) {
			validation.reject(field, UserErrorCode.NOT_GRANTABLE, "PLATFORM_ADMIN is granted by the operator only");
		}
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
	 * A person just created, with the account's temporary password, shown once.
	 *
	 * @param person the directory entry
	 * @param temporaryPassword must be changed at first sign-in
	 */
	public record NewPerson(Person person, String temporaryPassword) {
	}

}
