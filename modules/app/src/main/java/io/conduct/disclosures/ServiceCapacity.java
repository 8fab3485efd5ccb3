package io.conduct.disclosures;

/** The capacities the Code names for performing services. */
public enum ServiceCapacity {

	CONSULTANT, EMPLOYEE, OFFICER, DIRECTOR, ADVISOR, OTHER

}
