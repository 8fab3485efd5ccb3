package io.conduct.certifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.testsupport.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Code and certifications as the employee portal and the compliance console send
 * them.
 */
final class CodeFixtures {

	static final String CURRENT = """
			query($l: Locale) { currentCode(language: $l) { version { id number } language title contentHash
			  addition { number } sections { heading tenantSpecific } } }""";

	static final String CERTIFY = """
			mutation($input: CodeCertifyInput!) { codeCertify(input: $input) {
			  certification { id versionNumber language contentHash status campaign { name } }
			  userErrors { field code } } }""";

	static final String PUBLISH = """
			mutation($input: CodeVersionPublishInput!) { codeVersionPublish(input: $input) {
			  version { number languages } userErrors { field code } } }""";

	private CodeFixtures() {
	}

	static void publish(GraphQlHttp api, String groupCfo, LocalDate effective, String... languages) {
		var published = api.post(groupCfo, PUBLISH, Map.of("input", amendment(effective.toString(), languages)));
		assertThat(published.<List<?>>read("$.data.codeVersionPublish.userErrors")).as(published.body()).isEmpty();
	}

	static Map<String, Object> amendment(String effective, String... languages) {
		List<Map<String, Object>> translations = Arrays.stream(languages)
			.map((language) -> Map.<String, Object>of("language", language, "title",
					language.equals("de") ? "Verhaltenskodex" : "Code of Conduct", "sections",
					List.of(Map.of("heading", "CONFLICTS OF INTEREST", "body", "Text in " + language))))
			.toList();
		return Map.of("effectiveDate", effective, "changeSummary", "Amended", "translations", translations);
	}

	/** A certification of the text shown, signed by the name given, with changes. */
	static Map<String, Object> certification(GraphQlHttp.Response shown, String name, Map<String, Object> changes) {
		Map<String, Object> input = new HashMap<>();
		input.put("versionId", shown.read("$.data.currentCode.version.id"));
		input.put("language", shown.read("$.data.currentCode.language"));
		input.put("contentHash", shown.read("$.data.currentCode.contentHash"));
		input.put("openedAt", "2026-01-01T09:00:00Z");
		input.put("receivedAndRead", true);
		input.put("understood", true);
		input.put("compliedAndWillComply", true);
		input.put("printedName", name);
		input.put("signature", name);
		input.putAll(changes);
		return input;
	}

	/**
	 * Reads the current Code and certifies it as the caller, opened a minute before now.
	 */
	static GraphQlHttp.Response certifyCurrent(GraphQlHttp api, String token, String name, Instant now,
			Map<String, Object> changes) {
		var shown = api.post(token, CURRENT, Map.of("l", "en"));
		Map<String, Object> input = new HashMap<>(certification(shown, name, Map.of()));
		input.put("openedAt", now.minusSeconds(60).toString());
		input.putAll(changes);
		return api.post(token, CERTIFY, Map.of("input", input));
	}

	static String userErrorCode(GraphQlHttp.Response response) {
		String code = response.readOrNull("$.data.codeCertify.userErrors[0].code");
		assertThat(code).as(response.body()).isNotNull();
		return code;
	}

}
