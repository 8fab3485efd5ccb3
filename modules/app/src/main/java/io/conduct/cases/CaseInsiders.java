package io.conduct.cases;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who knows of an open case that may be material non-public information about the
 * Company: a concern about accounting or auditing, or a violation of law. The insider
 * trading rules put them on an event blackout for the Company's securities while such a
 * case is open, without telling them why. The answer names no case, category or reporter:
 * only the roles whose holders handle or are informed of such cases, and the people who
 * handle or investigate them by name. The one type of this module other modules use.
 */
@Service
public class CaseInsiders {

	/** The categories whose cases make their handlers insiders. */
	static final Set<ReportCategory> CATEGORIES = EnumSet.of(ReportCategory.ACCOUNTING_OR_AUDITING,
			ReportCategory.VIOLATION_OF_LAW);

	private final CaseStore store;

	CaseInsiders(CaseStore store) {
		this.store = store;
	}

	/**
	 * The insiders of the current tenant's open cases about accounting, auditing or a
	 * violation of law, now. Callers check their own roles; what they learn must not
	 * reach the people named beyond "not cleared".
	 * @return the roles and people, empty when no such case is open
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Insiders openCaseInsiders() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Set<String> people = new HashSet<>();
		for (Case open : this.store.openOfCategories(CATEGORIES)) {
			if (open.routing() != null) {
				roles.addAll(open.routing().handlerRoles());
				roles.addAll(open.routing().informedRoles());
				people.addAll(open.routing().handlerPersonIds());
			}
			if (open.investigation() != null) {
				people.addAll(open.investigation().investigatorIds());
			}
		}
		return new Insiders(roles, people);
	}

	/**
	 * The insiders of open cases.
	 *
	 * @param roles the roles whose holders handle or are informed of one
	 * @param personIds the directory ids of the people who handle or investigate one by
	 * name
	 */
	public record Insiders(Set<Role> roles, Set<String> personIds) {

		public Insiders {
			roles = (roles == null || roles.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
			personIds = (personIds != null) ? Set.copyOf(personIds) : Set.of();
		}

		/** Whether no such case is open. */
		public boolean isEmpty() {
			return this.roles.isEmpty() && this.personIds.isEmpty();
		}

	}

}
