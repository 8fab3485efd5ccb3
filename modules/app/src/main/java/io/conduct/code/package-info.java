/**
 * The Code itself: the group's versions and translations, the tenants' own additions, and
 * the text each reader is shown.
 */
package io.conduct.code;
