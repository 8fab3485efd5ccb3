package io.conduct.oversight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.conduct.cases.CaseTally;

/**
 * The figures of a set of cases (a tenant's quarter, a category or channel of it, the
 * group's), each suppressed where it would tell about fewer than five cases.
 *
 * @param received reports received
 * @param reportsPer100Employees reports per 100 active people (null without a headcount)
 * @param anonymousShare share of them made anonymously
 * @param anonymousFollowUpShare share of the anonymous reporters who wrote again
 * @param substantiationRate share of the closed cases with a substantiated allegation
 * @param medianDaysToClose median days from receipt to closing
 * @param p90DaysToClose 90th percentile of the days to close
 * @param acknowledgedInTimeShare share acknowledged within the jurisdiction's deadline,
 * of those due
 * @param feedbackInTimeShare share given feedback within the deadline, of those due
 * @param retaliationReviews retaliation reviews recorded
 * @param open cases open
 * @param overdue cases open past the deadline they wait for
 * @param certificationCompletion share of the people asked to certify the Code in the
 * period who did, computed from those asked (nothing for a category or a channel)
 * @param certificationsOverdue people still to certify past the due date
 */
record AnalyticsFigures(Figure received, Figure reportsPer100Employees, Figure anonymousShare,
		Figure anonymousFollowUpShare, Figure substantiationRate, Figure medianDaysToClose, Figure p90DaysToClose,
		Figure acknowledgedInTimeShare, Figure feedbackInTimeShare, Figure retaliationReviews, Figure open,
		Figure overdue, Figure certificationCompletion, Figure certificationsOverdue) {

	/** Nothing to compute a figure from. */
	static final Figure NOTHING = Figure.of(null, 0);

	/** The figures of the tallies; per 100 employees only with a headcount. */
	static AnalyticsFigures of(Collection<CaseTally> tallies, Long people) {
		long received = 0;
		long anonymous = 0;
		long followedUp = 0;
		long closed = 0;
		long substantiated = 0;
		long ackDue = 0;
		long ackInTime = 0;
		long feedbackDue = 0;
		long feedbackInTime = 0;
		long reviews = 0;
		long open = 0;
		long overdue = 0;
		List<Double> days = new ArrayList<>();
		for (CaseTally t : tallies) {
			received += t.received();
			anonymous += t.anonymous();
			followedUp += t.anonymousFollowedUp();
			closed += t.closed();
			substantiated += t.substantiated();
			ackDue += t.acknowledgementDue();
			ackInTime += t.acknowledgedInTime();
			feedbackDue += t.feedbackDue();
			feedbackInTime += t.feedbackInTime();
			reviews += t.retaliationReviews();
			open += t.open();
			overdue += t.overdue();
			days.addAll(t.daysToClose());
		}
		days.sort(Double::compareTo);
		Figure perHundred = (people == null || people == 0) ? new Figure(null, false, null, received)
				: Figure.of(received * 100.0 / people, received);
		return new AnalyticsFigures(Figure.count(received), perHundred, Figure.share(anonymous, received),
				Figure.share(followedUp, anonymous), Figure.share(substantiated, closed),
				Figure.of(percentile(days, 0.5), days.size()), Figure.of(percentile(days, 0.9), days.size()),
				Figure.share(ackInTime, ackDue), Figure.share(feedbackInTime, feedbackDue), Figure.count(reviews),
				Figure.count(open), Figure.count(overdue), NOTHING, NOTHING);
	}

	/** The same figures with the certifications of the period. */
	AnalyticsFigures withCertifications(long assigned, long certified, long certificationsOverdue) {
		return withCertifications(Figure.share(certified, assigned), Figure.count(certificationsOverdue));
	}

	/** The same figures with the certification completion withheld as a complement. */
	AnalyticsFigures withCertificationsWithheld() {
		return withCertifications(
				this.certificationCompletion.suppressed() ? this.certificationCompletion
						: this.certificationCompletion.withheldAsComplement(),
				this.certificationsOverdue.suppressed() ? this.certificationsOverdue
						: this.certificationsOverdue.withheldAsComplement());
	}

	private AnalyticsFigures withCertifications(Figure completion, Figure overdueToCertify) {
		return new AnalyticsFigures(this.received, this.reportsPer100Employees, this.anonymousShare,
				this.anonymousFollowUpShare, this.substantiationRate, this.medianDaysToClose, this.p90DaysToClose,
				this.acknowledgedInTimeShare, this.feedbackInTimeShare, this.retaliationReviews, this.open,
				this.overdue, completion, overdueToCertify);
	}

	/** The same figures with the count of reports withheld as a complement. */
	AnalyticsFigures withReceivedWithheld() {
		return new AnalyticsFigures(this.received.withheldAsComplement(),
				this.reportsPer100Employees.suppressed() ? this.reportsPer100Employees
						: this.reportsPer100Employees.withheldAsComplement(),
				this.anonymousShare, this.anonymousFollowUpShare, this.substantiationRate, this.medianDaysToClose,
				this.p90DaysToClose, this.acknowledgedInTimeShare, this.feedbackInTimeShare, this.retaliationReviews,
				this.open, this.overdue, this.certificationCompletion, this.certificationsOverdue);
	}

	/** The nearest-rank percentile of sorted values; null for none. */
	static Double percentile(List<Double> sorted, double p) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(p * sorted.size());
		double value = sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
		return Math.round(value * 10.0) / 10.0;
	}

}
