/**
 * The people of each tenant: the directory, their accounts and roles in the tenant's
 * realm, supervisors, and the relatives the Code's conflict rules need.
 */
package io.conduct.people;
