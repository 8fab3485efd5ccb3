package io.conduct.platform.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start production with the local token issuer switched on: a token minted by
 * it would open any demo identity. Runs before any bean is created, so nothing starts.
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
	}

}
