package io.conduct.cases;

import java.time.Period;

/**
 * How long a jurisdiction pack lets a kind of record be kept, as data
 * ({@code cases/retention-schedules.json}).
 *
 * @param pack the jurisdiction pack, e.g. {@code DE}, or {@code DEFAULT}
 * @param recordKind the kind of record
 * @param from the moment the period runs from
 * @param keep how long it is kept at most, from then
 * @param onlyIfNotInvestigated whether the schedule applies only to cases no
 * investigation was opened for
 * @param source the law or rule it comes from
 */
record RetentionSchedule(String pack, RecordKind recordKind, From from, Period keep, Boolean onlyIfNotInvestigated,
		String source) {

	RetentionSchedule {
		onlyIfNotInvestigated = Boolean.TRUE.equals(onlyIfNotInvestigated);
	}

	/** The kinds of records a schedule can name. */
	enum RecordKind {

		CASE, DISCLOSURE, CERTIFICATION, WAIVER

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
