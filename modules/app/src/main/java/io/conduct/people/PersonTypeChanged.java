package io.conduct.people;

/**
 * A person's type changed (e.g. an employee became a director): who decides on their
 * matters may change with it. Published in the tenant's context, after it is stored.
 *
 * @param personId the person
 * @param previous the type before
 * @param current the type now
 */
public record PersonTypeChanged(String personId, PersonType previous, PersonType current) {
}
