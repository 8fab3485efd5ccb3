/**
 * The audit trail as the Audit Committee and the operator read it: entries by target, by
 * actor and by period, and the verification of a chain (that no entry was changed,
 * removed, reordered or cut off at the end). Its API is GraphQL only; everything is
 * package-private. The trail itself, its chain and anchors are the platform's
 * ({@link io.conduct.platform.audit}).
 */
@ApplicationModule(allowedDependencies = { "platform" })
package io.conduct.audit;

import org.springframework.modulith.ApplicationModule;
