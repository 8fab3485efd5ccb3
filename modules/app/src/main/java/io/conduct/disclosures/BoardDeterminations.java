package io.conduct.disclosures;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The conflict-of-interest determinations the Code gives the Board (those of executive
 * officers and directors) still to be made, for the group's oversight: read in the
 * current tenant (the caller sets it, one tenant of the group at a time) as the minimum
 * an {@link AwaitingBoard} holds, oldest first (the Code sets no deadline). A member
 * never sees one they are involved in. The caller audits what it shows, in this tenant's
 * trail.
 */
@Service
public class BoardDeterminations {

	private final DisclosureStore store;

	BoardDeterminations(DisclosureStore store) {
		this.store = store;
	}

	/**
	 * A disclosure awaiting the Board's determination, without the discloser, the
	 * counterparty or the description.
	 *
	 * @param disclosureId its id in its tenant
	 * @param kind what was disclosed
	 * @param submittedAt when it was disclosed
	 */
	public record AwaitingBoard(String disclosureId, DisclosureKind kind, Instant submittedAt) {
	}

	/**
	 * Up to {@code limit} after the position (by the moment disclosed, then id), none
	 * involving the people excluded.
	 * @param excludedPersonIds the reader's entries in this tenant's directory
	 * @param from disclosed at or after (null for no bound)
	 * @param to disclosed before (null for no bound)
	 * @param submittedAfter the position's moment (null for the start)
	 * @param idAfter among ties with it, those after this id ({@code ""} all,
	 * {@code "\uffff"} none)
	 */
	@PreAuthorize("hasRole('BOARD')")
	public List<AwaitingBoard> awaiting(Collection<String> excludedPersonIds, Instant from, Instant to,
			Instant submittedAfter, String idAfter, int limit) {
		return this.store.awaitingBoard(excludedPersonIds, from, to, submittedAfter, idAfter, limit)
			.stream()
			.map(BoardDeterminations::of)
			.toList();
	}

	/** One awaiting the Board, unless it involves the people excluded. */
	@PreAuthorize("hasRole('BOARD')")
	public Optional<AwaitingBoard> find(Collection<String> excludedPersonIds, String disclosureId) {
		return this.store.find(disclosureId)
			.filter(BoardDeterminations::awaitsTheBoard)
			.filter((d) -> d.involvedPersonIds().stream().noneMatch(excludedPersonIds::contains)
					&& !excludedPersonIds.contains(d.discloserPersonId()))
			.map(BoardDeterminations::of);
	}

	private static boolean awaitsTheBoard(Disclosure disclosure) {
		return disclosure.determiner() == Determiner.BOARD
				&& disclosure.status() == DisclosureStatus.AWAITING_DETERMINATION;
	}

	private static AwaitingBoard of(Disclosure disclosure) {
		return new AwaitingBoard(disclosure.id(), disclosure.kind(), disclosure.submittedAt());
	}

}
