package io.conduct.people;

/**
 * The Code distinguishes who decides for whom by person type.
 */
public enum PersonType {

	EMPLOYEE, OFFICER, EXECUTIVE_OFFICER, DIRECTOR;

	/**
	 * Executive officers and directors: the CEO and the Board decide on their matters.
	 */
	public boolean isExecutiveOrDirector() {
		return this == EXECUTIVE_OFFICER || this == DIRECTOR;
	}

}
