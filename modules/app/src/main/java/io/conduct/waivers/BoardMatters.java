package io.conduct.waivers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.tenancy.TenantContext;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the waivers put before the Board, for the group's oversight: requests of executive
 * officers and directors awaiting the Board's decision, and amendments of the Code that
 * apply to them whose public disclosure is still to be made. Read in the current tenant
 * (the caller sets it, one tenant of the group at a time) as the minimum a record below
 * holds, in the order of urgency: by the moment each waits for, then by id. The caller
 * audits what it shows, in this tenant's trail.
 */
@Service
public class BoardMatters {

	/** Among the ties with a position's moment: none come after it. */
	public static final String NO_TIES = "\uffff";

	private final WaiverRequestStore requests;

	private final PublicDisclosureClockStore clocks;

	private final Clock clock;

	BoardMatters(WaiverRequestStore requests, PublicDisclosureClockStore clocks, Clock clock) {
		this.requests = requests;
		this.clocks = clocks;
		this.clock = clock;
	}

	/**
	 * A waiver request awaiting the Board, without the requester, the section or the
	 * reasons.
	 *
	 * @param waiverRequestId its id in its tenant
	 * @param number the tenant's number
	 * @param requestedAt when it was made
	 * @param due the start of the period it asks for, by which the Board is to decide
	 * @param overdue whether that period began undecided
	 */
	public record WaiverAwaitingBoard(String waiverRequestId, String number, Instant requestedAt, Instant due,
			boolean overdue) {
	}

	/**
	 * An amendment of the Code applying to executive officers or directors whose public
	 * disclosure is pending.
	 *
	 * @param clockId the id of its disclosure clock in its tenant
	 * @param codeVersionId the version it made
	 * @param openedAt when its clock opened
	 * @param due the end of the last day to disclose, in the listing's zone
	 * @param overdue whether that passed undisclosed
	 */
	public record AmendmentToDisclose(String clockId, String codeVersionId, Instant openedAt, Instant due,
			boolean overdue) {
	}

	/**
	 * Up to {@code limit} requests awaiting the Board after the position (by due moment,
	 * then id), none requested by the people excluded.
	 * @param excludedPersonIds the reader's entries in this tenant's directory
	 * @param from requested at or after (null for no bound)
	 * @param to requested before (null for no bound)
	 * @param dueAfter the position's moment (null for the start)
	 * @param idAfter among ties with it, those after this id ({@code ""} all,
	 * {@link #NO_TIES} none)
	 */
	@PreAuthorize("hasRole('BOARD')")
	public List<WaiverAwaitingBoard> waiversAwaitingBoard(Collection<String> excludedPersonIds, Instant from,
			Instant to, Instant dueAfter, String idAfter, int limit) {
		ZoneId zone = TenantContext.required().zoneId();
		LocalDate dayAfter = null;
		String tieAfter = null;
		if (dueAfter != null) {
			dayAfter = LocalDate.ofInstant(dueAfter, zone);
			// a moment within a day: that day's requests are due before it, all ties done
			tieAfter = dayAfter.atStartOfDay(zone).toInstant().equals(dueAfter) ? idAfter : NO_TIES;
		}
		Instant now = this.clock.instant();
		return this.requests.awaitingBoard(excludedPersonIds, from, to, dayAfter, tieAfter, limit)
			.stream()
			.map((r) -> waiverOf(r, zone, now))
			.toList();
	}

	/** One request awaiting the Board, unless requested by the people excluded. */
	@PreAuthorize("hasRole('BOARD')")
	public Optional<WaiverAwaitingBoard> waiverAwaitingBoard(Collection<String> excludedPersonIds, String id) {
		ZoneId zone = TenantContext.required().zoneId();
		return this.requests.findById(id)
			.filter((r) -> r.status() == WaiverStatus.AWAITING_BOARD)
			.filter((r) -> !excludedPersonIds.contains(r.requesterPersonId()))
			.map((r) -> waiverOf(r, zone, this.clock.instant()));
	}

	/**
	 * Up to {@code limit} amendments to disclose after the position (by due moment, then
	 * clock id).
	 */
	@PreAuthorize("hasRole('BOARD')")
	public List<AmendmentToDisclose> amendmentsToDisclose(Instant from, Instant to, Instant dueAfter, String idAfter,
			int limit) {
		Instant now = this.clock.instant();
		// the due day is in the listing's zone, at most a day away from UTC's: read from
		// the day before and seek exactly here (amendments are few)
		LocalDate fromDay = (dueAfter != null) ? LocalDate.ofInstant(dueAfter, ZoneId.of("UTC")).minusDays(1) : null;
		return this.clocks.pendingAmendments(from, to, fromDay, limit + 20)
			.stream()
			.map((c) -> amendmentOf(c, now))
			.sorted(java.util.Comparator.comparing(AmendmentToDisclose::due)
				.thenComparing(AmendmentToDisclose::clockId))
			.filter((a) -> dueAfter == null || a.due().isAfter(dueAfter)
					|| (a.due().equals(dueAfter) && a.clockId().compareTo(idAfter) > 0))
			.limit(limit)
			.toList();
	}

	/** One amendment to disclose. */
	@PreAuthorize("hasRole('BOARD')")
	public Optional<AmendmentToDisclose> amendmentToDisclose(String clockId) {
		return this.clocks.findById(clockId)
			.filter((c) -> c.subject() == PublicDisclosureClock.Subject.CODE_AMENDMENT
					&& c.status() == PublicDisclosureClock.Status.PENDING)
			.map((c) -> amendmentOf(c, this.clock.instant()));
	}

	private static WaiverAwaitingBoard waiverOf(WaiverRequest request, ZoneId zone, Instant now) {
		Instant due = request.periodStart().atStartOfDay(zone).toInstant();
		return new WaiverAwaitingBoard(request.id(), request.number(), request.requestedAt(), due, !now.isBefore(due));
	}

	private static AmendmentToDisclose amendmentOf(PublicDisclosureClock clock, Instant now) {
		Instant due = clock.dueDate().plusDays(1).atStartOfDay(clock.zone()).toInstant();
		return new AmendmentToDisclose(clock.id(), clock.codeVersionId(), clock.openedAt(), due, !now.isBefore(due));
	}

}
