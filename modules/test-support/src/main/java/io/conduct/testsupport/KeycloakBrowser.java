package io.conduct.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person does in Keycloak's own pages with a browser, done over real HTTP: follow
 * an enrolment e-mail's link and choose a password, or sign in through the browser flow
 * (authorization code with PKCE) and see where it leads. Cookies are kept by hand: the
 * server marks them secure, which {@link java.net.CookieManager} would not send over the
 * tests' plain http.
 */
public final class KeycloakBrowser {

	private static final Pattern FORM = Pattern.compile("<form[^>]*id=\"([^\"]+)\"[^>]*action=\"([^\"]+)\"");

	private static final Pattern PROCEED = Pattern.compile("href=\"([^\"]*login-actions/action-token[^\"]*)\"");

	private static final Pattern REQUIRED_ACTION = Pattern.compile("[?&]execution=([A-Z_]+)");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	/**
	 * Follows an enrolment link as its recipient would and chooses the password.
	 * @return the page Keycloak ends on (e.g. "Your account has been updated")
	 */
	public static String enrol(String link, String password) {
		KeycloakBrowser browser = new KeycloakBrowser();
		HttpResponse<String> first = browser.follow(browser.get(link));
		Matcher proceed = PROCEED.matcher(first.body());
		// "Perform the following actions" comes first, with a link to go on
		HttpResponse<String> page = (!FORM.matcher(first.body()).find() && proceed.find())
				? browser.follow(browser.get(unescape(proceed.group(1)))) : first;
		String action = browser.formAction(page, "kc-passwd-update-form")
			.orElseThrow(() -> new AssertionError("No password form at the end of the enrolment link: " + page.body()));
		HttpResponse<String> done = browser
			.follow(browser.post(action, Map.of("password-new", password, "password-confirm", password)));
		if (done.body().contains("kc-passwd-update-form")) {
			throw new AssertionError("The password was refused: " + done.body());
		}
		return done.body();
	}

	/**
	 * Signs in through the realm's browser flow, as a single-page app's user would.
	 * @param issuer the realm's issuer URI
	 * @return where the sign-in led
	 */
	public static SignIn signIn(String issuer, String clientId, String redirectUri, String username, String password) {
		return signIn(issuer, clientId, redirectUri, username, password, Map.of());
	}

	/**
	 * Signs in through the realm's browser flow with extra parameters of the
	 * authorization request (e.g. an empty {@code kc_idp_hint}).
	 */
	public static SignIn signIn(String issuer, String clientId, String redirectUri, String username, String password,
			Map<String, String> parameters) {
		KeycloakBrowser browser = new KeycloakBrowser();
		String verifier = "v".repeat(43) + System.nanoTime();
		Map<String, String> request = new java.util.LinkedHashMap<>(
				Map.of("client_id", clientId, "redirect_uri", redirectUri, "response_type", "code", "scope", "openid",
						"code_challenge", challenge(verifier), "code_challenge_method", "S256"));
		request.putAll(parameters);
		String authorize = issuer + "/protocol/openid-connect/auth?" + form(request);
		HttpResponse<String> login = browser.follow(browser.get(authorize));
		String action = browser.formAction(login, "kc-form-login")
			.orElseThrow(() -> new AssertionError("No login form: " + login.body()));
		HttpResponse<String> after = browser.post(action, Map.of("username", username, "password", password));
		String location = after.headers().firstValue("Location").orElse("");
		if (location.startsWith(redirectUri)) {
			return new SignIn(location.contains("code=") ? "CODE" : "ERROR", location);
		}
		Matcher requiredAction = REQUIRED_ACTION.matcher(location);
		if (requiredAction.find()) {
			return new SignIn(requiredAction.group(1), location);
		}
		HttpResponse<String> page = browser.follow(after);
		if (page.body().contains("id=\"kc-otp-login-form\"")) {
			return new SignIn("OTP", page.uri().toString());
		}
		return new SignIn("PAGE", page.body());
	}

	/**
	 * Where a browser sign-in led.
	 *
	 * @param outcome {@code CODE} (back to the app with a code), the name of a required
	 * action (e.g. {@code CONFIGURE_TOTP}), {@code OTP} (asked for a one-time code),
	 * {@code ERROR} or {@code PAGE} (another page)
	 * @param detail the location or page
	 */
	public record SignIn(String outcome, String detail) {
	}

	private Optional<String> formAction(HttpResponse<String> page, String formId) {
		Matcher form = FORM.matcher(page.body());
		while (form.find()) {
			if (form.group(1).equals(formId)) {
				return Optional.of(unescape(form.group(2)));
			}
		}
		return Optional.empty();
	}

	private HttpResponse<String> follow(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		for (int i = 0; i < 10 && current.statusCode() / 100 == 3; i++) {
			String location = current.headers().firstValue("Location").orElseThrow();
			current = get(current.uri().resolve(location).toString());
		}
		return current;
	}

	private HttpResponse<String> get(String url) {
		return send(request(url).GET().build());
	}

	private HttpResponse<String> post(String url, Map<String, String> fields) {
		return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields)))
			.build());
	}

	private HttpRequest.Builder request(String url) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((c) -> c.getKey() + "=" + c.getValue())
						.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				if (equals > 0) {
					this.cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String unescape(String html) {
		return html.replace("&amp;", "&").replace("&#61;", "=").replace("&quot;", "\"");
	}

}
