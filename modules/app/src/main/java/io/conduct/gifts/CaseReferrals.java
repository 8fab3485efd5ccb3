package io.conduct.gifts;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

import io.conduct.platform.graphql.GlobalId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands a refused entry to the cases domain as a report ({@link GiftRefusedAsBribe}),
 * after the entry is stored, and marks it entered once the report is in. A report whose
 * intake fails leaves the entry pending; {@link GiftJobs} hands it over again.
 */
@Component
class CaseReferrals {

	private static final Logger logger = LoggerFactory.getLogger(CaseReferrals.class);

	private final ApplicationEventPublisher events;

	private final GiftStore store;

	private final Clock clock;

	CaseReferrals(ApplicationEventPublisher events, GiftStore store, Clock clock) {
		this.events = events;
		this.store = store;
		this.clock = clock;
	}

	/** The entry, its referral entered if the cases domain took the report in. */
	GiftEntry refer(GiftEntry entry) {
		try {
			this.events.publishEvent(eventOf(entry));
		}
		catch (RuntimeException ex) {
			logger.warn("The report of a refused gift entry was not entered; it is retried", ex);
			return entry;
		}
		Instant now = this.clock.instant();
		this.store.caseOpened(entry.id(), now);
		return this.store.find(entry.id()).orElse(entry);
	}

	static GiftRefusedAsBribe eventOf(GiftEntry entry) {
		boolean tookPart = entry.response() != GiftResponse.DECLINED
				&& (entry.direction() == GiftDirection.GIVEN || entry.response() == GiftResponse.ACCEPTED);
		return new GiftRefusedAsBribe(GlobalId.encode(GiftsController.GIFT_ENTRY, entry.id()),
				entry.recorder().personId(), tookPart, entry.counterparty().name(), facts(entry), entry.date());
	}

	/** What the entry says, typed out for the report's handlers. */
	static String facts(GiftEntry entry) {
		String who = (entry.familyMember() != null) ? "a member of the recorder's immediate family ("
				+ words(entry.familyMember().relation()) + ", " + entry.familyMember().name() + ")" : "the recorder";
		String rules = entry.evaluation()
			.findings()
			.stream()
			.filter((f) -> f.applies() && f.outcome() == GiftOutcome.REFUSE)
			.map((f) -> f.rule() + ": " + f.comparison())
			.collect(Collectors.joining("; "));
		return "Recorded in the gift register (entry " + GlobalId.encode(GiftsController.GIFT_ENTRY, entry.id())
				+ ") and refused by its rules. " + capitalized(words(entry.kind())) + " " + words(entry.direction())
				+ " by " + who + ", " + words(entry.response()) + ", " + words(entry.form()) + ", worth "
				+ Amounts.words(entry.value()) + " (" + Amounts.words(entry.valuation().tenantValue()) + "), on "
				+ entry.date() + "; counterparty " + entry.counterparty().name() + " ("
				+ words(entry.counterparty().kind()) + "). Rules: " + rules + ". The recorder's description: "
				+ entry.description();
	}

	private static String words(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
