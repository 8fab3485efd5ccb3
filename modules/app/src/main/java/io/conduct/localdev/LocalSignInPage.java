package io.conduct.localdev;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

/**
 * The local issuer's sign-in page, served by the issuer as Keycloak serves its own: the
 * front end never sees a password. A plain form, no script; its policy lets it post to
 * itself only, and be redirected to the client's exact redirect URI.
 */
final class LocalSignInPage {

	private LocalSignInPage() {
	}

	/** The Content-Security-Policy of the page, for the redirect URI it will send to. */
	static String contentSecurityPolicy(String redirectUri) {
		URI uri = URI.create(redirectUri);
		String origin = uri.getScheme() + "://" + uri.getRawAuthority();
		return "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' " + origin
				+ "; frame-ancestors 'none'; base-uri 'none'";
	}

	/**
	 * The form, carrying the authorization request's parameters along.
	 * @param realm the tenant's key
	 * @param request the authorization request's parameters to post back
	 * @param username the name typed before, if any
	 * @param failed whether the last attempt failed
	 */
	static String render(String realm, Map<String, String> request, String username, boolean failed) {
		StringBuilder hidden = new StringBuilder();
		new LinkedHashMap<>(request).forEach((name, value) -> hidden.append("<input type=\"hidden\" name=\"")
			.append(HtmlUtils.htmlEscape(name))
			.append("\" value=\"")
			.append(HtmlUtils.htmlEscape(value))
			.append("\">\n"));
		String error = failed ? "<p role=\"alert\" class=\"error\">Invalid username or password.</p>\n" : "";
		return """
				<!doctype html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Sign in to %1$s</title>
				<style>
				body { font-family: system-ui, sans-serif; background: #f4f5f7; margin: 0; }
				main { max-width: 24rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px; }
				label { display: block; margin-top: 1rem; font-weight: 600; }
				input[type=text], input[type=password] { width: 100%%; padding: .5rem; box-sizing: border-box; }
				button { margin-top: 1.5rem; padding: .6rem 1.2rem; background: #1d4ed8; color: #fff; border: 0; border-radius: 4px; }
				.error { color: #b91c1c; }
				.hint { color: #374151; font-size: .9rem; }
				</style>
				</head>
				<body>
				<main>
				<h1>Sign in to %1$s</h1>
				<p class="hint">Local issuer of the embedded run: demo people, password <code>demo</code>.</p>
				%2$s<form method="post">
				%3$s<label for="username">Username</label>
				<input id="username" name="username" type="text" autocomplete="username" required value="%4$s">
				<label for="password">Password</label>
				<input id="password" name="password" type="password" autocomplete="current-password" required>
				<button type="submit">Sign in</button>
				</form>
				</main>
				</body>
				</html>
				"""
			.formatted(HtmlUtils.htmlEscape(realm), error, hidden,
					HtmlUtils.htmlEscape((username != null) ? username : ""));
	}

}
