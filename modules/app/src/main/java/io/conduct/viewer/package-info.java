/**
 * Who is calling: the authenticated person's identity, tenant and roles.
 */
package io.conduct.viewer;
