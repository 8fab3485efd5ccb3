package io.conduct.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start production with the local token issuer switched on: a token minted by
 * it would open any demo identity. And refuses to start the local run (its issuer, its
 * demo users, its committed master key) bound to anything but loopback. Runs before any
 * bean is created, so nothing starts.
 */
public class LocalIssuerGuard implements BeanFactoryPostProcessor, EnvironmentAware {

	/** The property that switches the local issuer on. */
	public static final String LOCAL_ISSUER_ENABLED = "conduct.local-issuer.enabled";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		boolean localIssuer = this.environment.getProperty(LOCAL_ISSUER_ENABLED, Boolean.class, false);
		if (localIssuer && this.environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException("The local token issuer (" + LOCAL_ISSUER_ENABLED
					+ ") must not be enabled in the prod profile: production trusts Keycloak issuers only");
		}
		boolean localRun = localIssuer || this.environment.acceptsProfiles(Profiles.of("local"));
		String address = this.environment.getProperty("server.address");
		if (localRun && !isLoopback(address)) {
			throw new IllegalStateException("The local run (demo identities for anyone who asks, a development key) "
					+ "only listens on loopback, not on server.address=" + ((address != null) ? address : "(all)")
					+ ": use 127.0.0.1, or the prod profile to serve others");
		}
	}

	private static boolean isLoopback(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		try {
			for (InetAddress resolved : InetAddress.getAllByName(address)) {
				if (!resolved.isLoopbackAddress()) {
					return false;
				}
			}
			return true;
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
