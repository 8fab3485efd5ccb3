package io.conduct.platform.startup;

import java.util.Arrays;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Refuses to start the product unless a profile says how it runs: {@code local}, the
 * embedded demo (loopback only, demo identities for anyone who asks), or {@code prod},
 * with its settings. Without one, nothing would tell a server in a data centre from a
 * laptop, so no safe default exists. Registered by the application's entry point, before
 * anything starts.
 */
public class DeploymentProfileRequired implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** The profiles that say how the product runs. */
	public static final String LOCAL = "local";

	public static final String PROD = "prod";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		String[] active = event.getEnvironment().getActiveProfiles();
		if (Arrays.stream(active).noneMatch((profile) -> LOCAL.equals(profile) || PROD.equals(profile))) {
			throw new NoDeploymentProfileException(active);
		}
	}

	/** No profile names how the product runs. */
	public static class NoDeploymentProfileException extends IllegalStateException {

		/** What to do, as the failure report and the exception say it. */
		public static final String ACTION = "Start it with --spring.profiles.active=local for the embedded demo "
				+ "(in-process MongoDB, a local token issuer and demo users, bound to loopback only), "
				+ "or with --spring.profiles.active=prod (SPRING_PROFILES_ACTIVE=prod) and the production settings "
				+ "of the README (MongoDB, Keycloak, master keys).";

		NoDeploymentProfileException(String[] active) {
			super("No profile says how Conduct runs (active profiles: "
					+ ((active.length == 0) ? "none" : String.join(", ", active)) + "). " + ACTION);
		}

	}

}
