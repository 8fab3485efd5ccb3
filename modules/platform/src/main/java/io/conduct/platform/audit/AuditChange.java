package io.conduct.platform.audit;

/**
 * One field's value before and after a change.
 *
 * @param field the field
 * @param before its value before; {@code null} if it had none
 * @param after its value after; {@code null} if it has none
 */
public record AuditChange(String field, String before, String after) {
}
