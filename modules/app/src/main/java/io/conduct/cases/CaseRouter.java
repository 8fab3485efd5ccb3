package io.conduct.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.conduct.platform.security.Role;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The one engine that routes reports by the Code's rules
 * ({@code cases/routing-rules.json}): every rule whose conditions hold fires; handlers
 * are what the fired rules add, less what they remove, whatever their order; each
 * decision lists the rules that fired. A rule whose name is not a
 * {@link RoutingRuleName}, or that names no role, stops the application at startup.
 */
@Component
class CaseRouter {

	static final String RECIPIENT = "RECIPIENT";

	static final String REPORTER_SUPERVISOR = "REPORTER_SUPERVISOR";

	private final List<RoutingRule> rules;

	CaseRouter() {
		this(read());
	}

	CaseRouter(List<RoutingRule> rules) {
		this.rules = List.copyOf(rules);
		if (this.rules.stream().map(RoutingRule::id).distinct().count() != this.rules.size()) {
			throw new IllegalStateException("Routing rules need distinct names");
		}
		for (RoutingRule rule : this.rules) {
			java.util.stream.Stream.of(rule.addHandlers(), rule.removeHandlers(), rule.inform())
				.flatMap(List::stream)
				.filter((h) -> !RECIPIENT.equals(h) && !REPORTER_SUPERVISOR.equals(h))
				.forEach((h) -> {
					if (Role.fromRealmRole(h).isEmpty()) {
						throw new IllegalStateException("Routing rule " + rule.id() + " names no role: " + h);
					}
				});
		}
	}

	RoutingDecision route(RoutingFacts facts) {
		Set<Role> added = EnumSet.noneOf(Role.class);
		Set<Role> removed = EnumSet.noneOf(Role.class);
		Set<Role> informed = EnumSet.noneOf(Role.class);
		boolean supervisor = false;
		boolean meritReview = false;
		List<RoutingStep> fired = new java.util.ArrayList<>();
		for (RoutingRule rule : this.rules) {
			if (!rule.when().holdFor(facts)) {
				continue;
			}
			fired.add(new RoutingStep(rule.id(), rule.description()));
			meritReview |= rule.meritReview();
			for (String handler : rule.addHandlers()) {
				if (REPORTER_SUPERVISOR.equals(handler)) {
					supervisor = true;
				}
				else {
					role(handler, facts).ifPresent(added::add);
				}
			}
			rule.removeHandlers().forEach((handler) -> role(handler, facts).ifPresent(removed::add));
			rule.inform().forEach((handler) -> role(handler, facts).ifPresent(informed::add));
		}
		added.removeAll(removed);
		informed.removeAll(added);
		Set<String> people = (supervisor && facts.reporterSupervisorId() != null) ? Set.of(facts.reporterSupervisorId())
				: Set.of();
		return new RoutingDecision(added, removed, people, informed, fired, meritReview);
	}

	private static java.util.Optional<Role> role(String handler, RoutingFacts facts) {
		if (RECIPIENT.equals(handler)) {
			return java.util.Optional.ofNullable(facts.recipient().role());
		}
		return java.util.Optional.of(Role.valueOf(handler));
	}

	private static List<RoutingRule> read() {
		try (InputStream json = new ClassPathResource("cases/routing-rules.json").getInputStream()) {
			return read(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads rules as data; a rule with a name that is not a {@link RoutingRuleName}
	 * fails.
	 */
	static List<RoutingRule> read(InputStream json) {
		return JsonMapper.builder().build().readValue(json, new TypeReference<List<RoutingRule>>() {
		});
	}

}
