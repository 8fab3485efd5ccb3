package io.conduct.people;

import java.util.List;

/**
 * People entered the tenant's directory, one by one or by an import; published in the
 * tenant's context, after they are stored.
 *
 * @param personIds the new people
 */
public record PeopleJoined(List<String> personIds) {

	public PeopleJoined {
		personIds = List.copyOf(personIds);
	}

}
