package io.conduct.localdev;

import java.net.URI;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.springframework.web.util.HtmlUtils;

/**
 * The local issuer's sign-in page, served by the issuer as Keycloak serves its own: the
 * front end never sees a password. A plain form, no script; its policy lets it post to
 * itself only, and be redirected to the client's exact redirect URI. In the portal's
 * languages: the one the client asks for ({@code ui_locales}), else the browser's
 * ({@code Accept-Language}), else English.
 */
final class LocalSignInPage {

	/** The page's languages, as the portal's. */
	private static final String UTF_8 = "UTF-8";

	static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "ja");

	private LocalSignInPage() {
	}

	/**
	 * The language to show the page in: the first of the client's {@code ui_locales}
	 * (space-separated, OIDC Core 3.1.2.1) that the page has, else the browser's
	 * preferred one it has, else English.
	 */
	static String language(String uiLocales, String acceptLanguage) {
		if (uiLocales != null) {
			for (String tag : uiLocales.trim().split("\\s+")) {
				String language = Locale.forLanguageTag(tag).getLanguage();
				if (LANGUAGES.contains(language)) {
					return language;
				}
			}
		}
		if (acceptLanguage != null && acceptLanguage.length() <= 200) {
			try {
				String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
				if (tag != null) {
					return tag;
				}
			}
			catch (IllegalArgumentException ex) {
				// not a language list: the default
			}
		}
		return "en";
	}

	private static ResourceBundle texts(String language) {
		return ResourceBundle.getBundle("localdev/sign-in",
				"en".equals(language) ? Locale.ROOT : Locale.forLanguageTag(language),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
	 * @param language one of {@link #LANGUAGES}
	 */
	static String render(String realm, Map<String, String> request, String username, boolean failed, String language) {
		ResourceBundle texts = texts(language);
		StringBuilder hidden = new StringBuilder();
		new LinkedHashMap<>(request).forEach((name, value) -> hidden.append("<input type=\"hidden\" name=\"")
			.append(HtmlUtils.htmlEscape(name))
			.append("\" value=\"")
			.append(HtmlUtils.htmlEscape(value))
			.append("\">\n"));
		String error = failed ? "<p role=\"alert\" class=\"error\">"
				+ HtmlUtils.htmlEscape(texts.getString("failed"), UTF_8) + "</p>\n" : "";
		String title = HtmlUtils.htmlEscape(MessageFormat.format(texts.getString("title"), realm), UTF_8);
		return """
				<!doctype html>
				<html lang="%5$s">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%1$s</title>
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
				<h1>%1$s</h1>
				<p class="hint">%6$s <code>demo</code>.</p>
				%2$s<form method="post">
				%3$s<label for="username">%7$s</label>
				<input id="username" name="username" type="text" autocomplete="username" required value="%4$s">
				<label for="password">%8$s</label>
				<input id="password" name="password" type="password" autocomplete="current-password" required>
				<button type="submit">%9$s</button>
				</form>
				</main>
				</body>
				</html>
				"""
			.formatted(title, error, hidden, HtmlUtils.htmlEscape((username != null) ? username : ""), language,
					HtmlUtils.htmlEscape(texts.getString("hint"), UTF_8),
					HtmlUtils.htmlEscape(texts.getString("username"), UTF_8),
					HtmlUtils.htmlEscape(texts.getString("password"), UTF_8),
					HtmlUtils.htmlEscape(texts.getString("submit"), UTF_8));
	}

}
