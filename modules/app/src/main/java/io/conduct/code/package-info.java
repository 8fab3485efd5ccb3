/**
 * The Code itself: the group's versions and translations, the tenants' own additions, and
 * the text each reader is shown. Its API: {@link io.conduct.code.CodeLibrary} with
 * {@link io.conduct.code.CodeVersion} and {@link io.conduct.code.CodeAddition}.
 */
@ApplicationModule(allowedDependencies = { "platform", "people" })
package io.conduct.code;

import org.springframework.modulith.ApplicationModule;
