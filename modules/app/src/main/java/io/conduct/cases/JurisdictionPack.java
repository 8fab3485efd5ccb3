package io.conduct.cases;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * @param duties the other duties of the pack, each a sentence, in English
 * @param dutiesIn the same duties in other languages, by language tag (e.g. {@code fr}),
 * where the data has them: one sentence for each English one
 */
record JurisdictionPack(String key, String name, String source, Deadline acknowledgement, Deadline feedback,
		Deadline meeting, Period reporterProtection, List<String> duties, Map<String, List<String>> dutiesIn) {

	JurisdictionPack {
		duties = (duties != null) ? List.copyOf(duties) : List.of();
		dutiesIn = (dutiesIn != null) ? Map.copyOf(dutiesIn) : Map.of();
	}

	JurisdictionPack(String key, String name, String source, Deadline acknowledgement, Deadline feedback,
			Deadline meeting, Period reporterProtection, List<String> duties) {
		this(key, name, source, acknowledgement, feedback, meeting, reporterProtection, duties, Map.of());
	}

	/**
	 * The duties in the language asked for where the data has them, else in English.
	 * @param language the reader's language
	 * @return the language of the duties given, and the duties
	 */
	Map.Entry<Locale, List<String>> dutiesFor(Locale language) {
		if (language != null) {
			List<String> translated = this.dutiesIn.get(language.getLanguage());
			if (translated != null) {
				return Map.entry(Locale.forLanguageTag(language.getLanguage()), translated);
			}
		}
		return Map.entry(Locale.ENGLISH, this.duties);
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
