package io.conduct.gifts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.conduct.notifications.NotificationKind;
import io.conduct.notifications.NotificationRequest;
import io.conduct.notifications.Notifications;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.security.Role;

import org.springframework.stereotype.Component;

/**
 * Tells people of the gift register's entries, in their language, once per key: the
 * supervisor and the CFO/CAO of a flagged or refused entry, the CFO/CAO of a request for
 * prior approval, the requester of the decision, the supervisor of a gift returned, and
 * the recorder and the CFO/CAO of a disposition overdue. Never the recorder of their own
 * entry, except to tell them what others decided.
 */
@Component
class GiftNotifications {

	private final Notifications notifications;

	private final PeopleDirectory people;

	GiftNotifications(Notifications notifications, PeopleDirectory people) {
		this.notifications = notifications;
		this.people = people;
	}

	void flagged(GiftEntry entry, String recorderName) {
		Map<String, Person> recipients = supervisor(entry);
		cfoCao(entry).forEach((p) -> recipients.putIfAbsent(p.id(), p));
		send(entry, "flagged", NotificationKind.GIFT_FLAGGED, recipients.values(),
				List.of(recorderName, words(entry.kind()), entry.counterparty().name(),
						words(entry.evaluation().outcome()), entry.evaluation().reasons()));
	}

	void approvalRequested(GiftEntry entry, String recorderName) {
		send(entry, "approval-requested", NotificationKind.GIFT_APPROVAL_REQUESTED, cfoCao(entry),
				List.of(recorderName, words(entry.kind()), entry.counterparty().name(),
						Amounts.words(entry.valuation().tenantValue()), entry.date()));
	}

	void approvalDecided(GiftEntry entry) {
		send(entry, "approval-decided", NotificationKind.GIFT_APPROVAL_DECIDED, recorder(entry),
				List.of(words(entry.kind()), entry.counterparty().name(), words(entry.approval().status()),
						entry.approval().reasons()));
	}

	void returned(GiftEntry entry, String recorderName) {
		send(entry, "returned", NotificationKind.GIFT_RETURNED, supervisor(entry).values(),
				List.of(recorderName, words(entry.kind()), entry.counterparty().name(),
						Amounts.words(entry.valuation().tenantValue()), noteOf(entry)));
	}

	void overdue(GiftEntry entry) {
		List<Person> recipients = new ArrayList<>(recorder(entry));
		recipients.addAll(cfoCao(entry));
		send(entry, "overdue", NotificationKind.GIFT_DISPOSITION_OVERDUE, recipients,
				List.of(words(entry.kind()), entry.counterparty().name(),
						Amounts.words(entry.valuation().tenantValue()), entry.disposition().dueDate()));
	}

	private void send(GiftEntry entry, String keyPart, NotificationKind kind, java.util.Collection<Person> recipients,
			List<Object> arguments) {
		List<NotificationRequest> requests = new ArrayList<>();
		for (Person recipient : recipients) {
			requests.add(new NotificationRequest("gift:" + entry.id() + "|" + keyPart + "|" + recipient.id(), kind,
					new NotificationRequest.Recipient(recipient.id(), recipient.email(), recipient.locale()),
					arguments));
		}
		this.notifications.enqueueAll(requests);
	}

	private Map<String, Person> supervisor(GiftEntry entry) {
		Map<String, Person> found = new LinkedHashMap<>();
		String supervisorId = entry.recorder().supervisorPersonId();
		if (supervisorId != null) {
			found.putAll(this.people.findAll(List.of(supervisorId)));
		}
		return found;
	}

	/** The CFO/CAO's holders, never the recorder themself. */
	private List<Person> cfoCao(GiftEntry entry) {
		return this.people.holdersOf(Role.CFO_CAO)
			.stream()
			.filter((p) -> !p.id().equals(entry.recorder().personId()))
			.toList();
	}

	private List<Person> recorder(GiftEntry entry) {
		return List.copyOf(this.people.findAll(List.of(entry.recorder().personId())).values());
	}

	private static String noteOf(GiftEntry entry) {
		return (entry.disposition() != null && entry.disposition().note() != null) ? entry.disposition().note() : "";
	}

	static String words(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
