package io.conduct.people;

/**
 * A person was offboarded; their records stay. Published in the tenant's context.
 *
 * @param personId the person
 */
public record PersonLeft(String personId) {
}
