package io.conduct.gifts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import io.conduct.people.Relation;
import io.conduct.platform.money.Money;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An entry of a tenant's gift register: a gift, gratuity, favour or business
 * entertainment offered, given or received, with its value in the tenant's and the
 * group's currency at the rates of its day, the engine's evaluation and the group's
 * totals it saw, and what followed (a disposition, a prior approval, a case). One
 * document, changed by single-document updates.
 *
 * @param id the id
 * @param recorder who recorded it, for whom, and who supervises them
 * @param what what it is
 * @param counterparty the other side
 * @param valuation its value, converted, with the rates used
 * @param evaluation what the rules said
 * @param totals the group's totals with the counterparty when it was recorded
 * @param tally what it adds to the group's totals (aggregated by index)
 * @param status where it stands
 * @param disposition its disposition, when one is due
 * @param approval the CFO/CAO's prior approval, when one is needed
 * @param caseReferral the case a refusal opened, when a rule opens one
 * @param recordedAt when it was recorded
 * @param updatedAt when it last changed
 * @param version optimistic lock
 */
@Document("gift_entries")
public record GiftEntry(@Id String id, Recorder recorder, What what, Party counterparty, Valuation valuation,
		GiftEvaluation evaluation, GiftTotals totals, Tally tally, GiftEntryStatus status, Disposition disposition,
		Approval approval, CaseReferral caseReferral, Instant recordedAt, Instant updatedAt, @Version Long version) {

	// the GraphQL type's fields, read through these

	public GiftKind kind() {
		return this.what.kind();
	}

	public GiftDirection direction() {
		return this.what.direction();
	}

	public GiftResponse response() {
		return this.what.response();
	}

	public GiftForm form() {
		return this.what.form();
	}

	public boolean statedBriberyOrKickback() {
		return this.what.statedBriberyOrKickback();
	}

	public boolean companyFunds() {
		return this.what.companyFunds();
	}

	public Boolean lawfulAndUnconditional() {
		return this.what.lawfulAndUnconditional();
	}

	public String description() {
		return this.what.description();
	}

	public LocalDate date() {
		return this.what.date();
	}

	public Integer attendees() {
		return this.what.attendees();
	}

	public Money value() {
		return this.valuation.recorded();
	}

	public FamilyMember familyMember() {
		return this.recorder.familyMember();
	}

	public boolean flagged() {
		return this.evaluation.flagged();
	}

	/** Whether the disposition is past its due date and not recorded, on the day. */
	boolean overdueOn(LocalDate today) {
		return this.disposition != null && this.disposition.recordedAt() == null
				&& today.isAfter(this.disposition.dueDate());
	}

	boolean isRecordedBy(String subject) {
		return subject != null && subject.equals(this.recorder.subject());
	}

	GiftEntry withDisposition(Disposition recorded, Instant now) {
		return new GiftEntry(this.id, this.recorder, this.what, this.counterparty, this.valuation, this.evaluation,
				this.totals, this.tally, GiftEntryStatus.DISPOSED, recorded, this.approval, this.caseReferral,
				this.recordedAt, now, this.version);
	}

	GiftEntry withApproval(Approval decided, Instant now) {
		GiftEntryStatus next = (decided.status() == GiftApprovalStatus.APPROVED) ? GiftEntryStatus.APPROVED
				: GiftEntryStatus.NOT_APPROVED;
		return new GiftEntry(this.id, this.recorder, this.what, this.counterparty, this.valuation, this.evaluation,
				this.totals, this.tally, next, this.disposition, decided, this.caseReferral, this.recordedAt, now,
				this.version);
	}

	/**
	 * Who recorded the entry and for whom.
	 *
	 * @param personId the recorder's directory entry
	 * @param subject the recorder's identity, to find their own entries
	 * @param supervisorPersonId their supervisor when it was recorded, who reads it
	 * @param familyMember the member of their immediate family it concerns, if not
	 * themselves
	 * @param groupPersonKey the key that adds the person's entries up across the group's
	 * companies ({@link GroupPersonKeys})
	 */
	public record Recorder(String personId, String subject, String supervisorPersonId, FamilyMember familyMember,
			String groupPersonKey) {
	}

	/**
	 * A member of the recorder's immediate family, as they declared them.
	 *
	 * @param relativeId the declaration's id
	 * @param name the relative's name
	 * @param relation how they are related
	 */
	public record FamilyMember(String relativeId, String name, Relation relation) {
	}

	/**
	 * What the entry is.
	 *
	 * @param kind gift, gratuity, favour or entertainment
	 * @param direction received or given
	 * @param response offered, accepted or declined
	 * @param form in kind, cash or a cash equivalent
	 * @param statedBriberyOrKickback whether the recorder says it is a bribe or kickback
	 * @param companyFunds whether it is paid with Company funds or assets
	 * @param lawfulAndUnconditional whether the giver confirms it complies with the law
	 * and expects no action in return
	 * @param description the recorder's words
	 * @param date when it was offered, given or received (planned, for a gift to give)
	 * @param attendees how many people the entertainment was for
	 */
	public record What(GiftKind kind, GiftDirection direction, GiftResponse response, GiftForm form,
			boolean statedBriberyOrKickback, boolean companyFunds, Boolean lawfulAndUnconditional, String description,
			LocalDate date, Integer attendees) {
	}

	/**
	 * The other side of an entry.
	 *
	 * @param kind a counterparty of the register, or what else
	 * @param counterpartyId the register's counterparty, when it is one
	 * @param name its name
	 * @param key what adds its entries up across the group: the register's id, else its
	 * kind and normalised name
	 */
	public record Party(GiftCounterpartyKind kind, String counterpartyId, String name, String key) {
	}

	/**
	 * What the entry is worth.
	 *
	 * @param recorded the value as recorded, in its own currency
	 * @param tenantValue in the tenant's currency, rounded to its minor unit: what the
	 * thresholds are compared with
	 * @param groupValue in the group's currency, rounded to its minor unit: what the
	 * group's totals add up
	 * @param rates the rates of the group's table used
	 */
	public record Valuation(Money recorded, Money tenantValue, Money groupValue, List<RateUsed> rates) {
	}

	/**
	 * A rate of the group's table used.
	 *
	 * @param rateId the rate's id in the table
	 * @param currency the currency converted
	 * @param groupCurrency the group's currency
	 * @param rate units of the group's currency for one unit of the currency
	 * @param effectiveDate from when it applies
	 */
	public record RateUsed(String rateId, Currency currency, Currency groupCurrency, BigDecimal rate,
			LocalDate effectiveDate) {
	}

	/**
	 * What an entry adds to the group's totals, matched by index: in its own company by
	 * the recorder's directory entry, in the group's other companies by their group key.
	 *
	 * @param personId the recorder's directory entry
	 * @param personKey the person's group key
	 * @param counterpartyKey the counterparty's group key
	 * @param date the entry's date
	 * @param entries 1, or 0 for a declined offer
	 * @param events 1 for entertainment that was not declined, else 0
	 * @param groupMinorUnits its value in the group's currency's minor units, 0 when
	 * declined
	 */
	public record Tally(String personId, String personKey, String counterpartyKey, LocalDate date, int entries,
			int events, long groupMinorUnits) {
	}

	/**
	 * A disposition that is due, and how it was made.
	 *
	 * @param dueDate by when, in the tenant's business days
	 * @param method returned or handed to the Company
	 * @param use what the Company did with it
	 * @param note what was done, in words
	 * @param recordedByPersonId who recorded it
	 * @param recordedAt when; {@code null} until it is recorded
	 */
	public record Disposition(LocalDate dueDate, GiftDispositionMethod method, CompanyDisposition use, String note,
			String recordedByPersonId, Instant recordedAt) {

		static Disposition due(LocalDate dueDate) {
			return new Disposition(dueDate, null, null, null, null, null);
		}

	}

	/**
	 * The CFO/CAO's prior approval.
	 *
	 * @param status pending, approved or not
	 * @param requestedAt when it was asked for
	 * @param decidedByPersonId who decided
	 * @param decidedAt when
	 * @param reasons why
	 */
	public record Approval(GiftApprovalStatus status, Instant requestedAt, String decidedByPersonId, Instant decidedAt,
			String reasons) {
	}

	/**
	 * The case a refusal opened in the cases domain.
	 *
	 * @param status whether the report was entered yet
	 * @param at when it was asked for, then when it was entered
	 */
	public record CaseReferral(CaseReferralStatus status, Instant at) {
	}

	/** Whether the report of a refused entry is in the cases domain. */
	public enum CaseReferralStatus {

		/** Not entered yet: the report's intake failed and is retried. */
		PENDING,

		/** Entered as a case, routed by the routing rules. */
		OPENED

	}

}
