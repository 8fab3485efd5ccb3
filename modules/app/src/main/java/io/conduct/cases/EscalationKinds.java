package io.conduct.cases;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Each {@link EscalationKind} as a condition on the stored case (to filter in the
 * database) and as a test of a loaded case (to name the kinds of a case shown): one home
 * for both, so that they cannot disagree.
 */
final class EscalationKinds {

	private static final String RULE = CaseStore.ROUTING_STEPS + ".rule";

	private static final String TIMELINE_TYPE = CaseStore.TIMELINE + ".type";

	private static final List<CaseEventType> MEASURE_EVENTS = List.of(CaseEventType.MEASURE_DECIDED,
			CaseEventType.MEASURE_HELD_FOR_RETALIATION_REVIEW);

	private EscalationKinds() {
	}

	/** The condition that the case is escalated for one of the kinds. */
	static Criteria anyOf(Collection<EscalationKind> kinds) {
		return new Criteria().orOperator(kinds.stream().map(EscalationKinds::criteria).toList());
	}

	/** The kinds a case is escalated for. */
	static Set<EscalationKind> of(Case reported) {
		Set<EscalationKind> kinds = EnumSet.noneOf(EscalationKind.class);
		for (EscalationKind kind : EscalationKind.values()) {
			if (test(kind).test(reported)) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	static Criteria criteria(EscalationKind kind) {
		return switch (kind) {
			case EXECUTIVE_OR_DIRECTOR_INVOLVED ->
				Criteria.where(RULE).is(RoutingRuleName.EXECUTIVE_OR_DIRECTOR_INVOLVED);
			case CFO_CAO_INVOLVED -> Criteria.where(RULE).is(RoutingRuleName.CFO_CAO_INVOLVED);
			case CEO_INVOLVED -> Criteria.where(RULE).is(RoutingRuleName.CEO_INVOLVED);
			case ACCOUNTING_CONCERN_FORWARDED ->
				new Criteria().orOperator(Criteria.where(CaseStore.MERIT_STATUS).is(MeritReview.Status.FORWARDED),
						Criteria.where(RULE).is(RoutingRuleName.ACCOUNTING_TO_AUDIT_COMMITTEE_AT_ONCE));
			case ADDRESSED_TO_AUDIT_COMMITTEE -> Criteria.where("report.recipient").is(Recipient.AUDIT_COMMITTEE);
			case RESULTS_REPORTED_TO_BOARD -> Criteria.where(CaseStore.RESULTS + ".toBoard").is(true);
			case MEASURE_AWAITING_DECISION -> new Criteria().andOperator(
					Criteria.where(RULE).is(RoutingRuleName.EXECUTIVE_OR_DIRECTOR_INVOLVED),
					Criteria.where(CaseStore.RESULTS).ne(null), Criteria.where(CaseStore.STATUS).ne(CaseStatus.CLOSED),
					Criteria.where(TIMELINE_TYPE).nin(MEASURE_EVENTS));
			case RETALIATION_REVIEW ->
				Criteria.where(TIMELINE_TYPE).is(CaseEventType.MEASURE_HELD_FOR_RETALIATION_REVIEW);
			case KNOWINGLY_FALSE_PROPOSED -> Criteria.where(CaseStore.KNOWINGLY_FALSE_STATUS)
				.is(ReporterRecord.KnowinglyFalseFinding.Status.PROPOSED);
		};
	}

	static Predicate<Case> test(EscalationKind kind) {
		return switch (kind) {
			case EXECUTIVE_OR_DIRECTOR_INVOLVED -> fired(RoutingRuleName.EXECUTIVE_OR_DIRECTOR_INVOLVED);
			case CFO_CAO_INVOLVED -> fired(RoutingRuleName.CFO_CAO_INVOLVED);
			case CEO_INVOLVED -> fired(RoutingRuleName.CEO_INVOLVED);
			case ACCOUNTING_CONCERN_FORWARDED ->
				(c) -> (c.meritReview() != null && c.meritReview().status() == MeritReview.Status.FORWARDED)
						|| fired(RoutingRuleName.ACCOUNTING_TO_AUDIT_COMMITTEE_AT_ONCE).test(c);
			case ADDRESSED_TO_AUDIT_COMMITTEE -> (c) -> c.recipient() == Recipient.AUDIT_COMMITTEE;
			case RESULTS_REPORTED_TO_BOARD -> (c) -> c.results() != null && c.results().toBoard();
			case MEASURE_AWAITING_DECISION -> (c) -> fired(RoutingRuleName.EXECUTIVE_OR_DIRECTOR_INVOLVED).test(c)
					&& c.results() != null && c.status() != CaseStatus.CLOSED
					&& c.timeline().stream().noneMatch((e) -> MEASURE_EVENTS.contains(e.type()));
			case RETALIATION_REVIEW -> (c) -> c.timeline()
				.stream()
				.anyMatch((e) -> e.type() == CaseEventType.MEASURE_HELD_FOR_RETALIATION_REVIEW);
			case KNOWINGLY_FALSE_PROPOSED -> (c) -> c.reporter().knowinglyFalseFinding() != null && c.reporter()
				.knowinglyFalseFinding()
				.status() == ReporterRecord.KnowinglyFalseFinding.Status.PROPOSED;
		};
	}

	private static Predicate<Case> fired(RoutingRuleName rule) {
		return (c) -> c.routing().steps().stream().anyMatch((s) -> s.rule() == rule);
	}

}
