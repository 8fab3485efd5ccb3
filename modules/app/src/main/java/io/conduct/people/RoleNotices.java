package io.conduct.people;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.conduct.notifications.NotificationKind;
import io.conduct.notifications.NotificationRequest;
import io.conduct.notifications.Notifications;
import io.conduct.platform.security.Role;

import org.springframework.stereotype.Component;

/**
 * Tells the tenant's Audit Committee about the roles that matter: every request for a
 * handler role, every grant and revocation of a handler role or of the administrators'
 * role, and every repair of roles changed outside Conduct. Each notice is written once
 * (its key).
 */
@Component
class RoleNotices {

	private final PersonStore people;

	private final Notifications notifications;

	RoleNotices(PersonStore people, Notifications notifications) {
		this.people = people;
		this.notifications = notifications;
	}

	/** Whether changes of the role are notified to the Audit Committee. */
	static boolean isNotified(Role role) {
		return role.isHandler() || role == Role.TENANT_ADMIN;
	}

	void requested(RoleGrantRequest request, Person person, String requester) {
		toAuditCommittee("role-request|" + request.id(), NotificationKind.ROLE_GRANT_REQUESTED, person.displayName(),
				request.role().name(), requester);
	}

	void granted(String key, Person person, Role role, String actor) {
		if (isNotified(role)) {
			toAuditCommittee("role-granted|" + key, NotificationKind.ROLE_GRANTED, person.displayName(), role.name(),
					actor);
		}
	}

	/**
	 * A revocation is told to the Audit Committee and to the person who lost the role: a
	 * member of the Committee who is taken off it (the last one too) hears of it.
	 */
	void revoked(String key, Person person, Role role, String actor) {
		if (isNotified(role)) {
			toAuditCommitteeAnd(person, "role-revoked|" + key, NotificationKind.ROLE_REVOKED, person.displayName(),
					role.name(), actor);
		}
	}

	void driftRepaired(String key, String whose, Set<Role> grantedBack, Set<Role> takenAway) {
		driftRepaired(key, whose, names(grantedBack), names(takenAway));
	}

	void driftRepaired(String key, String whose, String grantedBack, String takenAway) {
		toAuditCommittee("role-drift|" + key, NotificationKind.ROLE_DRIFT_REPAIRED, whose, grantedBack, takenAway);
	}

	private void toAuditCommittee(String key, NotificationKind kind, Object... arguments) {
		toAuditCommitteeAnd(null, key, kind, arguments);
	}

	private void toAuditCommitteeAnd(Person alsoTo, String key, NotificationKind kind, Object... arguments) {
		List<Person> recipients = new java.util.ArrayList<>(this.people.activeWithRole(Role.AUDIT_COMMITTEE));
		if (alsoTo != null && alsoTo.email() != null
				&& recipients.stream().noneMatch((member) -> member.id().equals(alsoTo.id()))) {
			recipients.add(alsoTo);
		}
		List<NotificationRequest> notices = recipients.stream()
			.map((member) -> new NotificationRequest(key + "|" + member.id(), kind,
					new NotificationRequest.Recipient(member.id(), member.email(), member.locale()),
					prepend(member.displayName(), arguments)))
			.toList();
		this.notifications.enqueueAll(notices);
	}

	private static List<Object> prepend(Object first, Object... rest) {
		List<Object> all = new java.util.ArrayList<>();
		all.add(first);
		all.addAll(List.of(rest));
		return all;
	}

	private static String names(Set<Role> roles) {
		return roles.isEmpty() ? "-" : roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
	}

}
