/**
 * What the product checks before it starts: a profile that says how it runs.
 */
package io.conduct.platform.startup;
