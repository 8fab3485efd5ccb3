package io.conduct.cases;

/**
 * The Code's disciplinary measures, and referral to the authorities (the GraphQL enum
 * MeasureKind).
 */
public enum MeasureKind {

	REPRIMAND, WARNING, PROBATION, SUSPENSION_WITHOUT_PAY, DEMOTION, SALARY_REDUCTION, DISCHARGE, RESTITUTION,
	REFERRAL_TO_AUTHORITIES

}
