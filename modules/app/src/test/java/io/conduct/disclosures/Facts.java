package io.conduct.disclosures;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.conduct.people.PersonType;
import io.conduct.people.Relation;

/** Builds the engine's facts for unit tests, one disclosure at a time. */
final class Facts {

	static final Significance SIGNIFICANT_SUPPLIER = new Significance(null, true, null, List.of(), List.of(),
			List.of());

	static final Significance SIGNIFICANT_CUSTOMER = new Significance(true, null, null, List.of(), List.of(),
			List.of());

	static final Significance NOT_SIGNIFICANT = new Significance(false, false, null, List.of(), List.of(), List.of());

	private PersonType type = PersonType.EMPLOYEE;

	private DisclosureKind kind = DisclosureKind.SERVICE;

	private ServiceCapacity capacity = ServiceCapacity.CONSULTANT;

	private boolean atRequest;

	private InterestHolder holder = InterestHolder.SELF;

	private DisclosureFacts.RelativeFacts relative;

	private DisclosureFacts.Interest interest;

	private DisclosureFacts.CounterpartyFacts counterparty = counterparty("Nordwind AG", Ownership.PUBLICLY_HELD,
			SIGNIFICANT_SUPPLIER, CounterpartyKind.SUPPLIER);

	private DisclosureFacts.FamilyFacts family;

	private String description;

	private List<TenantRule> rules = List.of();

	static Facts of(PersonType type, DisclosureKind kind) {
		Facts facts = new Facts();
		facts.type = type;
		facts.kind = kind;
		return facts;
	}

	static DisclosureFacts.CounterpartyFacts counterparty(String name, Ownership ownership, Significance significance,
			CounterpartyKind... kinds) {
		Set<CounterpartyKind> set = EnumSet.noneOf(CounterpartyKind.class);
		set.addAll(List.of(kinds));
		return new DisclosureFacts.CounterpartyFacts(name, set, ownership, new BigDecimal("1000000"), significance);
	}

	Facts with(DisclosureFacts.CounterpartyFacts counterparty) {
		this.counterparty = counterparty;
		return this;
	}

	Facts as(ServiceCapacity capacity) {
		this.capacity = capacity;
		return this;
	}

	Facts atTheCompanysRequest() {
		this.atRequest = true;
		return this;
	}

	Facts relative(Relation relation) {
		this.holder = InterestHolder.RELATIVE;
		this.relative = new DisclosureFacts.RelativeFacts("Robin", relation);
		return this;
	}

	Facts percent(String percent) {
		this.interest = new DisclosureFacts.Interest(null, new BigDecimal(percent));
		return this;
	}

	/** Shares of the counterparty's 1,000,000 outstanding shares. */
	Facts shares(String shares) {
		this.interest = new DisclosureFacts.Interest(new BigDecimal(shares), null);
		return this;
	}

	Facts family(boolean immediate) {
		this.family = new DisclosureFacts.FamilyFacts("Kim", immediate);
		return this;
	}

	Facts describing(String description, TenantRule... rules) {
		this.description = description;
		this.rules = List.of(rules);
		return this;
	}

	DisclosureFacts build() {
		return new DisclosureFacts(this.type, this.kind, this.capacity, this.atRequest, this.holder, this.relative,
				this.interest,
				(this.kind == DisclosureKind.FAMILY_SUPERVISION || this.kind == DisclosureKind.OTHER_ACTIVITY) ? null
						: this.counterparty,
				this.family, this.description, this.rules);
	}

}
