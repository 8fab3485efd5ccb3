package io.conduct.disclosures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.conduct.notifications.NotificationKind;
import io.conduct.notifications.NotificationRequest;
import io.conduct.notifications.Notifications;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;

import org.springframework.stereotype.Component;

/**
 * Tells the determiner (the holders of the CFO/CAO's or the Board's role, never someone
 * the disclosure involves) of a new disclosure or of an evaluation a change altered, and
 * the discloser of the determination; written to the tenant's outbox in the recipient's
 * language, once per key.
 */
@Component
class DisclosureNotifications {

	private final Notifications notifications;

	private final PeopleDirectory people;

	DisclosureNotifications(Notifications notifications, PeopleDirectory people) {
		this.notifications = notifications;
		this.people = people;
	}

	void submitted(Disclosure disclosure, String discloserName) {
		toDeterminers(disclosure, NotificationKind.DISCLOSURE_SUBMITTED, "submitted",
				List.of(discloserName, words(disclosure.kind()), disclosure.evaluation().outcome().name()));
	}

	void reevaluated(Disclosure before, Disclosure after, String discloserName) {
		String reason = after.evaluation()
			.findings()
			.stream()
			.filter(Finding::applies)
			.map(Finding::comparison)
			.findFirst()
			.orElse("");
		toDeterminers(after, NotificationKind.DISCLOSURE_REEVALUATED,
				"reevaluated|" + after.evaluation().evaluatedAt().toEpochMilli(),
				List.of(discloserName, words(after.kind()), before.evaluation().outcome().name(),
						after.evaluation().outcome().name(), words(after.evaluation().trigger()), reason));
	}

	void determined(Disclosure disclosure, Person discloser) {
		if (discloser == null) {
			return;
		}
		Determination determination = disclosure.latestDetermination();
		this.notifications.enqueue(new NotificationRequest(
				"disclosure-determined:" + disclosure.id() + "|" + disclosure.determinations().size(),
				NotificationKind.DISCLOSURE_DETERMINED,
				new NotificationRequest.Recipient(discloser.id(), discloser.email(), discloser.locale()),
				List.of(words(disclosure.kind()), words(determination.decision()), determination.reasons())));
	}

	private void toDeterminers(Disclosure disclosure, NotificationKind kind, String keyPart, List<Object> arguments) {
		List<NotificationRequest> requests = new ArrayList<>();
		for (Person recipient : this.people.holdersOf(disclosure.determiner().role())) {
			if (disclosure.involves(recipient.id())) {
				continue;
			}
			requests.add(new NotificationRequest("disclosure:" + disclosure.id() + "|" + keyPart + "|" + recipient.id(),
					kind, new NotificationRequest.Recipient(recipient.id(), recipient.email(), recipient.locale()),
					arguments));
		}
		this.notifications.enqueueAll(requests);
	}

	static String words(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	static Map<String, String> audit(Disclosure disclosure) {
		return Map.of("kind", disclosure.kind().name(), "outcome", disclosure.evaluation().outcome().name());
	}

}
