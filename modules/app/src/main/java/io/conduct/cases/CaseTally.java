package io.conduct.cases;

import java.util.List;

/**
 * The cases of one category and channel received in a period, in numbers only: the raw
 * counts the oversight's analytics are computed from (it suppresses small ones).
 *
 * @param category what they are about
 * @param channel how they came in
 * @param received how many came in
 * @param anonymous of them, how many anonymously
 * @param anonymousFollowedUp of the anonymous ones, how many whose reporter wrote again
 * @param closed of them, how many are closed
 * @param substantiated of the closed ones, how many with a substantiated allegation
 * @param acknowledgementDue how many were acknowledged or are past their acknowledgement
 * deadline
 * @param acknowledgedInTime of those, how many were acknowledged by the deadline
 * @param feedbackDue how many were closed or are past their feedback deadline
 * @param feedbackInTime of those, how many were closed with feedback by the deadline
 * @param retaliationReviews how many had a retaliation review recorded
 * @param open how many are open
 * @param overdue of the open ones, how many are past the deadline they wait for
 * @param daysToClose the days each closed one took, in no order
 */
public record CaseTally(ReportCategory category, Channel channel, long received, long anonymous,
		long anonymousFollowedUp, long closed, long substantiated, long acknowledgementDue, long acknowledgedInTime,
		long feedbackDue, long feedbackInTime, long retaliationReviews, long open, long overdue,
		List<Double> daysToClose) {

	public CaseTally {
		daysToClose = (daysToClose != null) ? List.copyOf(daysToClose) : List.of();
	}

}
