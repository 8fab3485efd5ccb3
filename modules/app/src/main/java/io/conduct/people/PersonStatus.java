package io.conduct.people;

/**
 * Whether a person still works for the tenant. Offboarded people keep every record.
 */
public enum PersonStatus {

	ACTIVE, OFFBOARDED

}
