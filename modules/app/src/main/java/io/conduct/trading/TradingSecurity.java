package io.conduct.trading;

import java.time.Instant;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A security people ask to trade: one listing of the Company's own, or of a counterparty
 * of the group's register (the register says who it is; this says where it trades).
 *
 * @param id the id
 * @param issuer the Company or a counterparty
 * @param counterpartyId the counterparty of the group's register, for its securities
 * @param issuerName the issuer's name as people know it
 * @param sortName lower-case issuer name and ticker, for ordering and prefix search
 * @param exchange the ISO 10383 MIC of its exchange, whose trading days and close count
 * @param ticker its ticker symbol there
 * @param isin its ISIN
 * @param description what it is, e.g. common stock
 * @param registeredAt when it was registered
 */
@Document("trading_securities")
record TradingSecurity(@Id String id, SecurityIssuer issuer, String counterpartyId, String issuerName, String sortName,
		String exchange, String ticker, String isin, String description, Instant registeredAt) {

	static String sortNameOf(String issuerName, String ticker) {
		return (issuerName.trim() + " " + ticker.trim()).toLowerCase(Locale.ROOT);
	}

	RequestFacts.Security facts() {
		return new RequestFacts.Security(this.id, this.issuer, this.issuerName + " (" + this.ticker + ")");
	}

	boolean isCompany() {
		return this.issuer == SecurityIssuer.COMPANY;
	}

}
