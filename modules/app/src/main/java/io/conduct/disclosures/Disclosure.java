package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.conduct.people.PersonType;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A disclosure of an interest or a relationship, kept in the discloser's tenant's
 * database with its current evaluation and every determination: one document, so each
 * change is one write.
 *
 * @param id the id
 * @param discloserPersonId the discloser's directory entry
 * @param discloserSubject the discloser's identity
 * @param discloserType the discloser's person type when last evaluated
 * @param determiner who determines it
 * @param kind what was disclosed
 * @param status where it stands
 * @param counterpartyId the counterparty named (in the group's register)
 * @param capacity the capacity of service
 * @param atCompanyRequest whether the Company asked for the service
 * @param holder who holds the interest or has the relationship
 * @param relativeId the discloser's declared relative named
 * @param relativeName their name when disclosed
 * @param relativePersonId their directory entry, when they have one
 * @param sharesHeld shares held
 * @param percentOfOutstandingShares the percentage given
 * @param familyPersonId the family member whose evaluation or pay is concerned
 * @param description the discloser's words
 * @param source where it came from: {@code DISCLOSER} or {@code CERTIFICATION_EXCEPTION}
 * @param evaluation the engine's current evaluation
 * @param determinations every determination, the latest last
 * @param involvedPersonIds the people it involves, who never read or determine it
 * @param submittedAt when it was disclosed
 * @param updatedAt when it last changed
 * @param version optimistic lock
 */
@Document("disclosures")
public record Disclosure(@Id String id, String discloserPersonId, String discloserSubject, PersonType discloserType,
		Determiner determiner, DisclosureKind kind, DisclosureStatus status, String counterpartyId,
		ServiceCapacity capacity, boolean atCompanyRequest, InterestHolder holder, String relativeId,
		String relativeName, String relativePersonId, BigDecimal sharesHeld, BigDecimal percentOfOutstandingShares,
		String familyPersonId, String description, String source, Evaluation evaluation,
		List<Determination> determinations, List<String> involvedPersonIds, Instant submittedAt, Instant updatedAt,
		@Version Long version) {

	static final String FROM_DISCLOSER = "DISCLOSER";

	static final String FROM_CERTIFICATION_EXCEPTION = "CERTIFICATION_EXCEPTION";

	public Disclosure {
		determinations = (determinations != null) ? List.copyOf(determinations) : List.of();
		involvedPersonIds = (involvedPersonIds != null) ? List.copyOf(involvedPersonIds) : List.of();
	}

	/** The latest determination, if any. */
	public Determination latestDetermination() {
		return this.determinations.isEmpty() ? null : this.determinations.get(this.determinations.size() - 1);
	}

	boolean involves(String personId) {
		return personId != null && this.involvedPersonIds.contains(personId);
	}

	/**
	 * The disclosure after a new evaluation: a determined disclosure whose outcome
	 * changed goes back to its determiner.
	 */
	Disclosure reevaluated(Evaluation newEvaluation, PersonType type, Instant now) {
		DisclosureStatus newStatus = this.status;
		if (this.status == DisclosureStatus.DETERMINED && newEvaluation.outcome() != this.evaluation.outcome()) {
			newStatus = DisclosureStatus.AWAITING_DETERMINATION;
		}
		return new Disclosure(this.id, this.discloserPersonId, this.discloserSubject, type, Determiner.of(type),
				this.kind, newStatus, this.counterpartyId, this.capacity, this.atCompanyRequest, this.holder,
				this.relativeId, this.relativeName, this.relativePersonId, this.sharesHeld,
				this.percentOfOutstandingShares, this.familyPersonId, this.description, this.source, newEvaluation,
				this.determinations, this.involvedPersonIds, this.submittedAt, now, this.version);
	}

	Disclosure determined(Determination determination, Instant now) {
		List<Determination> all = new ArrayList<>(this.determinations);
		all.add(determination);
		return new Disclosure(this.id, this.discloserPersonId, this.discloserSubject, this.discloserType,
				this.determiner, this.kind, DisclosureStatus.DETERMINED, this.counterpartyId, this.capacity,
				this.atCompanyRequest, this.holder, this.relativeId, this.relativeName, this.relativePersonId,
				this.sharesHeld, this.percentOfOutstandingShares, this.familyPersonId, this.description, this.source,
				this.evaluation, all, this.involvedPersonIds, this.submittedAt, now, this.version);
	}

	Disclosure withdrawn(Instant now) {
		return new Disclosure(this.id, this.discloserPersonId, this.discloserSubject, this.discloserType,
				this.determiner, this.kind, DisclosureStatus.WITHDRAWN, this.counterpartyId, this.capacity,
				this.atCompanyRequest, this.holder, this.relativeId, this.relativeName, this.relativePersonId,
				this.sharesHeld, this.percentOfOutstandingShares, this.familyPersonId, this.description, this.source,
				this.evaluation, this.determinations, this.involvedPersonIds, this.submittedAt, now, this.version);
	}

}
