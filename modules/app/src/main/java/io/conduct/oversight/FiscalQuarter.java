package io.conduct.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.conduct.platform.errors.ConductException;
import io.conduct.platform.tenancy.Tenant;

/**
 * A quarter of a tenant's fiscal year, in its time zone. Fiscal year {@code Y} starts on
 * the first of the tenant's start month in calendar year {@code Y} (as the Audit
 * Committee's record counts it): with an April start, FY2026 Q1 is April to June 2026 and
 * Q4 is January to March 2027.
 *
 * @param fiscalYear the calendar year the fiscal year starts in
 * @param quarter 1 to 4
 * @param firstDay the quarter's first day
 * @param zone the tenant's zone
 */
record FiscalQuarter(int fiscalYear, int quarter, LocalDate firstDay, ZoneId zone) {

	static FiscalQuarter of(int fiscalYear, int quarter, int startMonth, ZoneId zone) {
		if (quarter < 1 || quarter > 4 || fiscalYear < 2000 || fiscalYear > 2200) {
			throw ConductException.badRequest("The quarter is 1 to 4, the fiscal year 2000 to 2200");
		}
		return new FiscalQuarter(fiscalYear, quarter,
				LocalDate.of(fiscalYear, startMonth, 1).plusMonths(3L * (quarter - 1)), zone);
	}

	static FiscalQuarter of(int fiscalYear, int quarter, Tenant tenant) {
		return of(fiscalYear, quarter, tenant.fiscalYearStartMonth(), tenant.zoneId());
	}

	/** The fiscal quarter a day falls in. */
	static FiscalQuarter containing(LocalDate day, int startMonth, ZoneId zone) {
		int monthsIn = Math.floorMod(day.getMonthValue() - startMonth, 12);
		int fiscalYear = (day.getMonthValue() >= startMonth) ? day.getYear() : day.getYear() - 1;
		return of(fiscalYear, monthsIn / 3 + 1, startMonth, zone);
	}

	/** The quarter's last day. */
	LocalDate lastDay() {
		return this.firstDay.plusMonths(3).minusDays(1);
	}

	/** Its first instant in the tenant's zone. */
	Instant from() {
		return this.firstDay.atStartOfDay(this.zone).toInstant();
	}

	/** The first instant after it. */
	Instant to() {
		return this.firstDay.plusMonths(3).atStartOfDay(this.zone).toInstant();
	}

	/** E.g. {@code FY2026-Q1}. */
	String label() {
		return "FY" + this.fiscalYear + "-Q" + this.quarter;
	}

}
