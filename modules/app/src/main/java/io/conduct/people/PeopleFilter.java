package io.conduct.people;

/**
 * Which people to list.
 *
 * @param type only this person type
 * @param supervisorId only people with this supervisor
 * @param status only this status
 * @param name a prefix of the given or family name
 */
record PeopleFilter(PersonType type, String supervisorId, PersonStatus status, String name) {

	static final PeopleFilter NONE = new PeopleFilter(null, null, null, null);

}
