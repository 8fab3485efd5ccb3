/**
 * Who is calling: the authenticated person's identity, tenant and roles. Its API: the
 * {@link io.conduct.viewer.Viewer} other domains extend with their fields, and the
 * {@link io.conduct.viewer.ViewerService}.
 */
@ApplicationModule(allowedDependencies = { "platform" })
package io.conduct.viewer;

import org.springframework.modulith.ApplicationModule;
