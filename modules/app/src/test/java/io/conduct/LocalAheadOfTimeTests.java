package io.conduct;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main's decision to start from the context the build prepared for the local profile
 * (Spring AOT): only for the README's command (the local profile alone, no setting a
 * condition reads), never for prod, never when the build did not prepare it.
 */
class LocalAheadOfTimeTests {

	private static final Map<String, String> NO_ENV = Map.of();

	@Test
	void theReadmesCommandStartsFromThePreparedContext() {
		assertThat(
				LocalAheadOfTime.use(new String[] { "--spring.profiles.active=local" }, new Properties(), NO_ENV, true))
			.isTrue();
		assertThat(LocalAheadOfTime.use(new String[] { "--spring.profiles.active=local", "--server.port=8081",
				"--conduct.local.data-dir=/tmp/x" }, new Properties(), NO_ENV, true))
			.isTrue();
		assertThat(
				LocalAheadOfTime.use(new String[0], new Properties(), Map.of("SPRING_PROFILES_ACTIVE", "local"), true))
			.isTrue();
	}

	@Test
	void prodAndOtherProfilesBuildTheirContextAsUsual() {
		assertThat(
				LocalAheadOfTime.use(new String[] { "--spring.profiles.active=prod" }, new Properties(), NO_ENV, true))
			.isFalse();
		assertThat(
				LocalAheadOfTime.use(new String[0], new Properties(), Map.of("SPRING_PROFILES_ACTIVE", "prod"), true))
			.isFalse();
		assertThat(LocalAheadOfTime.use(new String[] { "--spring.profiles.active=local,prod" }, new Properties(),
				NO_ENV, true))
			.isFalse();
		// the argument wins over the environment, as in Spring
		assertThat(LocalAheadOfTime.use(new String[] { "--spring.profiles.active=prod" }, new Properties(),
				Map.of("SPRING_PROFILES_ACTIVE", "local"), true))
			.isFalse();
		assertThat(LocalAheadOfTime.use(new String[0], new Properties(), NO_ENV, true)).isFalse();
	}

	@Test
	void aSettingAConditionReadsNeedsAFreshContext() {
		assertThat(
				LocalAheadOfTime.use(new String[] { "--spring.profiles.active=local", "--conduct.jobs.enabled=false" },
						new Properties(), NO_ENV, true))
			.isFalse();
		Properties keycloak = new Properties();
		keycloak.setProperty("conduct.keycloak.server-url", "http://localhost:8180");
		assertThat(LocalAheadOfTime.use(new String[] { "--spring.profiles.active=local" }, keycloak, NO_ENV, true))
			.isFalse();
		assertThat(LocalAheadOfTime.use(new String[] { "--spring.profiles.active=local" }, new Properties(),
				Map.of("CONDUCT_LOCAL_ISSUER_ENABLED", "false"), true))
			.isFalse();
	}

	@Test
	void anExplicitChoiceOrAMissingPreparationWins() {
		Properties off = new Properties();
		off.setProperty(LocalAheadOfTime.AOT_ENABLED, "false");
		assertThat(LocalAheadOfTime.use(new String[] { "--spring.profiles.active=local" }, off, NO_ENV, true))
			.isFalse();
		assertThat(LocalAheadOfTime.use(new String[] { "--spring.profiles.active=local" }, new Properties(), NO_ENV,
				false))
			.isFalse();
		Properties processing = new Properties();
		processing.setProperty("spring.aot.processing", "true");
		assertThat(LocalAheadOfTime.use(new String[] { "--spring.profiles.active=local" }, processing, NO_ENV, true))
			.isFalse();
	}

}
