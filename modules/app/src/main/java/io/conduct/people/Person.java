package io.conduct.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.conduct.platform.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A person of one tenant, kept in the tenant's database. Its fields come in named groups
 * ({@link Name}, {@link Account}, {@link Contact}, {@link Employment}), each stored
 * unwrapped, so the document keeps one flat field per value and a new field touches one
 * group.
 *
 * @param id the id
 * @param name how the person is called
 * @param account their identity in the tenant's realm
 * @param contact how to reach them: e-mail, language, country
 * @param employment their place in the tenant: number, type, title, department,
 * supervisor, first day, status
 * @param relatives declared relatives
 * @param createdAt when the entry was made
 * @param updatedAt when it last changed
 * @param version optimistic lock
 */
@Document("people")
public record Person(@Id String id, @Unwrapped.Empty Name name, @Unwrapped.Empty Account account,
		@Unwrapped.Empty Contact contact, @Unwrapped.Empty Employment employment, List<Relative> relatives,
		Instant createdAt, Instant updatedAt, @Version Long version) {

	/** The GraphQL type whose global ids name people. */
	public static final String GRAPHQL_TYPE = "Person";

	public Person {
		name = (name != null) ? name : new Name(null, null);
		account = (account != null) ? account : Account.NONE;
		contact = (contact != null) ? contact : new Contact(null, null, null);
		employment = (employment != null) ? employment
				: new Employment(null, null, null, null, null, null, PersonStatus.ACTIVE);
		relatives = (relatives != null) ? List.copyOf(relatives) : List.of();
	}

	/** A new entry of the directory, not stored yet. */
	static Person joining(String id, Name name, Account account, Contact contact, Employment employment, Instant now) {
		return new Person(id, name, account, contact, employment, List.of(), now, now, null);
	}

	/**
	 * How a person is called.
	 *
	 * @param givenName given name
	 * @param familyName family name
	 * @param sortName lower-case "family given", for ordering and prefix search
	 */
	public record Name(String givenName, String familyName, String sortName) {

		/** A name with its sort name, trimmed. */
		public Name(String givenName, String familyName) {
			this(trim(givenName), trim(familyName), sortNameOf(trim(givenName), trim(familyName)));
		}

		public String displayName() {
			return (this.givenName + " " + this.familyName).trim();
		}

		private static String trim(String value) {
			return (value != null) ? value.trim() : null;
		}

		private static String sortNameOf(String givenName, String familyName) {
			return (givenName == null && familyName == null) ? null
					: (familyName + " " + givenName).trim().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A person's identity in the tenant's realm.
	 *
	 * @param subject the identity (the token's {@code sub}), once linked
	 * @param username the sign-in name in the realm
	 * @param roles the realm roles last granted through Conduct, for the directory;
	 * requests are authorized by the roles in the token
	 */
	public record Account(String subject, String username, Set<Role> roles) {

		static final Account NONE = new Account(null, null, Set.of());

		public Account {
			roles = (roles == null || roles.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		}

	}

	/**
	 * How to reach a person.
	 *
	 * @param email lower-case e-mail address
	 * @param locale BCP 47 language tag of the person's language
	 * @param country ISO 3166 country where the person works
	 */
	public record Contact(String email, String locale, String country) {

		public Contact {
			email = (email != null) ? email.toLowerCase(Locale.ROOT) : null;
		}

	}

	/**
	 * A person's place in the tenant.
	 *
	 * @param employeeNumber the tenant's employee number, unique in the tenant
	 * @param type person type, as the Code distinguishes them
	 * @param title job title
	 * @param department department
	 * @param supervisorId the supervisor's person id
	 * @param startDate first day of work
	 * @param status active or offboarded
	 */
	public record Employment(String employeeNumber, PersonType type, String title, String department,
			String supervisorId, LocalDate startDate, PersonStatus status) {

		Employment withSupervisor(String newSupervisorId) {
			return new Employment(this.employeeNumber, this.type, this.title, this.department, newSupervisorId,
					this.startDate, this.status);
		}

		Employment withStatus(PersonStatus newStatus) {
			return new Employment(this.employeeNumber, this.type, this.title, this.department, this.supervisorId,
					this.startDate, newStatus);
		}

	}

	public String subject() {
		return this.account.subject();
	}

	public String username() {
		return this.account.username();
	}

	public Set<Role> roles() {
		return this.account.roles();
	}

	public String givenName() {
		return this.name.givenName();
	}

	public String familyName() {
		return this.name.familyName();
	}

	public String sortName() {
		return this.name.sortName();
	}

	public String displayName() {
		return this.name.displayName();
	}

	public String email() {
		return this.contact.email();
	}

	public String locale() {
		return this.contact.locale();
	}

	public String country() {
		return this.contact.country();
	}

	public String employeeNumber() {
		return this.employment.employeeNumber();
	}

	public PersonType type() {
		return this.employment.type();
	}

	public String title() {
		return this.employment.title();
	}

	public String department() {
		return this.employment.department();
	}

	public String supervisorId() {
		return this.employment.supervisorId();
	}

	public LocalDate startDate() {
		return this.employment.startDate();
	}

	public PersonStatus status() {
		return this.employment.status();
	}

	/** Whether the person has an account in the tenant's realm. */
	public boolean hasAccount() {
		return this.account.subject() != null;
	}

	public boolean isActive() {
		return this.employment.status() == PersonStatus.ACTIVE;
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

	Person withSupervisor(String newSupervisorId, Instant now) {
		return new Person(this.id, this.name, this.account, this.contact,
				this.employment.withSupervisor(newSupervisorId), this.relatives, this.createdAt, now, this.version);
	}

	Person withStatus(PersonStatus newStatus, Instant now) {
		return new Person(this.id, this.name, this.account, this.contact, this.employment.withStatus(newStatus),
				this.relatives, this.createdAt, now, this.version);
	}

	Person withRoles(Set<Role> newRoles, Instant now) {
		return withAccount(new Account(this.account.subject(), this.account.username(), newRoles), now);
	}

	Person withSubject(String newSubject, Instant now) {
		return withAccount(new Account(newSubject, this.account.username(), this.account.roles()), now);
	}

	private Person withAccount(Account newAccount, Instant now) {
		return new Person(this.id, this.name, newAccount, this.contact, this.employment, this.relatives, this.createdAt,
				now, this.version);
	}

	Person withRelatives(List<Relative> newRelatives, Instant now) {
		return new Person(this.id, this.name, this.account, this.contact, this.employment, newRelatives, this.createdAt,
				now, this.version);
	}

	/** The descriptive fields changed; the supervisor and status stay. */
	/**
	 * The fields an administrator or an import changes, by name, as the audit trail
	 * records them before and after a change.
	 */
	Map<String, Object> auditedFields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("givenName", this.name.givenName());
		fields.put("familyName", this.name.familyName());
		fields.put("email", this.contact.email());
		fields.put("employeeNumber", this.employment.employeeNumber());
		fields.put("type", this.employment.type());
		fields.put("title", this.employment.title());
		fields.put("department", this.employment.department());
		fields.put("startDate", this.employment.startDate());
		fields.put("locale", this.contact.locale());
		fields.put("country", this.contact.country());
		return fields;
	}

	Person withChanges(PersonChanges changes, Instant now) {
		return new Person(this.id, new Name(changes.givenName(), changes.familyName()), this.account,
				new Contact(changes.email(), changes.locale(), changes.country()),
				new Employment(changes.employeeNumber(), changes.type(), changes.title(), changes.department(),
						this.employment.supervisorId(), changes.startDate(), this.employment.status()),
				this.relatives, this.createdAt, now, this.version);
	}

	/**
	 * The descriptive fields of a person that an administrator edits, or an import row
	 * sets.
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
