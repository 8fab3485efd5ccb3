package io.conduct.trading;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the engine needs to judge a trade recorded after the fact: the facts of a request
 * made on the trade's day (blackouts, windows, restrictions, as they stood then), and the
 * clearance or plan the trade names.
 *
 * @param context the request's facts on the trade's day
 * @param tradeDate the day of the trade
 * @param quantity how many
 * @param clearance the clearance the trade names, if any
 * @param alreadyTraded what earlier trades under that clearance used of it
 * @param form4Due when a Form 4 is due, where one is (US-listed Company securities)
 */
record TradeFacts(RequestFacts context, LocalDate tradeDate, BigDecimal quantity, Clearance clearance,
		BigDecimal alreadyTraded, LocalDate form4Due) {

	TradeFacts {
		alreadyTraded = (alreadyTraded != null) ? alreadyTraded : BigDecimal.ZERO;
	}

	/**
	 * A clearance a trade names.
	 *
	 * @param id the request's id
	 * @param status its status now
	 * @param quantity what was cleared
	 * @param decidedOn the day it was answered, in the exchange's zone
	 * @param lastDay the last trading day of its window
	 * @param closesAt when its window closes
	 * @param exchange the exchange whose close ends it
	 */
	record Clearance(String id, PreClearanceStatus status, BigDecimal quantity, LocalDate decidedOn, LocalDate lastDay,
			java.time.ZonedDateTime closesAt, String exchange) {
	}

}
