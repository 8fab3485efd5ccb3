package io.conduct.people;

import java.util.Optional;

import io.conduct.platform.security.Authorities;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who reports to whom, directly or through others: what the Code's conflict checks ask
 * (nobody investigates a person they report to).
 */
@Service
public class ReportingLines {

	private static final int MAX_CHAIN = 200;

	private final PersonStore store;

	ReportingLines(PersonStore store) {
		this.store = store;
	}

	/** Whether the person reports, directly or indirectly, to the manager. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public boolean reportsTo(String personId, String managerId) {
		Optional<Person> current = this.store.findById(personId);
		for (int depth = 0; current.isPresent() && depth < MAX_CHAIN; depth++) {
			String supervisorId = current.get().supervisorId();
			if (supervisorId == null) {
				return false;
			}
			if (supervisorId.equals(managerId)) {
				return true;
			}
			current = this.store.findById(supervisorId);
		}
		return false;
	}

}
