package io.conduct;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Whether the jar starts from the context prepared at build time (Spring AOT on the JVM,
 * the build's {@code process-aot} with the {@code local} profile): the embedded run's
 * start then skips parsing the configuration classes and evaluating their conditions.
 * That context was prepared for the {@code local} profile alone, with the conditions its
 * defaults decide, so it is used only when the profile named is exactly {@code local} and
 * nothing given at the start names a setting a condition reads (jobs, Keycloak, the local
 * issuer, GraphiQL, Spring's own {@code spring.main}/{@code spring.autoconfigure}); then,
 * and with {@code prod}, the context is built as usual.
 * {@code -Dspring.aot.enabled=false} (or {@code true}) decides it explicitly.
 */
final class LocalAheadOfTime {

	static final String AOT_ENABLED = "spring.aot.enabled";

	/** What the build's process-aot writes beside the application's classes. */
	static final String PREPARED_CONTEXT = ConductApplication.class.getName() + "__ApplicationContextInitializer";

	/**
	 * The settings conditions of the context read: given at the start, they need a fresh
	 * context.
	 */
	private static final List<String> CONDITIONAL_SETTINGS = List.of("conduct.jobs.", "conduct.keycloak.",
			"conduct.local-issuer.", "conduct.graphiql.", "spring.main.", "spring.autoconfigure.",
			"spring.profiles.include", "spring.config.");

	private LocalAheadOfTime() {
	}

	/** Sets {@code spring.aot.enabled} when the prepared context fits this start. */
	static void decide(String[] args) {
		if (use(args, System.getProperties(), System.getenv(), prepared())) {
			System.setProperty(AOT_ENABLED, "true");
		}
	}

	static boolean use(String[] args, Properties system, Map<String, String> env, boolean prepared) {
		// the build's process-aot runs this main too, to prepare the context
		if (!prepared || system.getProperty(AOT_ENABLED) != null
				|| system.getProperty("spring.aot.processing") != null) {
			return false;
		}
		String profiles = argument(args, "spring.profiles.active");
		if (profiles == null) {
			profiles = system.getProperty("spring.profiles.active", env.get("SPRING_PROFILES_ACTIVE"));
		}
		if (profiles == null || !"local".equals(profiles.strip())) {
			return false;
		}
		boolean conditionalArgument = Arrays.stream(args)
			.filter((arg) -> arg.startsWith("--"))
			.map((arg) -> arg.substring(2))
			.anyMatch(LocalAheadOfTime::conditional);
		boolean conditionalProperty = system.stringPropertyNames().stream().anyMatch(LocalAheadOfTime::conditional);
		boolean conditionalVariable = env.keySet()
			.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT).replace('_', '.'))
			.anyMatch((name) -> CONDITIONAL_SETTINGS.stream()
				.anyMatch((setting) -> name.startsWith(setting.replace('-', '.'))));
		return !conditionalArgument && !conditionalProperty && !conditionalVariable;
	}

	private static boolean conditional(String setting) {
		String name = setting.toLowerCase(Locale.ROOT);
		return CONDITIONAL_SETTINGS.stream().anyMatch(name::startsWith);
	}

	private static String argument(String[] args, String name) {
		String value = null;
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				value = arg.substring(name.length() + 3);
			}
		}
		return value;
	}

	private static boolean prepared() {
		try {
			Class.forName(PREPARED_CONTEXT, false, LocalAheadOfTime.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

}
