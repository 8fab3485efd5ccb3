package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.conduct.platform.money.Money;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer, supplier or direct competitor of the group, kept in the database of the
 * group's top company and read by every company of the group.
 *
 * @param id the id
 * @param name the name
 * @param sortName lower-case name, for ordering and prefix search
 * @param externalId the id in the group's ERP, unique when given
 * @param kinds what it is to the group
 * @param ownership publicly or privately held
 * @param outstandingShares its outstanding shares, when known
 * @param lastFiscalYearRevenue its own consolidated gross revenue of its last full fiscal
 * year, for suppliers
 * @param createdAt when it was registered
 * @param updatedAt when it last changed
 */
@Document("counterparties")
public record Counterparty(@Id String id, String name, String sortName, String externalId, Set<CounterpartyKind> kinds,
		Ownership ownership, BigDecimal outstandingShares, Money lastFiscalYearRevenue, Instant createdAt,
		Instant updatedAt) {

	public Counterparty {
		kinds = (kinds == null || kinds.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
	}

	static String sortNameOf(String name) {
		return name.trim().toLowerCase(Locale.ROOT);
	}

	DisclosureFacts.CounterpartyFacts facts(Significance significance) {
		return new DisclosureFacts.CounterpartyFacts(this.name, this.kinds, this.ownership, this.outstandingShares,
				significance);
	}

}
