/**
 * The Code itself: its versions and translations, and people's certifications that they
 * received, understood and complied with the exact text they were shown.
 */
package io.conduct.code;
