package io.conduct.cases;

import java.time.Period;
import java.util.List;

/**
 * What a jurisdiction requires of a reporting channel, as data
 * ({@code cases/jurisdiction-packs.json}): its deadlines, how long a reporter is
 * protected (the retaliation guard holds measures taken within that period for review),
 * and its other duties. Its retention schedules live in
 * {@code cases/retention-schedules.json}, keyed by the pack.
 *
 * @param key the jurisdiction key tenants list, e.g. {@code EU}, {@code US-SOX}
 * @param name what it is
 * @param source the law it comes from
 * @param acknowledgement within how long a report is acknowledged, from receipt
 * @param feedback within how long the reporter gets feedback, from the acknowledgement
 * (or from the end of the acknowledgement period if none was sent)
 * @param meeting within how long a meeting the reporter asks for is held, from the
 * request; null where the law sets none
 * @param reporterProtection how long after a report (or a witness's interview) a measure
 * against the person is presumed to be retaliation and held for review
 * @param duties the other duties of the pack, each a sentence
 */
record JurisdictionPack(String key, String name, String source, Deadline acknowledgement, Deadline feedback,
		Deadline meeting, Period reporterProtection, List<String> duties) {

	JurisdictionPack {
		duties = (duties != null) ? List.copyOf(duties) : List.of();
	}

	/**
	 * A deadline as a law states it.
	 *
	 * @param within how many units
	 * @param unit calendar days, working days (in the tenant's business-day calendar) or
	 * months
	 */
	record Deadline(int within, DeadlineUnit unit) {
	}

}
