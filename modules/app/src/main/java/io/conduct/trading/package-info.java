/**
 * Insider trading: the securities of the Company and of its counterparties, pre-clearance
 * requests answered by the CFO/CAO or a named delegate (never the requester), clearances
 * that expire at the market close of the security's exchange, quarterly blackout windows
 * from the tenant's fiscal calendar, event windows (opened by the CFO/CAO, and those the
 * open cases about accounting, auditing or a violation of law make for their handlers),
 * restricted and watch lists, trades recorded after the fact with their flags, Form 4
 * reminders, short-swing warnings and Rule 10b5-1 plans. The rules are data
 * ({@code trading/trading-rules.json}) applied by one engine that names the rule and the
 * dates behind every automatic answer. It offers no API to other domains: it is reached
 * through GraphQL; the local run seeds its demo through
 * {@link io.conduct.trading.TradingDemo}.
 */
@ApplicationModule(
		allowedDependencies = { "platform", "people", "calendars", "disclosures", "cases", "notifications", "viewer" })
package io.conduct.trading;

import org.springframework.modulith.ApplicationModule;
