/**
 * Gifts, gratuities and entertainment: the register of what employees, officers and
 * directors (and their immediate family) are offered, give and receive, judged by the
 * Code's GIFTS AND GRATUITIES section as data (a versioned rules file, one engine that
 * names the rule, the figure and the threshold), valued with the group's exchange-rate
 * table, added up per person and counterparty across the group's companies, with
 * dispositions, prior approvals and flags. Its API: {@link io.conduct.gifts.GiftRegister}
 * with {@link io.conduct.gifts.GiftRecording} and {@link io.conduct.gifts.GiftEntry},
 * {@link io.conduct.gifts.GiftDispositions}, {@link io.conduct.gifts.GiftApprovals},
 * {@link io.conduct.gifts.GiftSettingsService}, their enums, and the event
 * {@link io.conduct.gifts.GiftRefusedAsBribe} that the cases domain takes in as a report.
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "disclosures", "calendars", "notifications" })
package io.conduct.gifts;

import org.springframework.modulith.ApplicationModule;
