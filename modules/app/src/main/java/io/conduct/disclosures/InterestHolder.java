package io.conduct.disclosures;

/**
 * Who holds an interest or has a relationship: the discloser or one of their relatives.
 */
public enum InterestHolder {

	SELF, RELATIVE

}
