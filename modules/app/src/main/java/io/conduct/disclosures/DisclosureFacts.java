package io.conduct.disclosures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.conduct.people.PersonType;
import io.conduct.people.Relation;

/**
 * What the engine looks at for one disclosure: the discloser's kind of person, what was
 * disclosed, and what the register and the directory know about it now.
 *
 * @param personType the discloser's type, from the directory
 * @param kind what was disclosed
 * @param capacity the capacity of service, for service
 * @param atCompanyRequest whether the Company asked for the service
 * @param holder who holds the interest or has the relationship
 * @param relative the relative named, when one is
 * @param interest the interest in shares, for a financial interest
 * @param counterparty the counterparty named, when one is
 * @param family the family member whose evaluation or pay is concerned
 * @param description the discloser's words
 * @param tenantRules the tenant's rules from Board determinations
 */
record DisclosureFacts(PersonType personType, DisclosureKind kind, ServiceCapacity capacity, boolean atCompanyRequest,
		InterestHolder holder, RelativeFacts relative, Interest interest, CounterpartyFacts counterparty,
		FamilyFacts family, String description, List<TenantRule> tenantRules) {

	DisclosureFacts {
		tenantRules = (tenantRules != null) ? List.copyOf(tenantRules) : List.of();
		holder = (holder != null) ? holder : InterestHolder.SELF;
	}

	PersonGroup group() {
		return PersonGroup.of(this.personType);
	}

	/** Whether the holder is a close relative in the Code's sense, or the discloser. */
	boolean holderCovered() {
		return this.holder == InterestHolder.SELF || (this.relative != null && this.relative.isCloseRelative());
	}

	/**
	 * A relative named in a disclosure, as the discloser declared them in the directory.
	 *
	 * @param name their name
	 * @param relation how they are related; {@code null} when no longer declared
	 */
	record RelativeFacts(String name, Relation relation) {

		boolean isCloseRelative() {
			return this.relation != null && this.relation.isCloseRelative();
		}

		String words() {
			if (this.relation == null) {
				return this.name + " (no longer a declared relative)";
			}
			return this.name + " (" + this.relation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
		}

	}

	/**
	 * An interest in shares.
	 *
	 * @param sharesHeld shares held, when a count was given
	 * @param percentGiven the percentage of the outstanding shares, when it was given
	 */
	record Interest(BigDecimal sharesHeld, BigDecimal percentGiven) {

		/**
		 * The share of the outstanding shares, or {@code null} when it cannot be known.
		 */
		Percent percentOf(BigDecimal outstandingShares) {
			if (this.percentGiven != null) {
				return Percent.given(this.percentGiven);
			}
			if (this.sharesHeld == null || outstandingShares == null || outstandingShares.signum() <= 0) {
				return null;
			}
			return Percent.of(this.sharesHeld, outstandingShares);
		}

	}

	/**
	 * A counterparty as the register knows it now.
	 *
	 * @param name its name
	 * @param kinds what it is to the group
	 * @param ownership publicly or privately held
	 * @param outstandingShares its outstanding shares, when known
	 * @param significance its significance now
	 */
	record CounterpartyFacts(String name, Set<CounterpartyKind> kinds, Ownership ownership,
			BigDecimal outstandingShares, Significance significance) {
	}

	/**
	 * The person whose evaluation or pay the discloser supervises, reviews or influences.
	 *
	 * @param name their name
	 * @param immediateFamily whether the directory has them as immediate family of the
	 * discloser, by either one's declaration
	 */
	record FamilyFacts(String name, boolean immediateFamily) {
	}

}
