package io.conduct.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.conduct.platform.money.Money;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A trade a person recorded after making it, with what the engine found: cleared by a
 * clearance or a plan (or none needed), or flagged to the CFO/CAO; the short-swing
 * warning and the Form 4 due for executive officers and directors.
 *
 * @param id the id
 * @param traderPersonId who traded
 * @param securityId what
 * @param issuer whose security it is
 * @param kind buy, sell, gift or exercise
 * @param tradeDate when
 * @param quantity how many
 * @param price the price of one
 * @param preClearanceId the clearance it was made under, if any
 * @param planId the plan it was made under, if any
 * @param recordedAt when it was recorded
 * @param cleared whether it was cleared
 * @param flagged whether it is flagged to the CFO/CAO
 * @param findings the rules that applied
 * @param rulesVersion the rules file's version
 * @param form4Due when its Form 4 is due, where one is
 */
@Document("trading_trades")
record Trade(@Id String id, String traderPersonId, String securityId, SecurityIssuer issuer, TradeKind kind,
		LocalDate tradeDate, BigDecimal quantity, Money price, String preClearanceId, String planId, Instant recordedAt,
		boolean cleared, boolean flagged, List<TradingFinding> findings, String rulesVersion, LocalDate form4Due) {

	Trade {
		findings = (findings != null) ? List.copyOf(findings) : List.of();
	}

	RequestFacts.PastTrade facts() {
		return new RequestFacts.PastTrade(this.id, this.kind, this.tradeDate);
	}

}
