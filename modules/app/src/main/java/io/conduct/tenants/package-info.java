/**
 * Tenants as people see them: the parent company and its subsidiaries, with what each
 * caller may see of them.
 */
package io.conduct.tenants;
