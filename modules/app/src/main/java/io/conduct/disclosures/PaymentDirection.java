package io.conduct.disclosures;

/** Which way a payment goes. */
public enum PaymentDirection {

	/** Paid by the counterparty to the Company: a customer's payments. */
	TO_COMPANY,

	/** Paid by the Company to the counterparty: a supplier's payments. */
	BY_COMPANY

}
