package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.bson.Document;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The cases of the current tenant in numbers, for the group's oversight: one aggregation
 * in the database per period (never the cases themselves in the application), a tally per
 * category and channel.
 */
@Service
public class CaseStatistics {

	private final CaseStore store;

	private final Clock clock;

	CaseStatistics(CaseStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The tallies of the cases received from {@code from} (included) to {@code to}. */
	@PreAuthorize("hasAnyRole('BOARD', 'AUDIT_COMMITTEE')")
	public List<CaseTally> tally(Instant from, Instant to) {
		return this.store.tallies(from, to, this.clock.instant()).stream().map(CaseStatistics::tallyOf).toList();
	}

	private static CaseTally tallyOf(Document row) {
		Document key = row.get("_id", Document.class);
		List<?> days = row.getList("daysToClose", Object.class);
		return new CaseTally(ReportCategory.valueOf(key.getString("category")),
				Channel.valueOf(key.getString("channel")), count(row, "received"), count(row, "anonymous"),
				count(row, "anonymousFollowedUp"), count(row, "closed"), count(row, "substantiated"),
				count(row, "acknowledgementDue"), count(row, "acknowledgedInTime"), count(row, "feedbackDue"),
				count(row, "feedbackInTime"), count(row, "retaliationReviews"), count(row, "open"),
				count(row, "overdue"),
				days.stream().filter(Objects::nonNull).map((d) -> ((Number) d).doubleValue()).toList());
	}

	private static long count(Document row, String field) {
		Object value = row.get(field);
		return (value instanceof Number n) ? n.longValue() : 0L;
	}

}
