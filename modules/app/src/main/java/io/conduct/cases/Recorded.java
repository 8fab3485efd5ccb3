package io.conduct.cases;

/**
 * Something a use case recorded on a case, with the case as changed.
 *
 * @param <T> what was recorded
 * @param item what was recorded
 * @param changed the case as changed
 */
record Recorded<T>(T item, Case changed) {
}
