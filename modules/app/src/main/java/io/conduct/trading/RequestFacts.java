package io.conduct.trading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.conduct.people.PersonType;

/**
 * What the engine needs to answer a pre-clearance request, gathered by the services from
 * the stores, the directory, the calendars and the open cases: framework-free values.
 *
 * @param at the moment of the answer
 * @param today the day of the answer in the tenant's time zone (restrictions and plans
 * are by day)
 * @param requester who asks
 * @param security what for
 * @param kind buy, sell, gift or exercise
 * @param plan the Rule 10b5-1 plan the trade is under, if any
 * @param blackout the quarterly blackout window in force at that moment, if any
 * @param eventWindows the open event windows of the tenant
 * @param caseInsider whether the requester handles, investigates or is informed of an
 * open case about accounting, auditing or a violation of law
 * @param restricted the restricted list
 * @param watched the watch list's entries for the security
 * @param companyTrades the requester's recorded trades in the Company's securities within
 * the short-swing period around the day
 */
record RequestFacts(Instant at, LocalDate today, Requester requester, Security security, TradeKind kind, Plan plan,
		Blackout blackout, List<Window> eventWindows, boolean caseInsider, RestrictedList restricted,
		List<Watch> watched, List<PastTrade> companyTrades) {

	RequestFacts {
		eventWindows = (eventWindows != null) ? List.copyOf(eventWindows) : List.of();
		watched = (watched != null) ? List.copyOf(watched) : List.of();
		companyTrades = (companyTrades != null) ? List.copyOf(companyTrades) : List.of();
		restricted = (restricted != null) ? restricted : RestrictedList.of(List.of());
	}

	/**
	 * The person asking or trading.
	 *
	 * @param personId their directory id
	 * @param type their person type
	 * @param subject whether they are subject to pre-clearance
	 * @param subjectBasis why they are, or are not, in words
	 */
	record Requester(String personId, PersonType type, boolean subject, String subjectBasis) {
	}

	/**
	 * The security.
	 *
	 * @param id its id
	 * @param issuer the Company or a counterparty
	 * @param name its name for people
	 */
	record Security(String id, SecurityIssuer issuer, String name) {

		boolean isCompany() {
			return this.issuer == SecurityIssuer.COMPANY;
		}

	}

	/**
	 * A Rule 10b5-1 plan, with its cooling-off computed.
	 *
	 * @param id its id
	 * @param adoptionDate the day it was adopted
	 * @param endDate its last day
	 * @param coolingOffEndDate the last day of its cooling-off period
	 * @param coolingOffBasis how that day was reached, in words
	 */
	record Plan(String id, LocalDate adoptionDate, LocalDate endDate, LocalDate coolingOffEndDate,
			String coolingOffBasis) {
	}

	/**
	 * A quarterly blackout window in force.
	 *
	 * @param fiscalYear the fiscal year, named by the calendar year it starts in
	 * @param quarter 1 to 4
	 * @param quarterStart the quarter's first day
	 * @param quarterEnd its last day
	 * @param startDate the window's first day
	 * @param releaseDate the earnings release, if entered
	 * @param lastDay the window's last trading day, once the release is entered
	 * @param endsAt the close of the listing exchange on that day, once known
	 * @param exchange the listing exchange whose trading days count
	 * @param endTradingDays full trading days after the release the window lasts
	 */
	record Blackout(int fiscalYear, int quarter, LocalDate quarterStart, LocalDate quarterEnd, LocalDate startDate,
			LocalDate releaseDate, LocalDate lastDay, java.time.ZonedDateTime endsAt, String exchange,
			int endTradingDays) {
	}

	/**
	 * An event window the CFO/CAO opened.
	 *
	 * @param id its id
	 * @param name its name
	 * @param personIds the people in it
	 * @param securityIds the securities it covers; empty for the Company's
	 * @param openedAt when it opened
	 * @param closedAt when it closed, if it did
	 */
	record Window(String id, String name, Set<String> personIds, Set<String> securityIds, Instant openedAt,
			Instant closedAt) {

		boolean isOpenAt(Instant moment) {
			return !this.openedAt.isAfter(moment) && (this.closedAt == null || this.closedAt.isAfter(moment));
		}

		boolean covers(Security security) {
			return this.securityIds.isEmpty() ? security.isCompany() : this.securityIds.contains(security.id());
		}

	}

	/**
	 * An entry of the restricted list.
	 *
	 * @param id its id
	 * @param securityId the security
	 * @param everyone whether it applies to everyone, else to the people named
	 * @param personIds the people named
	 * @param startDate its first day
	 * @param endDate its last day, if set
	 */
	record Restriction(String id, String securityId, boolean everyone, Set<String> personIds, LocalDate startDate,
			LocalDate endDate) {

		boolean appliesTo(String personId, LocalDate day) {
			return (this.everyone || this.personIds.contains(personId)) && !day.isBefore(this.startDate)
					&& (this.endDate == null || !day.isAfter(this.endDate));
		}

	}

	/**
	 * The restricted list, by security, so a request looks only at its security's
	 * entries.
	 */
	static final class RestrictedList {

		private final Map<String, List<Restriction>> bySecurity;

		private RestrictedList(Map<String, List<Restriction>> bySecurity) {
			this.bySecurity = bySecurity;
		}

		static RestrictedList of(Collection<Restriction> restrictions) {
			Map<String, List<Restriction>> bySecurity = new HashMap<>();
			for (Restriction restriction : restrictions) {
				bySecurity.computeIfAbsent(restriction.securityId(), (id) -> new java.util.ArrayList<>())
					.add(restriction);
			}
			return new RestrictedList(bySecurity);
		}

		List<Restriction> of(String securityId) {
			return this.bySecurity.getOrDefault(securityId, List.of());
		}

	}

	/**
	 * An entry of the watch list.
	 *
	 * @param id its id
	 * @param securityId the security
	 * @param startDate its first day
	 * @param endDate its last day, if set
	 * @param note why it is watched
	 */
	record Watch(String id, String securityId, LocalDate startDate, LocalDate endDate, String note) {

		boolean isOn(LocalDate day) {
			return !day.isBefore(this.startDate) && (this.endDate == null || !day.isAfter(this.endDate));
		}

	}

	/**
	 * A recorded trade of the Company's securities.
	 *
	 * @param id its id
	 * @param kind what it was
	 * @param tradeDate when
	 */
	record PastTrade(String id, TradeKind kind, LocalDate tradeDate) {
	}

}
