package io.conduct.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Waits for a background people import to finish, as an administrator would by reloading
 * the directory.
 */
public final class Awaits {

	private Awaits() {
	}

	/** The directory's people by display name, once it holds {@code count} of them. */
	public static Map<String, String> people(GraphQlHttp api, String adminToken, int count) {
		for (int i = 0; i < 100; i++) {
			var response = api.post(adminToken, "{ people(first: 100) { edges { node { id displayName } } } }");
			List<String> names = response.read("$.data.people.edges[*].node.displayName");
			if (names.size() == count) {
				List<String> ids = response.read("$.data.people.edges[*].node.id");
				Map<String, String> byName = new HashMap<>();
				for (int j = 0; j < names.size(); j++) {
					byName.put(names.get(j), ids.get(j));
				}
				return byName;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("people not imported");
	}

}
