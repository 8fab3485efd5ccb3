package io.conduct.provisioning;

import java.util.List;

/**
 * Weak ETags from a resource's version, and the check of {@code If-Match} against them.
 */
final class ScimVersions {

	private ScimVersions() {
	}

	static String etag(Long version) {
		return "W/\"" + ((version != null) ? version : 0) + "\"";
	}

	/** 412 unless If-Match is absent, {@code *} or names the current version. */
	static void check(String current, String ifMatch, String detail) {
		if (ifMatch != null && !ifMatch.isBlank() && !"*".equals(ifMatch.trim())
				&& List.of(ifMatch.split(",")).stream().map(String::trim).noneMatch(current::equals)) {
			throw ScimException.preconditionFailed(detail);
		}
	}

}
