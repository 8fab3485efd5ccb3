package io.conduct.waivers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.conduct.people.PersonType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Which route a request takes, by the requester's person type, as the Code's section
 * WAIVERS sets it, read from {@code waivers/approval-routes.json} and checked at startup:
 * every person type has exactly one route and every route is listed.
 */
@Component
class ApprovalRoutes {

	static final String FILE = "waivers/approval-routes.json";

	private final Map<PersonType, Route> byType;

	ApprovalRoutes() {
		this(read());
	}

	ApprovalRoutes(Routes routes) {
		Map<PersonType, Route> byType = new EnumMap<>(PersonType.class);
		Set<WaiverRoute> listed = EnumSet.noneOf(WaiverRoute.class);
		for (Route route : routes.routes()) {
			if (route.route() == null || !listed.add(route.route())) {
				throw new IllegalStateException(FILE + ": route " + route.route() + " is missing or listed twice");
			}
			for (PersonType type : route.personTypes()) {
				if (byType.put(type, route) != null) {
					throw new IllegalStateException(FILE + ": person type " + type + " has two routes");
				}
			}
		}
		if (byType.size() != PersonType.values().length || listed.size() != WaiverRoute.values().length) {
			throw new IllegalStateException(FILE + ": every person type needs a route and every route a person type");
		}
		if (byType.values()
			.stream()
			.anyMatch((r) -> r.publicDisclosure() != (r.route() == WaiverRoute.BOARD_THROUGH_CFO_CAO))) {
			throw new IllegalStateException(FILE + ": only the Board's route is publicly disclosed");
		}
		this.byType = Map.copyOf(byType);
	}

	/** The route of a request by a person of this type. */
	Route routeFor(PersonType type) {
		return this.byType.get(type);
	}

	private static Routes read() {
		try (InputStream json = new ClassPathResource(FILE).getInputStream()) {
			return JsonMapper.builder().build().readValue(json, Routes.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The routes file.
	 *
	 * @param version its version
	 * @param source where the rules come from
	 * @param routes the routes
	 */
	record Routes(int version, String source, List<Route> routes) {
	}

	/**
	 * A route.
	 *
	 * @param route which
	 * @param personTypes the person types that take it
	 * @param publicDisclosure whether a waiver granted on it is publicly disclosed
	 * @param description the Code's words
	 */
	record Route(WaiverRoute route, List<PersonType> personTypes, boolean publicDisclosure, String description) {

		Route {
			personTypes = (personTypes != null) ? List.copyOf(personTypes) : List.of();
		}

	}

}
