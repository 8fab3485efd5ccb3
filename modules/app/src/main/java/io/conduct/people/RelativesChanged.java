package io.conduct.people;

/**
 * A person declared or removed a relative: who is a close relative or immediate family of
 * them changed. Published in the tenant's context, after it is stored.
 *
 * @param personId the person whose declarations changed
 * @param relativePersonId the relative's directory entry, when they have one
 */
public record RelativesChanged(String personId, String relativePersonId) {
}
