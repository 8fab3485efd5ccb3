package io.conduct.cases;

import java.time.Period;

import io.conduct.platform.records.RecordKind;

/**
 * How long a jurisdiction pack lets a kind of record be kept, as data
 * ({@code cases/retention-schedules.json}).
 *
 * @param pack the jurisdiction pack, e.g. {@code DE}, or {@code DEFAULT}
 * @param recordKind the kind of record
 * @param from the moment the period runs from
 * @param keep how long it is kept, from then: at most or at least, as {@code kind} says
 * @param kind whether the period is a maximum (delete no later than) or a minimum (keep
 * at least)
 * @param onlyIfNotInvestigated whether the schedule applies only to cases no
 * investigation was opened for
 * @param source the law or rule it comes from
 */
record RetentionSchedule(String pack, RecordKind recordKind, From from, Period keep, Kind kind,
		Boolean onlyIfNotInvestigated, String source) {

	RetentionSchedule {
		onlyIfNotInvestigated = Boolean.TRUE.equals(onlyIfNotInvestigated);
	}

	/**
	 * Whether a period bounds a record's life from above or from below: data protection
	 * law (GDPR art. 5(1)(e), HinSchG, D.Lgs. 24/2023) says how long it may be kept at
	 * most; record-keeping law (SOX § 802, SEC Rule 2-06) how long it must be kept at
	 * least. A keep-obligation wins over a delete-by.
	 */
	enum Kind {

		/** Deleted no later than the end of the period. */
		MAXIMUM,

		/** Kept at least until the end of the period, and not deleted before. */
		MINIMUM

	}

	/** What a retention period runs from. */
	enum From {

		/** The report came in. */
		RECEIVED,

		/** The case (or record) was closed. */
		CLOSED,

		/** The record was decided. */
		DECIDED

	}

}
