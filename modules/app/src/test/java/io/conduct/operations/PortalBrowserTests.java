package io.conduct.operations;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal ({@code modules/portal}) in a real browser against the app on its embedded
 * defaults (a free port, a fresh data folder): Debian's chromium driven by
 * playwright-core ({@code e2e/portal-e2e.mjs}) reports anonymously and follows up, signs
 * in through the local issuer's own page (authorization code with PKCE) as the employee
 * who certifies the Code, as the CFO/CAO who acknowledges that report's case, opens an
 * investigation, records an allegation and its finding and closes the case, and as the
 * parent's Board member who reads an escalated matter; a page is read in Japanese; an
 * employee records a gift and reads the Code's answer; the CFO/CAO reads certification
 * completion. Someone signs in and reports with the keyboard alone, seeing where the
 * focus is at every stop, and a long session renews its access token with a refresh
 * token. The CFO/CAO reveals a confidential reporter, records a person involved and
 * proposes that a report was knowingly false, which the Audit Committee decides, and
 * refers an overdue certification for discipline; the parent's Board reads the group-wide
 * certification completion. axe-core finds no serious or critical violation on any page;
 * screenshots land in {@code modules/portal/target/screenshots}.
 */
class PortalBrowserTests {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	static final Path PORTAL = Path.of(System.getProperty("conduct.portal.dir", "../portal"));

	static final String VERIFIER = "a-verifier-of-forty-three-characters-or-more-0123456789";

	static int port;

	@BeforeAll
	static void start() {
		port = SharedLocalRun.port();
	}

