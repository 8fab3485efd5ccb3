package io.conduct.disclosures;

/** What a counterparty is to the group. */
public enum CounterpartyKind {

	CUSTOMER, SUPPLIER, DIRECT_COMPETITOR

}
