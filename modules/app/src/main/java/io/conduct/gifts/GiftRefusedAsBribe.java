package io.conduct.gifts;

import java.time.LocalDate;

/**
 * An entry of the gift register was refused as a bribe, a kickback or cash: it is never
 * accepted or approved, and the cases domain takes it in as a report, routed by its
 * routing rules. Published in the tenant's context and the recorder's sign-in (or the
 * system's, when a report that could not be entered at once is retried), after the entry
 * is stored; a listener that returns has entered the report.
 *
 * @param giftEntryId the entry's global id, for the case's handlers to find it
 * @param recorderPersonId the recorder's directory entry
 * @param recorderTookPart whether the recorder gave, offered or accepted it (then they
 * are named as involved in the report)
 * @param counterpartyName the other side, as named
 * @param facts what the entry says, typed out for the report
 * @param date when it happened
 */
public record GiftRefusedAsBribe(String giftEntryId, String recorderPersonId, boolean recorderTookPart,
		String counterpartyName, String facts, LocalDate date) {
}
