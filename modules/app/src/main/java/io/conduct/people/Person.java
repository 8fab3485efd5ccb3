package io.conduct.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.conduct.platform.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person of one tenant, kept in the tenant's database.
 *
 * @param id the id
 * @param subject the identity in the tenant's realm (the token's {@code sub}), once
 * linked
 * @param username the sign-in name in the realm
 * @param givenName given name
 * @param familyName family name
 * @param sortName lower-case "family given", for ordering and prefix search
 * @param email lower-case e-mail address
 * @param employeeNumber the tenant's employee number, unique in the tenant
 * @param type person type
 * @param title job title
 * @param department department
 * @param supervisorId the supervisor's person id
 * @param startDate first day of work
 * @param locale BCP 47 language tag of the person's language
 * @param country ISO 3166 country where the person works
 * @param status active or offboarded
 * @param roles the realm roles last granted through Conduct, for the directory; requests
 * are authorized by the roles in the token
 * @param relatives declared relatives
 * @param createdAt when the entry was made
 * @param updatedAt when it last changed
 * @param version optimistic lock
 */
@Document("people")
public record Person(@Id String id, String subject, String username, String givenName, String familyName,
		String sortName, String email, String employeeNumber, PersonType type, String title, String department,
		String supervisorId, LocalDate startDate, String locale, String country, PersonStatus status, Set<Role> roles,
		List<Relative> relatives, Instant createdAt, Instant updatedAt, @Version Long version) {

	public Person {
		roles = (roles == null || roles.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		relatives = (relatives != null) ? List.copyOf(relatives) : List.of();
	}

	public String displayName() {
		return (this.givenName + " " + this.familyName).trim();
	}

	/** Whether the person has an account in the tenant's realm. */
	public boolean hasAccount() {
		return this.subject != null;
	}

	public boolean isActive() {
		return this.status == PersonStatus.ACTIVE;
	}

	/**
	 * Whether the other person is in this person's immediate family, by either one's
	 * declaration.
	 */
	public boolean isImmediateFamilyOf(Person other) {
		return declares(other.id) || other.declares(this.id);
	}

	/**
	 * Whether the other person is this person's close relative, by either one's
	 * declaration.
	 */
	public boolean isCloseRelativeOf(Person other) {
		return this.relatives.stream().anyMatch((r) -> other.id.equals(r.personId()) && r.relation().isCloseRelative())
				|| other.relatives.stream()
					.anyMatch((r) -> this.id.equals(r.personId()) && r.relation().isCloseRelative());
	}

	private boolean declares(String personId) {
		return this.relatives.stream().anyMatch((r) -> personId.equals(r.personId()));
	}

	static String sortNameOf(String givenName, String familyName) {
		return (familyName + " " + givenName).trim().toLowerCase(Locale.ROOT);
	}

	Person withSupervisor(String newSupervisorId, Instant now) {
		return with(this.subject, newSupervisorId, this.status, this.roles, this.relatives, now);
	}

	Person withStatus(PersonStatus newStatus, Instant now) {
		return with(this.subject, this.supervisorId, newStatus, this.roles, this.relatives, now);
	}

	Person withRoles(Set<Role> newRoles, Instant now) {
		return with(this.subject, this.supervisorId, this.status, newRoles, this.relatives, now);
	}

	Person withRelatives(List<Relative> newRelatives, Instant now) {
		return with(this.subject, this.supervisorId, this.status, this.roles, newRelatives, now);
	}

	Person withSubject(String newSubject, Instant now) {
		return with(newSubject, this.supervisorId, this.status, this.roles, this.relatives, now);
	}

	// the one place that copies the descriptive fields, for the withers above
	private Person with(String newSubject, String newSupervisorId, PersonStatus newStatus, Set<Role> newRoles,
			List<Relative> newRelatives, Instant now) {
		return new Person(this.id, newSubject, this.username, this.givenName, this.familyName, this.sortName,
				this.email, this.employeeNumber, this.type, this.title, this.department, newSupervisorId,
				this.startDate, this.locale, this.country, newStatus, newRoles, newRelatives, this.createdAt, now,
				this.version);
	}

	Person withChanges(PersonChanges changes, Instant now) {
		return new Person(this.id, this.subject, this.username, changes.givenName(), changes.familyName(),
				sortNameOf(changes.givenName(), changes.familyName()), changes.email(), changes.employeeNumber(),
				changes.type(), changes.title(), changes.department(), this.supervisorId, changes.startDate(),
				changes.locale(), changes.country(), this.status, this.roles, this.relatives, this.createdAt, now,
				this.version);
	}

	/**
	 * The descriptive fields of a person that an administrator edits.
	 *
	 * @param givenName given name
	 * @param familyName family name
	 * @param email e-mail address
	 * @param employeeNumber employee number
	 * @param type person type
	 * @param title job title
	 * @param department department
	 * @param startDate first day of work
	 * @param locale language tag
	 * @param country country code
	 */
	public record PersonChanges(String givenName, String familyName, String email, String employeeNumber,
			PersonType type, String title, String department, LocalDate startDate, String locale, String country) {
	}

}
