package io.conduct.cases;

/** Where a measure stands (the GraphQL enum MeasureStatus). */
public enum MeasureStatus {

	FINAL, HELD_FOR_RETALIATION_REVIEW, REVOKED

}
