package io.conduct.cases;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.TenantContext;

import org.springframework.stereotype.Component;

/**
 * Finds the handlers a report names in its own words. A public reporter cannot pick from
 * the directory, and a signed-in one may type a name instead: a written name that is,
 * exactly, the directory's display name of someone who holds a handler role (CFO/CAO,
 * CEO, Treasurer, Audit Committee, Board) names that person, so that the routing rules
 * keep the report from them. The match is deliberately narrow (the whole name, after
 * Unicode normalisation, case folding and collapsing spaces): a wrong match only sends a
 * report higher up, and nobody else is matched, since only handlers' involvement changes
 * who handles a report. Anything looser is left to the handlers, who mark people as
 * involved after intake.
 */
@Component
class HandlerNames {

	static final Set<Role> HANDLER_ROLES = EnumSet.of(Role.CFO_CAO, Role.CEO, Role.TREASURER, Role.AUDIT_COMMITTEE,
			Role.BOARD);

	private final PeopleDirectory people;

	HandlerNames(PeopleDirectory people) {
		this.people = people;
	}

	/**
	 * The handlers of the current tenant that each written name names, by name; names
	 * that name nobody are left out.
	 */
	Map<String, List<Person>> named(List<String> writtenNames) {
		if (writtenNames.isEmpty()) {
			return Map.of();
		}
		Map<String, List<Person>> byName = new HashMap<>();
		for (Person holder : asDirectoryReader(this::holders)) {
			byName.computeIfAbsent(normalized(holder.displayName()), (k) -> new java.util.ArrayList<>()).add(holder);
		}
		Map<String, List<Person>> named = new HashMap<>();
		for (String written : writtenNames) {
			List<Person> matches = byName.get(normalized(written));
			if (matches != null) {
				named.put(written, matches);
			}
		}
		return named;
	}

	private List<Person> holders() {
		Map<String, Person> holders = new java.util.LinkedHashMap<>();
		for (Role role : HANDLER_ROLES) {
			this.people.holdersOf(role).forEach((p) -> holders.putIfAbsent(p.id(), p));
		}
		return List.copyOf(holders.values());
	}

	/**
	 * Reads the directory as the caller, or, for a caller without an account (the public
	 * intake), as the system: the names of handlers are no secret to the tenant's people,
	 * and nothing read leaves this class but the matches.
	 */
	private static <T> T asDirectoryReader(Supplier<T> reading) {
		if (CurrentUser.authentication().isPresent()) {
			return reading.get();
		}
		return SystemActor.callAs(TenantContext.required(), EnumSet.of(Role.EMPLOYEE), reading);
	}

	static String normalized(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
	}

}
