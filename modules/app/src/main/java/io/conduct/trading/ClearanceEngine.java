package io.conduct.trading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one engine that answers pre-clearance requests and judges trades by the rules of
 * {@code trading/trading-rules.json}: it looks at each rule of the stage in the file's
 * order, for the securities and people the rule names; a permission that clears makes the
 * restrictions moot; the review rules (who answers) apply only when nothing else decided.
 * Every rule that applied is reported with its effect, its dates and whether only the
 * CFO/CAO may see it. Framework-free.
 */
final class ClearanceEngine {

	private final TradingRules rules;

	private final Map<TradingRule, TradingPolicy> policies = new EnumMap<>(TradingRule.class);

	ClearanceEngine(TradingRules rules) {
		this.rules = rules;
		this.policies.put(TradingRule.COOLING_OFF, new PlanPolicies.CoolingOff());
		this.policies.put(TradingRule.TRADING_PLAN, new PlanPolicies.ClearedByPlan());
		this.policies.put(TradingRule.CLEARANCE, new ClearancePolicies.Cleared());
		this.policies.put(TradingRule.EXPIRED_CLEARANCE, new ClearancePolicies.Expired());
		this.policies.put(TradingRule.DENIED_CLEARANCE, new ClearancePolicies.Denied());
		this.policies.put(TradingRule.EXCEEDS_CLEARANCE, new ClearancePolicies.Exceeded());
		this.policies.put(TradingRule.NO_CLEARANCE, new ClearancePolicies.Missing());
		this.policies.put(TradingRule.BLACKOUT, new RestrictionPolicies.Blackout());
		this.policies.put(TradingRule.EVENT_WINDOW, new RestrictionPolicies.EventWindow());
		this.policies.put(TradingRule.RESTRICTED_LIST, new RestrictionPolicies.Restricted());
		this.policies.put(TradingRule.WATCH_LIST, new RestrictionPolicies.Watched());
		this.policies.put(TradingRule.SHORT_SWING, new ReportingPolicies.ShortSwing(rules.shortSwingMonths()));
		this.policies.put(TradingRule.FORM_4, new ReportingPolicies.Form4(rules.form4BusinessDays()));
		this.policies.put(TradingRule.PRE_CLEARANCE, new ReviewPolicies.Review());
		this.policies.put(TradingRule.NOT_SUBJECT, new ReviewPolicies.NotSubject());
	}

	TradingRules rules() {
		return this.rules;
	}

	/** The answer to a request. */
	Assessment request(RequestFacts facts) {
		return run(TradingRules.Stage.REQUEST, facts, (policy) -> policy.onRequest(facts));
	}

	/** The judgement of a trade. */
	Assessment trade(TradeFacts facts) {
		return run(TradingRules.Stage.TRADE, facts.context(), (policy) -> policy.onTrade(facts));
	}

	private Assessment run(TradingRules.Stage stage, RequestFacts context,
			Function<TradingPolicy, Optional<TradingPolicy.Found>> apply) {
		List<TradingFinding> findings = new ArrayList<>();
		boolean cleared = false;
		boolean decided = false;
		for (TradingRules.Rule rule : this.rules.at(stage)) {
			boolean moot = (cleared && rule.group() == TradingRules.Group.RESTRICTION)
					|| (decided && rule.group() == TradingRules.Group.REVIEW);
			if (moot || !inScope(rule, context)) {
				continue;
			}
			Optional<TradingPolicy.Found> found = apply.apply(this.policies.get(rule.rule()));
			if (found.isEmpty()) {
				continue;
			}
			TradingEffect effect = rule.effects().get(stage);
			TradingPolicy.Found what = found.get();
			findings.add(new TradingFinding(rule.rule(), effect, what.startDate(), what.endDate(), what.explanation(),
					rule.confidential(), what.reference()));
			boolean decisive = rule.group() == TradingRules.Group.PERMISSION
					|| rule.group() == TradingRules.Group.RESTRICTION;
			if (decisive && effect != TradingEffect.WARN) {
				decided = true;
				cleared = cleared || (effect == TradingEffect.CLEAR && rule.group() == TradingRules.Group.PERMISSION);
			}
		}
		return new Assessment(findings, this.rules.version());
	}

	private static boolean inScope(TradingRules.Rule rule, RequestFacts facts) {
		boolean security = rule.securities() == TradingRules.SecurityScope.ALL || facts.security().isCompany();
		RequestFacts.Requester person = facts.requester();
		boolean people = switch (rule.persons()) {
			case EVERYONE -> true;
			case SUBJECT -> person.subject();
			case NOT_SUBJECT -> !person.subject();
			case EXECUTIVES_AND_DIRECTORS -> person.type() != null && person.type().isExecutiveOrDirector();
		};
		return security && people;
	}

	/**
	 * What the engine found.
	 *
	 * @param findings the rules that applied, in the file's order
	 * @param rulesVersion the rules file's version
	 */
	record Assessment(List<TradingFinding> findings, String rulesVersion) {

		Assessment {
			findings = List.copyOf(findings);
		}

		boolean denied() {
			return this.findings.stream().anyMatch(TradingFinding::denies);
		}

		boolean clearedByRule() {
			return this.findings.stream().anyMatch(TradingFinding::clears);
		}

		boolean notRequired() {
			return this.findings.stream().anyMatch((f) -> f.effect() == TradingEffect.NOT_REQUIRED);
		}

		boolean flagged() {
			return this.findings.stream().anyMatch(TradingFinding::flags);
		}

		/** The status a request answered by the engine alone takes. */
		PreClearanceStatus requestStatus() {
			if (denied()) {
				return PreClearanceStatus.DENIED;
			}
			if (clearedByRule()) {
				return PreClearanceStatus.APPROVED;
			}
			return notRequired() ? PreClearanceStatus.NOT_REQUIRED : PreClearanceStatus.PENDING;
		}

		/**
		 * Whether a trade is cleared: by a clearance or a plan, or because none was
		 * needed.
		 */
		boolean tradeCleared() {
			return clearedByRule() || (notRequired()
					&& this.findings.stream().noneMatch((f) -> f.flags() && f.rule() != TradingRule.WATCH_LIST));
		}

		/** The first denial, if any. */
		Optional<TradingFinding> firstDenial() {
			return this.findings.stream().filter(TradingFinding::denies).findFirst();
		}

	}

}
