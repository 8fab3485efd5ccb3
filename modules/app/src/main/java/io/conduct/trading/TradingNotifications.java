package io.conduct.trading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.conduct.notifications.NotificationKind;
import io.conduct.notifications.NotificationRequest;
import io.conduct.notifications.Notifications;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.security.Role;

import org.springframework.stereotype.Component;

/**
 * Tells the desk (the CFO/CAO's holders and the delegates, never the person concerned) of
 * a request to answer and of a flagged trade, and the person of their answer, of an
 * expired clearance and of a Form 4 due; written to the tenant's outbox in the
 * recipient's language, once per key. What a person is told never names a confidential
 * rule.
 */
@Component
class TradingNotifications {

	private final Notifications notifications;

	private final PeopleDirectory people;

	TradingNotifications(Notifications notifications, PeopleDirectory people) {
		this.notifications = notifications;
		this.people = people;
	}

	void requested(PreClearance request, Person requester, TradingSecurity security, TradingSettings settings) {
		List<Object> arguments = List.of(requester.displayName(), request.kind().words(),
				request.quantity().toPlainString(), security.issuerName() + " (" + security.ticker() + ")");
		toDesk(settings, requester.id(), "trading-request:" + request.id(), NotificationKind.TRADING_REQUEST_RECEIVED,
				arguments, false);
	}

	void answered(PreClearance request, Person requester, TradingSecurity security, String answer) {
		enqueue(requester, "trading-answered:" + request.id() + "|" + request.version(),
				NotificationKind.TRADING_REQUEST_ANSWERED,
				List.of(request.kind().words(),
						request.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
						security.issuerName() + " (" + security.ticker() + ")", answer));
	}

	void expired(PreClearance request, Person requester, TradingSecurity security) {
		enqueue(requester, "trading-expired:" + request.id(), NotificationKind.TRADING_CLEARANCE_EXPIRED,
				List.of(request.kind().words(), security.issuerName() + " (" + security.ticker() + ")",
						request.validity().closesAt().toString()));
	}

	void flagged(Trade trade, Person trader, TradingSecurity security, TradingSettings settings) {
		String flags = trade.findings()
			.stream()
			.filter(TradingFinding::flags)
			.map((f) -> f.rule() + ": " + f.explanation())
			.collect(Collectors.joining("\n"));
		List<Object> arguments = List.of(trader.displayName(), security.issuerName() + " (" + security.ticker() + ")",
				trade.kind().words(), trade.quantity().toPlainString(), trade.tradeDate(), flags);
		// only the CFO/CAO sees confidential rules: delegates are told of visible flags
		boolean confidential = trade.findings().stream().anyMatch((f) -> f.flags() && f.confidential());
		toDesk(settings, trader.id(), "trading-flagged:" + trade.id(), NotificationKind.TRADING_TRADE_FLAGGED,
				arguments, confidential);
	}

	void form4Due(Trade trade, Person trader, String keySuffix) {
		enqueue(trader, "trading-form4:" + trade.id() + keySuffix, NotificationKind.TRADING_FORM4_DUE, List
			.<Object>of(trade.tradeDate(), trade.form4Due(), trade.kind().words(), trade.quantity().toPlainString()));
	}

	private void toDesk(TradingSettings settings, String concernedPersonId, String key, NotificationKind kind,
			List<Object> arguments, boolean cfoOnly) {
		Map<String, Person> recipients = new LinkedHashMap<>();
		this.people.holdersOf(Role.CFO_CAO).forEach((p) -> recipients.put(p.id(), p));
		if (!cfoOnly && !settings.delegatePersonIds().isEmpty()) {
			recipients.putAll(this.people.findAll(settings.delegatePersonIds()));
		}
		recipients.remove(concernedPersonId);
		List<NotificationRequest> requests = new ArrayList<>();
		for (Person recipient : recipients.values()) {
			requests.add(new NotificationRequest(key + "|" + recipient.id(), kind,
					new NotificationRequest.Recipient(recipient.id(), recipient.email(), recipient.locale()),
					arguments));
		}
		this.notifications.enqueueAll(requests);
	}

	private void enqueue(Person person, String key, NotificationKind kind, List<Object> arguments) {
		if (person == null) {
			return;
		}
		this.notifications.enqueue(new NotificationRequest(key, kind,
				new NotificationRequest.Recipient(person.id(), person.email(), person.locale()), arguments));
	}

	static LocalDate day(java.time.Instant at, java.time.ZoneId zone) {
		return at.atZone(zone).toLocalDate();
	}

}
