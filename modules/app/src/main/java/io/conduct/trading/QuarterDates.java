package io.conduct.trading;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The dates the CFO/CAO enters for a fiscal quarter: its earnings release (which ends its
 * blackout window) and the filing of its periodic report (which ends the cooling-off of
 * directors' and officers' plans adopted in it).
 *
 * @param id {@code 2026-Q4}
 * @param fiscalYear the fiscal year, named by the calendar year it starts in
 * @param quarter 1 to 4
 * @param earningsReleaseDate the day the quarter's earnings are released
 * @param periodicReportFilingDate the day its Form 10-Q or 10-K is filed
 * @param updatedAt when they were last entered
 */
@Document("trading_quarters")
record QuarterDates(@Id String id, int fiscalYear, int quarter, LocalDate earningsReleaseDate,
		LocalDate periodicReportFilingDate, Instant updatedAt) {

	static String keyOf(int fiscalYear, int quarter) {
		return fiscalYear + "-Q" + quarter;
	}

}
