package io.conduct.waivers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The clock of a public disclosure the law or the exchange requires: a waiver the Board
 * granted to an executive officer or a director, an implicit waiver, or an amendment of
 * the Code that applies to them. One document in the tenant's database, with its id made
 * from what it is about, so that opening it twice writes it once.
 *
 * @param id {@code waiver-<request>}, {@code implicit-<prompt>} or
 * {@code amendment-<version>}
 * @param subject what is to be disclosed
 * @param waiverRequestId the request, for a waiver
 * @param implicitWaiverPromptId the prompt, for an implicit waiver
 * @param codeVersionId the version, for an amendment
 * @param personId whom the waiver is for; {@code null} for an amendment
 * @param description what it is about, for reminders
 * @param decisionDate the day the clock counts from
 * @param dueDate the last day to disclose
 * @param businessDays how many business days after the decision
 * @param rule the rule that set the deadline
 * @param ruleSource where the rule comes from
 * @param calendarId the calendar counted in
 * @param calendarName its name
 * @param listingExchange the group's listing exchange
 * @param timeZone the exchange's time zone
 * @param skippedHolidays holidays not counted
 * @param explanation how the due date was reached
 * @param status pending or disclosed
 * @param dayBeforeReminderOn the day of the reminder before the due date
 * @param nextReminderOn the day of the next reminder; {@code null} when none is left
 * @param remindersSent the reminders written
 * @param websiteAvailableMonths how long a website posting must stay available
 * @param recordKeptYears how long the record is kept
 * @param disclosure the disclosure, once recorded
 * @param openedAt when the clock was opened
 */
@Document("public_disclosure_clocks")
record PublicDisclosureClock(@Id String id, Subject subject, String waiverRequestId, String implicitWaiverPromptId,
		String codeVersionId, String personId, String description, LocalDate decisionDate, LocalDate dueDate,
		int businessDays, PublicDisclosureRule rule, String ruleSource, String calendarId, String calendarName,
		String listingExchange, String timeZone, List<SkippedHoliday> skippedHolidays, String explanation,
		Status status, LocalDate dayBeforeReminderOn, LocalDate nextReminderOn, List<Reminder> remindersSent,
		int websiteAvailableMonths, int recordKeptYears, Disclosure disclosure, Instant openedAt) {

	static final String TYPE = "PublicDisclosureClock";

	PublicDisclosureClock {
		skippedHolidays = (skippedHolidays != null) ? List.copyOf(skippedHolidays) : List.of();
		remindersSent = (remindersSent != null) ? List.copyOf(remindersSent) : List.of();
	}

	/** A clock opened on a deadline, pending, with its reminders ahead. */
	static PublicDisclosureClock open(String id, Subject subject, String waiverRequestId, String promptId,
			String codeVersionId, String personId, String description, DisclosureDeadlines.Deadline deadline,
			Instant now) {
		return new PublicDisclosureClock(id, subject, waiverRequestId, promptId, codeVersionId, personId, description,
				deadline.decisionDate(), deadline.dueDate(), deadline.rule().businessDays(), deadline.rule().rule(),
				deadline.rule().source(), deadline.calendarId(), deadline.calendarName(), deadline.listingExchange(),
				deadline.zone().getId(),
				deadline.skipped().stream().map((h) -> new SkippedHoliday(h.date(), h.name())).toList(),
				deadline.explanation(), Status.PENDING, deadline.dayBeforeReminder(), deadline.dayBeforeReminder(),
				List.of(), deadline.rule().websiteAvailableMonths(), deadline.rule().recordKeptYears(), null, now);
	}

	ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	/** Whether the due date has passed on the day given without a disclosure. */
	boolean isOverdueOn(LocalDate today) {
		return this.status == Status.PENDING && today.isAfter(this.dueDate);
	}

	boolean reminded(ReminderKind kind) {
		return this.remindersSent.stream().anyMatch((r) -> r.kind() == kind);
	}

	/** What a public disclosure is about. */
	enum Subject {

		WAIVER, IMPLICIT_WAIVER, CODE_AMENDMENT

	}

	/** Whether a disclosure was made. */
	enum Status {

		PENDING, DISCLOSED

	}

	/**
	 * A holiday not counted.
	 *
	 * @param date the day
	 * @param name its name
	 */
	record SkippedHoliday(LocalDate date, String name) {
	}

	/** Which reminder. */
	enum ReminderKind {

		DAY_BEFORE, DUE_DAY, OVERDUE

	}

	/**
	 * A reminder written.
	 *
	 * @param kind which
	 * @param day the day it was for
	 * @param sentAt when it was written
	 * @param recipients to how many people
	 */
	record Reminder(ReminderKind kind, LocalDate day, Instant sentAt, int recipients) {
	}

	/** How a disclosure was made. */
	enum Method {

		FORM_8K, WEBSITE

	}

	/**
	 * A disclosure as recorded, with the dates its duties last until.
	 *
	 * @param method filed or posted
	 * @param filingDate the filing's date
	 * @param filingReference the filing's reference
	 * @param url the posting's address
	 * @param postingDate the posting's day
	 * @param disclosedOn the day it was made public
	 * @param onTime whether that was by the due date
	 * @param websiteAvailableUntil the last day a posting must stay available
	 * @param recordKeptUntil the last day the record must be kept
	 * @param recordedByPersonId who recorded it, if in the directory
	 * @param recordedByName their name then
	 * @param recordedAt when
	 */
	record Disclosure(Method method, LocalDate filingDate, String filingReference, String url, LocalDate postingDate,
			LocalDate disclosedOn, boolean onTime, LocalDate websiteAvailableUntil, LocalDate recordKeptUntil,
			String recordedByPersonId, String recordedByName, Instant recordedAt) {
	}

}