	@Test
	void thePortalIsServedAtItsRoutesWithASameOriginPolicyAndLeavesTheOtherPathsAlone() {
		for (String path : List.of("/", "/intake/some-key", "/t/acme-de/workbench/cases/x", "/auth/callback")) {
			HttpResponse<String> page = Http.get(port, path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).contains("<div id=\"root\"></div>");
			assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
				.contains("default-src 'self'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval", "*");
		}
		String script = Pattern.compile("src=\"(/portal-assets/[^\"]+\\.js)\"")
			.matcher(Http.get(port, "/").body())
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);
		assertThat(Http.get(port, script).statusCode()).isEqualTo(200);
		assertThat(Http.get(port, "/portal/config?tenant=acme-de").body())
			.contains("\"authority\":\"http://localhost:" + port + "/local-issuer/realms/acme-de\"", "conduct-web");
		assertThat(Http.get(port, "/graphiql").body()).doesNotContain("<div id=\"root\"></div>");
		assertThat(Http.get(port, "/local-issuer/demo-people").body()).contains("acme-de");
		assertThat(Http.get(port, "/oversight/board-pack?fiscalYear=2026&quarter=4&format=csv").statusCode())
			.isEqualTo(401);
		assertThat(Http.get(port, "/something-else").statusCode()).isEqualTo(401);
	}

	@Test
	void theLocalIssuerSignsInWithTheAuthorizationCodeAndPkceS256Only() {
		String issuer = "http://localhost:" + port + "/local-issuer/realms/acme-de/protocol/openid-connect";
		String redirect = "http://localhost:" + port + "/auth/callback";
		String challenge = s256(VERIFIER);
		String request = "response_type=code&client_id=conduct-web&redirect_uri=" + encode(redirect)
				+ "&state=s1&scope=openid&code_challenge_method=S256&code_challenge=" + challenge;

		// a redirect URI not registered exactly is never redirected to
		HttpResponse<String> foreign = get(issuer + "/auth?"
				+ request.replace(encode(redirect), encode("http://localhost:" + port + "/auth/callback/evil")));
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(foreign.headers().firstValue("Location")).isEmpty();
		assertThat(get(issuer + "/auth?" + request.replace("client_id=conduct-web", "client_id=other")).statusCode())
			.isEqualTo(400);
		// no PKCE, or plain, goes back with an error
		assertThat(get(issuer + "/auth?" + request.replace("S256", "plain")).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith(redirect + "?error=invalid_request"));
		assertThat(get(issuer + "/auth?" + request.replace("&code_challenge=" + challenge, "")).statusCode())
			.isEqualTo(302);

		HttpResponse<String> page = get(issuer + "/auth?" + request);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<form method=\"post\">", "name=\"password\"");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'",
				"form-action 'self' http://localhost:" + port);
		assertThat(post(issuer + "/auth", request + "&username=employee&password=wrong").statusCode()).isEqualTo(401);

		// in the portal's language (ui_locales, carried through the form), else the
		// browser's
		HttpResponse<String> japanese = get(issuer + "/auth?" + request + "&ui_locales=ja");
		assertThat(japanese.body()).contains("<html lang=\"ja\">", ">ユーザー名</label>",
				"name=\"ui_locales\" value=\"ja\"");
		assertThat(Http
			.send(HttpRequest.newBuilder(URI.create(issuer + "/auth?" + request))
				.header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5")
				.GET()
				.build())
			.body()).contains("<html lang=\"de\">", ">Benutzername</label>", ">Anmelden</button>");
		assertThat(post(issuer + "/auth", request + "&ui_locales=fr&username=employee&password=wrong").body())
			.contains("<html lang=\"fr\">", "Nom d’utilisateur ou mot de passe incorrect.");

		String code = signIn(issuer, request, redirect);
		HttpResponse<String> wrongVerifier = post(issuer + "/token",
				"grant_type=authorization_code&client_id=conduct-web&code=" + code + "&redirect_uri=" + encode(redirect)
						+ "&code_verifier=" + VERIFIER.replace('a', 'b'));
		assertThat(wrongVerifier.statusCode()).isEqualTo(400);
		assertThat(wrongVerifier.body()).contains("invalid_grant");
		assertThat(redeem(issuer, code, redirect).statusCode()).as("a code is spent by its first try").isEqualTo(400);

		code = signIn(issuer, request, redirect);
		HttpResponse<String> tokens = redeem(issuer, code, redirect);
		assertThat(tokens.statusCode()).isEqualTo(200);
		String accessToken = JsonPath.read(tokens.body(), "$.access_token");
		String idToken = JsonPath.read(tokens.body(), "$.id_token");
		assertThat(new GraphQlHttp(port).post(accessToken, "{ viewer { name } }").<String>read("$.data.viewer.name"))
			.isEqualTo("Erin Employee");
		assertThat(Http.postGraphQl(port, idToken, "{\"query\":\"{ viewer { name } }\"}", Map.of()).statusCode())
			.as("an ID token is not an access token to the API")
			.isEqualTo(401);
		assertThat(redeem(issuer, code, redirect).statusCode()).isEqualTo(400);
	}

	@Test
	void theLocalIssuerRenewsASignInWithRotatedRefreshTokensSoALongSessionOutlivesItsAccessToken() {
		String issuer = "http://localhost:" + port + "/local-issuer/realms/acme-de/protocol/openid-connect";
		String redirect = "http://localhost:" + port + "/auth/callback";
		String request = "response_type=code&client_id=conduct-web&redirect_uri=" + encode(redirect)
				+ "&state=s1&scope=openid&code_challenge_method=S256&code_challenge=" + s256(VERIFIER);
		HttpResponse<String> tokens = redeem(issuer, signIn(issuer, request, redirect), redirect);
		assertThat(JsonPath.<Integer>read(tokens.body(), "$.expires_in")).as("a short-lived access token")
			.isLessThanOrEqualTo(300);
		String refreshToken = JsonPath.read(tokens.body(), "$.refresh_token");

		HttpResponse<String> renewed = post(issuer + "/token",
				"grant_type=refresh_token&client_id=conduct-web&refresh_token=" + encode(refreshToken));
		assertThat(renewed.statusCode()).isEqualTo(200);
		String accessToken = JsonPath.read(renewed.body(), "$.access_token");
		String next = JsonPath.read(renewed.body(), "$.refresh_token");
		assertThat(next).isNotEqualTo(refreshToken);
		assertThat(new GraphQlHttp(port).post(accessToken, "{ viewer { name } }").<String>read("$.data.viewer.name"))
			.isEqualTo("Erin Employee");

		// a refresh token is the realm's and the client's, and spent by its use
		assertThat(post(issuer.replace("/acme-de/", "/acme/") + "/token",
				"grant_type=refresh_token&client_id=conduct-web&refresh_token=" + encode(next))
			.statusCode()).isEqualTo(400);
		HttpResponse<String> replayed = post(issuer + "/token",
				"grant_type=refresh_token&client_id=conduct-web&refresh_token=" + encode(refreshToken));
		assertThat(replayed.statusCode()).isEqualTo(400);
		assertThat(replayed.body()).contains("invalid_grant");
		assertThat(post(issuer + "/token", "grant_type=refresh_token&client_id=conduct-web&refresh_token=not-ours")
			.statusCode()).isEqualTo(400);
	}

	private static String signIn(String issuer, String request, String redirect) {
		HttpResponse<String> signedIn = post(issuer + "/auth", request + "&username=employee&password=demo");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String location = signedIn.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(redirect + "?code=").contains("&state=s1");
		return location.replaceAll(".*[?&]code=([^&]+).*", "$1");
	}

	private static HttpResponse<String> redeem(String issuer, String code, String redirect) {
		return post(issuer + "/token", "grant_type=authorization_code&client_id=conduct-web&code=" + code
				+ "&redirect_uri=" + encode(redirect) + "&code_verifier=" + VERIFIER);
	}

	private static HttpResponse<String> get(String url) {
		return Http.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
	}

	private static HttpResponse<String> post(String url, String form) {
		return Http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String s256(String verifier) {
		try {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(
						MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void peopleDoTheirFlowsInTheBrowser() throws Exception {
		assertThat(CHROMIUM).as("Debian's chromium (apt-get install -y chromium): the browser test needs it")
			.isExecutable();
		assertThat(PORTAL.resolve("node_modules/playwright-core"))
			.as("playwright-core from modules/portal's lock file (the build's npm ci puts it there)")
			.isDirectory();
		{
			String token = JsonPath.read(LocalTokens.request(port, "acme-de", "employee", "demo").body(),
					"$.access_token");
			String intakeKey = new GraphQlHttp(port).post(token, "{ viewer { tenant { publicIntakeKey } } }")
				.read("$.data.viewer.tenant.publicIntakeKey");

			String seen = runInBrowser("http://localhost:" + port, intakeKey);

			assertThat(JsonPath.<String>read(seen, "$.steps.weakPassphraseError.text")).isNotBlank();
			assertThat(JsonPath.<Boolean>read(seen, "$.steps.weakPassphraseError.describes")).isTrue();
			assertThat(JsonPath.<String>read(seen, "$.steps.receipt.caseNumber")).startsWith("DE-");
			assertThat(JsonPath.<Boolean>read(seen, "$.steps.receipt.continueDisabled")).isTrue();
			assertThat(JsonPath.<Boolean>read(seen, "$.steps.receipt.goneAfterContinue")).isTrue();
			assertThat(JsonPath.<String>read(seen, "$.steps.followUp.status")).isEqualTo("Received");
			assertThat(JsonPath.<Map<String, Object>>read(seen, "$.steps.anonymousStorage"))
				.as("the public intake keeps nothing in the browser")
				.containsEntry("localStorage", 0)
				.containsEntry("sessionStorage", 0)
				.containsEntry("cookie", "")
				.containsEntry("indexedDb", 0)
				.containsEntry("contextCookies", 0);
			assertThat(JsonPath.<String>read(seen, "$.steps.japanese.lang")).isEqualTo("ja");
			assertThat(JsonPath.<Integer>read(seen, "$.steps.japanese.submit")).isOne();
			assertThat(JsonPath.<Integer>read(seen, "$.steps.employeeHome.assignments")).isPositive();
			assertThat(JsonPath.<Integer>read(seen, "$.steps.certifyRefused.printedNameError")).isOne();
			assertThat(JsonPath.<String>read(seen, "$.steps.certified.text")).contains("You certified version 1");
			assertThat(JsonPath.<Integer>read(seen, "$.steps.employeeHomeAfter.done")).isPositive();
			assertThat(JsonPath.<String>read(seen, "$.steps.keyboard.mode")).isEqualTo("mode-NAMED");
			assertThat(JsonPath.<String>read(seen, "$.steps.keyboard.category")).isEqualTo("MISUSE_OF_ASSETS");
			assertThat(JsonPath.<String>read(seen, "$.steps.keyboard.caseNumber")).startsWith("DE-");
			assertThat(JsonPath.<List<Map<String, Object>>>read(seen, "$.steps.keyboard.stops")).hasSize(6)
				.as("the focus is visible at every stop")
				.allSatisfy((stop) -> assertThat(stop).containsEntry("visible", true));
			assertThat(JsonPath.<Integer>read(seen, "$.steps.renewal.status")).isEqualTo(200);
			assertThat(JsonPath.<Boolean>read(seen, "$.steps.renewal.renewedTokenUsed")).isTrue();
			assertThat(JsonPath.<String>read(seen, "$.steps.giftRefused.amountError")).isNotBlank();
			assertThat(JsonPath.<Boolean>read(seen, "$.steps.giftRefused.describes")).isTrue();
			assertThat(JsonPath.<String>read(seen, "$.steps.gift.outcome")).contains("€30.00")
				.containsAnyOf("Nothing to do", "Flagged", "To be disposed of", "Needs the CFO/CAO's prior approval");
			assertThat(JsonPath.<Integer>read(seen, "$.steps.gift.listed")).isOne();
			assertThat(JsonPath.<Integer>read(seen, "$.steps.allegationRefused.summaryError")).isOne();
			assertThat(JsonPath.<Boolean>read(seen, "$.steps.allegationRefused.describes")).isTrue();
			assertThat(JsonPath.<String>read(seen, "$.steps.finding.allegation")).contains("Misconduct",
					"Substantiated", "The logbook shows weekend trips.");
			assertThat(JsonPath.<List<String>>read(seen, "$.steps.finding.timeline"))
				.anyMatch((entry) -> entry.contains("Investigation opened"))
				.anyMatch((entry) -> entry.contains("Allegation recorded"))
				.anyMatch((entry) -> entry.contains("Finding recorded"));
			assertThat(JsonPath.<String>read(seen, "$.steps.caseClosed.status")).isEqualTo("Closed");
			assertThat(JsonPath.<List<String>>read(seen, "$.steps.caseClosed.timeline"))
				.anyMatch((entry) -> entry.contains("Acknowledged"))
				.anyMatch((entry) -> entry.contains("Closed"));
			assertThat(JsonPath.<String>read(seen, "$.steps.completion.totals")).contains("Assigned", "Completed");
			assertThat(JsonPath.<Integer>read(seen, "$.steps.completion.departments")).isPositive();
			assertThat(JsonPath.<String>read(seen, "$.steps.feedbackRead.feedback"))
				.contains("The van is back to business use only.");
			assertThat(JsonPath.<List<String>>read(seen, "$.steps.boardMatters")).contains("DE-2026-0001",
					"JP-2026-0001");
			assertThat(JsonPath.<String>read(seen, "$.steps.matter.facts")).contains("The CEO involved");
			assertThat(JsonPath.<String>read(seen, "$.steps.boardPack.fileName")).endsWith(".csv");
			Map<String, List<String>> axe = JsonPath.read(seen, "$.axe");
			assertThat(axe).containsKeys("intake-report", "intake-receipt", "intake-follow-up", "intake-report-ja",
					"sign-in", "employee-home", "code-certify", "employee-report", "employee-reports", "gifts",
					"workbench", "case", "case-investigation", "case-closed", "certifications", "board",
					"board-matter");
			assertThat(axe).as("serious or critical accessibility violations")
				.allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
			assertThat(JsonPath.<List<String>>read(seen, "$.foreignRequests")).as("requests to other hosts").isEmpty();
			assertThat(PORTAL.resolve("target/screenshots/board.png")).isRegularFile();
		}
	}

	@Test
	void theCfoActsOnThePeopleOfACaseAndRefersAnOverdueCertificationInTheBrowser() throws Exception {
		assertThat(CHROMIUM).as("Debian's chromium (apt-get install -y chromium): the browser test needs it")
			.isExecutable();
		GraphQlHttp api = new GraphQlHttp(port);
		// the employee reports confidentially to the CFO/CAO
		String caseNumber = api
			.post(token("employee"), """
					mutation($input: ReportSubmitInput!) { reportSubmit(input: $input) {
					  receipt { caseNumber } userErrors { message } } }""",
					Map.of("input",
							Map.of("reporterMode", "CONFIDENTIAL", "report",
									Map.of("category", "MISUSE_OF_ASSETS", "recipient", "CFO_CAO", "description",
											"The company van is taken home every weekend."))))
			.read("$.data.reportSubmit.receipt.caseNumber");
		// the Treasurer's certification of the Code is past its due date (the shared run
		// keeps the real clock, which the demo's campaigns are not yet due by)
		makeOverdue(api
			.post(token("treasurer"),
					"{ viewer { certificationAssignments(first: 1) { edges { node { id status } } } } }")
			.read("$.data.viewer.certificationAssignments.edges[0].node.id"));

		String seen = runInBrowser("e2e/workbench-e2e.mjs", "http://localhost:" + port, caseNumber, "Toni Treasurer");

		assertThat(JsonPath.<String>read(seen, "$.steps.reporterMode")).startsWith("Confidential");
		assertThat(JsonPath.<String>read(seen, "$.steps.revealRefused.error")).isNotBlank();
		assertThat(JsonPath.<Boolean>read(seen, "$.steps.revealRefused.describes")).isTrue();
		assertThat(JsonPath.<String>read(seen, "$.steps.revealed.reporter")).contains("Erin Employee");
		assertThat(JsonPath.<String>read(seen, "$.steps.involved.list")).contains("Sam Supervisor",
				"marked by a handler", "Signed off the weekend trips in the logbook.");
		assertThat(JsonPath.<List<String>>read(seen, "$.steps.involved.timeline"))
			.anyMatch((entry) -> entry.contains("Involved person added"))
			.anyMatch((entry) -> entry.contains("Routed again"));
		assertThat(JsonPath.<String>read(seen, "$.steps.involvedTwice.error")).contains("involved already");
		assertThat(JsonPath.<Boolean>read(seen, "$.steps.involvedTwice.describes")).isTrue();
		assertThat(JsonPath.<String>read(seen, "$.steps.knowinglyFalse.consequence"))
			.contains("loses the Code's protection against discipline");
		assertThat(JsonPath.<Integer>read(seen, "$.steps.knowinglyFalse.goodFaith")).isPositive();
		assertThat(JsonPath.<Boolean>read(seen, "$.steps.knowinglyFalse.disabledBeforeUnderstood")).isTrue();
		assertThat(JsonPath.<String>read(seen, "$.steps.knowinglyFalse.status"))
			.contains("The logbook shows the van in the depot", "the reporter stays protected");
		assertThat(JsonPath.<List<String>>read(seen, "$.steps.knowinglyFalse.timeline"))
			.anyMatch((entry) -> entry.contains("Reporter's identity revealed"))
			.anyMatch((entry) -> entry.contains("Knowingly false report proposed"));
		assertThat(JsonPath.<String>read(seen, "$.steps.referral.done")).contains("Toni Treasurer");
		assertThat(JsonPath.<String>read(seen, "$.steps.referral.row")).contains("Toni Treasurer", "yes");
		assertThat(JsonPath.<Integer>read(seen, "$.steps.referral.buttonsLeft")).isZero();
		assertThat(JsonPath.<String>read(seen, "$.steps.decided.status")).contains("did not find",
				"Its reporter stays protected");
		assertThat(JsonPath.<List<String>>read(seen, "$.steps.decided.timeline"))
			.anyMatch((entry) -> entry.contains("Not found knowingly false"));
		assertThat(JsonPath.<Integer>read(seen, "$.steps.decided.revealOffered")).as("the Committee only decides")
			.isZero();
		assertThat(JsonPath.<List<String>>read(seen, "$.steps.groupCompletion.companies"))
			.contains("Acme Holdings Inc.", "Acme Deutschland GmbH", "Acme Japan K.K.");
		Map<String, List<String>> axe = JsonPath.read(seen, "$.axe");
		assertThat(axe).containsKeys("case-people", "case-knowingly-false", "certifications-referral",
				"case-knowingly-false-decided", "board-group-completion");
		assertThat(axe).as("serious or critical accessibility violations")
			.allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
		assertThat(JsonPath.<List<String>>read(seen, "$.foreignRequests")).as("requests to other hosts").isEmpty();
	}

	private static String token(String username) {
		return JsonPath.read(LocalTokens.request(port, "acme-de", username, "demo").body(), "$.access_token");
	}

	private static void makeOverdue(String assignmentGlobalId) {
		String assignmentId = GlobalId.localIdOf(assignmentGlobalId, "CertificationAssignment").orElseThrow();
		Tenant tenant = SharedLocalRun.bean(TenantRegistry.class).findByKey("acme-de").orElseThrow();
		LocalDate due = LocalDate.now(ZoneId.of("UTC")).minusDays(10);
		TenantContext.runAs(tenant,
				() -> SharedLocalRun.bean("mongoTemplate", MongoTemplate.class)
					.updateFirst(Query.query(Criteria.where("_id").is(assignmentId)),
							new Update().set("dueDate", due)
								.set("dueAt", due.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
							"certification_assignments"));
	}

	private static String runInBrowser(String baseUrl, String intakeKey) throws Exception {
		return runInBrowser("e2e/portal-e2e.mjs", baseUrl, intakeKey);
	}

	private static String runInBrowser(String script, String... arguments) throws Exception {
		Path output = Files.createTempFile("portal-e2e", ".json");
		List<String> command = new java.util.ArrayList<>(List.of("node", script));
		command.addAll(List.of(arguments));
		command.add(PORTAL.resolve("target/screenshots").toAbsolutePath().toString());
		Process node = new ProcessBuilder(command).directory(PORTAL.toFile())
			.redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		boolean finished = node.waitFor(4, TimeUnit.MINUTES);
		if (!finished) {
			node.destroyForcibly();
		}
		String seen = Files.readString(output).strip();
		Files.deleteIfExists(output);
		assertThat(finished).as("the browser run finished").isTrue();
		assertThat(node.exitValue()).as("the browser run's exit code (output: %s)", seen).isZero();
		return seen;
	}

}
