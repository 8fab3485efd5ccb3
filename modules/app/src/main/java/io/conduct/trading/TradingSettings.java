package io.conduct.trading;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.conduct.people.Person;
import io.conduct.people.PersonType;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tenant's pre-clearance settings, which its CFO/CAO sets: how long a clearance is
 * valid, who is subject besides executive officers and directors, the delegates who may
 * answer requests, and both ends of the quarterly blackout windows.
 *
 * @param id always {@value #ID}
 * @param clearanceTradingDays trading days of the security's exchange a clearance is
 * valid after the day of its approval, ending at that day's close
 * @param subjectScope everyone, or the members of the named groups
 * @param subjectGroups the named groups
 * @param delegatePersonIds the people who may answer requests besides the CFO/CAO
 * @param blackoutStartDay the day of each quarter's last month its window opens
 * @param blackoutEndTradingDays full trading days after the earnings release it lasts
 * @param updatedAt when they last changed; {@code null} for the defaults
 */
@Document("trading_settings")
record TradingSettings(@Id String id, int clearanceTradingDays, SubjectScope subjectScope,
		List<SubjectGroup> subjectGroups, List<String> delegatePersonIds, int blackoutStartDay,
		int blackoutEndTradingDays, Instant updatedAt) {

	static final String ID = "settings";

	static final int MAX_CLEARANCE_DAYS = 10;

	TradingSettings {
		subjectGroups = (subjectGroups != null) ? List.copyOf(subjectGroups) : List.of();
		delegatePersonIds = (delegatePersonIds != null) ? List.copyOf(delegatePersonIds) : List.of();
		subjectScope = (subjectScope != null) ? subjectScope : SubjectScope.EVERYONE;
	}

	static TradingSettings defaults(TradingRules.Defaults defaults) {
		return new TradingSettings(ID, defaults.clearanceTradingDays(), SubjectScope.EVERYONE, List.of(), List.of(),
				defaults.blackoutStartDay(), defaults.blackoutEndTradingDays(), null);
	}

	/** Whether the person is subject to pre-clearance, and why (or why not), in words. */
	Subjection subjection(Person person) {
		PersonType type = person.type();
		if (type != null && type.isExecutiveOrDirector()) {
			return new Subjection(true, (type == PersonType.DIRECTOR) ? "a director" : "an executive officer");
		}
		if (this.subjectScope == SubjectScope.EVERYONE) {
			return new Subjection(true, "everyone of the company is subject");
		}
		for (SubjectGroup group : this.subjectGroups) {
			if (group.includes(person)) {
				return new Subjection(true, "a member of the group " + group.name());
			}
		}
		return new Subjection(false, "in none of the groups subject to pre-clearance");
	}

	boolean isDelegate(String personId) {
		return personId != null && this.delegatePersonIds.contains(personId);
	}

	/**
	 * Whether someone is subject to pre-clearance.
	 *
	 * @param subject whether they are
	 * @param basis why, in words
	 */
	record Subjection(boolean subject, String basis) {
	}

	/**
	 * A named group of people subject to pre-clearance: by person type, department, or by
	 * name.
	 *
	 * @param name its name
	 * @param personTypes the person types it includes
	 * @param departments the departments it includes
	 * @param personIds the people it names
	 */
	record SubjectGroup(String name, Set<PersonType> personTypes, List<String> departments, List<String> personIds) {

		SubjectGroup {
			personTypes = (personTypes == null || personTypes.isEmpty()) ? Set.of()
					: Set.copyOf(EnumSet.copyOf(personTypes));
			departments = (departments != null) ? List.copyOf(departments) : List.of();
			personIds = (personIds != null) ? List.copyOf(personIds) : List.of();
		}

		boolean includes(Person person) {
			return this.personIds.contains(person.id())
					|| (person.type() != null && this.personTypes.contains(person.type()))
					|| (person.department() != null
							&& this.departments.stream().anyMatch((d) -> d.equalsIgnoreCase(person.department())));
		}

	}

}
