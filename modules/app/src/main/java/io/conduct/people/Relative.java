package io.conduct.people;

/**
 * A relative a person declared.
 *
 * @param id id of the declaration
 * @param relation how they are related
 * @param name the relative's name
 * @param personId the relative's directory entry, when they work for the group's tenant
 */
public record Relative(String id, Relation relation, String name, String personId) {
}
