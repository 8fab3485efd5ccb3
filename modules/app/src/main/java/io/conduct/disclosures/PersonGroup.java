package io.conduct.disclosures;

import io.conduct.people.PersonType;

/**
 * The Code's two lists: employees and officers (officers and executive officers are
 * officers), and directors.
 */
enum PersonGroup {

	EMPLOYEES_AND_OFFICERS, DIRECTORS;

	static PersonGroup of(PersonType type) {
		return (type == PersonType.DIRECTOR) ? DIRECTORS : EMPLOYEES_AND_OFFICERS;
	}

}
