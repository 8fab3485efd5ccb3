package io.conduct.trading;

import java.time.LocalDate;

import io.conduct.calendars.BusinessCalendar;
import io.conduct.people.PersonType;

/**
 * The cooling-off period of a Rule 10b5-1 plan (Rule 10b5-1(c)(1)(ii)(B)): for directors
 * and officers, the later of 90 days after adoption or two business days after the
 * periodic report (Form 10-Q or 10-K) for the fiscal quarter of adoption is filed, at
 * most 120 days; 30 days for everyone else. Its end is the last day of the period: trades
 * under the plan from the next day. Until the report's filing date is entered, the
 * 120-day limit stands (it can only come earlier). Framework-free.
 */
final class CoolingOff {

	private CoolingOff() {
	}

	/** Directors and officers (Rule 16a-1(f)): executive officers count as officers. */
	static boolean isDirectorOrOfficer(PersonType type) {
		return type == PersonType.DIRECTOR || type == PersonType.EXECUTIVE_OFFICER || type == PersonType.OFFICER;
	}

	/**
	 * The period of a plan.
	 * @param days the rules' figures
	 * @param type the person's type when the plan was adopted
	 * @param adoptionDate the day of adoption
	 * @param quarter the fiscal quarter of adoption
	 * @param reportFilingDate when its periodic report was filed, if entered
	 * @param secDays the SEC's business days (US federal)
	 * @return its last day and how it was reached
	 */
	static Period of(TradingRules.CoolingOffDays days, PersonType type, LocalDate adoptionDate,
			QuarterlyBlackouts.FiscalQuarter quarter, LocalDate reportFilingDate, BusinessCalendar secDays) {
		if (!isDirectorOrOfficer(type)) {
			LocalDate end = adoptionDate.plusDays(days.othersDays());
			return new Period(end, false, days.othersDays() + " days after adoption (" + end + ")");
		}
		LocalDate minimum = adoptionDate.plusDays(days.directorsAndOfficersDays());
		LocalDate cap = adoptionDate.plusDays(days.directorsAndOfficersMaxDays());
		String report = "the periodic report for Q" + quarter.quarter() + " of fiscal year " + quarter.fiscalYear();
		if (reportFilingDate == null) {
			return new Period(cap, true,
					"director or officer: the later of " + days.directorsAndOfficersDays() + " days after adoption ("
							+ minimum + ") or " + days.periodicReportBusinessDays() + " business days after " + report
							+ " is filed, at most " + days.directorsAndOfficersMaxDays() + " days (" + cap
							+ "); the report's filing date is not entered yet, so the "
							+ days.directorsAndOfficersMaxDays() + "-day limit stands");
		}
		LocalDate afterReport = secDays.addBusinessDays(reportFilingDate, days.periodicReportBusinessDays());
		LocalDate later = afterReport.isAfter(minimum) ? afterReport : minimum;
		LocalDate end = later.isAfter(cap) ? cap : later;
		String why;
		if (end.equals(cap) && later.isAfter(cap)) {
			why = days.periodicReportBusinessDays() + " business days after " + report + " (filed " + reportFilingDate
					+ ") would be " + afterReport + ", beyond the limit of " + days.directorsAndOfficersMaxDays()
					+ " days after adoption (" + cap + ")";
		}
		else if (end.equals(afterReport) && afterReport.isAfter(minimum)) {
			why = days.periodicReportBusinessDays() + " business days after " + report + " was filed on "
					+ reportFilingDate + " (" + afterReport + "), later than " + days.directorsAndOfficersDays()
					+ " days after adoption (" + minimum + ")";
		}
		else {
			why = days.directorsAndOfficersDays() + " days after adoption (" + minimum + "), later than "
					+ days.periodicReportBusinessDays() + " business days after " + report + " was filed on "
					+ reportFilingDate + " (" + afterReport + ")";
		}
		return new Period(end, false, "director or officer: " + why);
	}

	/**
	 * A cooling-off period.
	 *
	 * @param endDate its last day
	 * @param provisional whether it may still come earlier (the report is not entered)
	 * @param basis how it was reached, in words
	 */
	record Period(LocalDate endDate, boolean provisional, String basis) {

		/** The first day trades under the plan are cleared by it. */
		public LocalDate firstTradeDate() {
			return this.endDate.plusDays(1);
		}

	}

}
