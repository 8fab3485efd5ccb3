package io.conduct.trading;

import java.util.Optional;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who the caller is to the insider trading desk: the CFO/CAO (who sees everything, event
 * windows and the watch list included), a delegate the CFO/CAO named (who answers
 * requests but sees no confidential rule), or a person asking for themselves.
 */
@Component
class TradingAccess {

	private final PeopleDirectory people;

	private final TradingStore store;

	private final TradingRules rules;

	TradingAccess(PeopleDirectory people, TradingStore store, TradingRules rules) {
		this.people = people;
		this.store = store;
		this.rules = rules;
	}

	/** The caller's directory entry; without one nobody asks or records. */
	Person caller() {
		return this.people.findCaller()
			.orElseThrow(() -> new ConductException(ErrorCode.FORBIDDEN, "You have no entry in the directory"));
	}

	Optional<Person> callerIfAny() {
		return this.people.findCaller();
	}

	static boolean isCfo() {
		return CurrentUser.authentication().map((a) -> a.roles().contains(Role.CFO_CAO)).orElse(false);
	}

	/** The caller at the desk: the CFO/CAO or a named delegate; else empty. */
	Optional<Desk> desk() {
		boolean cfo = isCfo();
		Optional<Person> caller = callerIfAny();
		if (cfo) {
			return Optional.of(new Desk(caller.orElse(null), true));
		}
		TradingSettings settings = this.store.settings(this.rules.defaults());
		return caller.filter((p) -> settings.isDelegate(p.id())).map((p) -> new Desk(p, false));
	}

	Desk requireDesk() {
		return desk().orElseThrow(() -> new ConductException(ErrorCode.FORBIDDEN,
				"Only the CFO/CAO and the delegates they named work at the trading desk"));
	}

	static void requireCfo() {
		if (!isCfo()) {
			throw new ConductException(ErrorCode.FORBIDDEN, "Only the CFO/CAO does this");
		}
	}

	/** Whether the caller sees confidential findings: the CFO/CAO alone. */
	static boolean seesConfidential() {
		return isCfo();
	}

	/**
	 * Someone at the trading desk.
	 *
	 * @param person their directory entry ({@code null} for the system)
	 * @param cfo whether they are the CFO/CAO (else a delegate)
	 */
	record Desk(Person person, boolean cfo) {

		String personId() {
			return (this.person != null) ? this.person.id() : null;
		}

	}

}
