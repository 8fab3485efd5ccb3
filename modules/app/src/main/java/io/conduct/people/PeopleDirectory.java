package io.conduct.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.conduct.platform.errors.ConductException;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.TenantAuthentication;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reads the current tenant's directory. Everyone of the tenant sees the active people's
 * names and titles; tenant administrators see everything, and each person sees their own
 * entry in full.
 */
@Service
public class PeopleDirectory {

	private final PersonStore store;

	private final Clock clock;

	PeopleDirectory(PersonStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * A page of people in name order; one more than asked for, to tell whether another
	 * follows. Callers other than administrators see active people only and no reporting
	 * lines.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Person> page(PeopleFilter filter, Paging paging) {
		PeopleFilter effective = (filter != null) ? filter : PeopleFilter.NONE;
		if (effective.name() != null && effective.name().length() > 100) {
			throw ConductException.badRequest("The name filter takes at most 100 characters");
		}
		if (!isAdministrator()) {
			// the minimal directory: active people only, and no reporting lines
			effective = new PeopleFilter(effective.type(), null, PersonStatus.ACTIVE, effective.name());
		}
		return this.store.page(effective, paging.after(), paging.probe());
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Person> find(String id) {
		return this.store.findById(id).filter(this::isVisible);
	}

	/** People by id, in one query, for batch loading. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Map<String, Person> findAll(Collection<String> ids) {
		return this.store.findAllById(ids)
			.stream()
			.filter(this::isVisible)
			.collect(Collectors.toMap(Person::id, Function.identity()));
	}

	/**
	 * The caller's own entry: by subject, or, for an account that signs in for the first
	 * time (created by the realm's single sign-on, or imported), by e-mail, which links
	 * it.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Person> findCaller() {
		TenantAuthentication caller = CurrentUser.required();
		Optional<Person> bySubject = this.store.findBy("subject", caller.getName());
		if (bySubject.isPresent()) {
			return bySubject;
		}
		String email = caller.getToken().getClaimAsString("email");
		if (email == null || !Boolean.TRUE.equals(caller.getToken().getClaimAsBoolean("email_verified"))) {
			return Optional.empty();
		}
		return this.store.findBy("email", email.toLowerCase(java.util.Locale.ROOT))
			.filter((p) -> p.subject() == null && p.isActive())
			.map((p) -> this.store.save(p.withSubject(caller.getName(), this.clock.instant())));
	}

	/**
	 * The directory ids, in the current tenant, of someone known by their identity or
	 * e-mail elsewhere in the group (a member of the parent's Board who also works here):
	 * those who must be kept from what they are involved in.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Set<String> idsOf(String subject, String email) {
		Set<String> ids = new HashSet<>();
		if (subject != null) {
			this.store.findBy("subject", subject).ifPresent((p) -> ids.add(p.id()));
		}
		if (email != null) {
			this.store.findBy("email", email.toLowerCase(java.util.Locale.ROOT)).ifPresent((p) -> ids.add(p.id()));
		}
		return ids;
	}

	/** How many people are active in the tenant: the headcount figures are per. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public long activeCount() {
		return this.store.countActive();
	}

	/** Active people whose first day falls between the two days, both included. */
	@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'CFO_CAO', 'BOARD')")
	public List<Person> activeStartedBetween(LocalDate from, LocalDate to) {
		return this.store.activeStartedBetween(from, to);
	}

	/** Active people with no first day given, entered since the moment. */
	@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'CFO_CAO', 'BOARD')")
	public List<Person> activeWithoutStartDateSince(java.time.Instant since) {
		return this.store.activeWithoutStartDateSince(since);
	}

	/**
	 * Active people in id order after the given id ({@code null} for the first), for work
	 * that goes through everyone.
	 */
	@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'CFO_CAO', 'BOARD')")
	public List<Person> activeAfter(String afterId, int limit) {
		return this.store.activeAfter(afterId, Math.max(1, Math.min(limit, 1_000)));
	}

	/** The active people last granted the role through Conduct, e.g. the CFO/CAO. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Person> holdersOf(Role role) {
		return this.store.activeWithRole(role);
	}

	/**
	 * The person known by a unique key of the directory, whatever their status: how an HR
	 * or identity system finds the entry it keeps current.
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Optional<Person> findByKey(Key key, String value) {
		if (value == null || value.length() > 320) {
			return Optional.empty();
		}
		String normalized = (key == Key.EMPLOYEE_NUMBER) ? value : value.toLowerCase(java.util.Locale.ROOT);
		return this.store.findBy(key.field, normalized);
	}

	/**
	 * Everyone, whatever their status, in id order from the offset: for clients that page
	 * by position (SCIM's startIndex).
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public List<Person> inIdOrder(int offset, int limit) {
		return this.store.inIdOrder(Math.max(0, offset), Math.max(0, Math.min(limit, 1_000)));
	}

	/** How many entries the directory has, whatever their status. */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public long count() {
		return this.store.count();
	}

	/** The unique keys of a directory entry besides its id. */
	public enum Key {

		/** The sign-in name in the tenant's realm. */
		USERNAME("username"),

		/** The e-mail address. */
		EMAIL("email"),

		/** The tenant's employee number. */
		EMPLOYEE_NUMBER("employeeNumber");

		private final String field;

		Key(String field) {
			this.field = field;
		}

	}

	/** Whether the caller may see the person's full entry, not only name and title. */
	public boolean canSeeDetails(Person person) {
		return isAdministrator() || CurrentUser.authentication()
			.map((caller) -> caller.getName().equals(person.subject()))
			.orElse(false);
	}

	private boolean isVisible(Person person) {
		return person.isActive() || isAdministrator();
	}

	private static boolean isAdministrator() {
		return CurrentUser.authentication().map((a) -> a.roles().contains(Role.TENANT_ADMIN)).orElse(false);
	}

}
