package io.conduct.certifications;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group's Code in versions and languages, and certifications bound to the exact text
 * shown: an outdated version, a second time, someone else, or other text get a user error
 * and store nothing.
 */
@ConductIntegrationTest
class CertificationTests {

	private static final String CURRENT = """
			query($l: String) { currentCode(language: $l) { version { id number } language title contentHash
			  sections { heading } } }""";

	private static final String CERTIFY = """
			mutation($input: CodeCertifyInput!) { codeCertify(input: $input) {
			  certification { versionNumber language contentHash status } userErrors { field code } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant group;

	Tenant subsidiary;

	String groupCfo;

	String erin;

	@BeforeEach
	void group() {
		this.api = new GraphQlHttp(this.port);
		this.group = TestTenants.register(this.registry, TestTenants.uniqueKey("grp"));
		String key = TestTenants.uniqueKey("sub");
		this.subsidiary = TestTenants.register(this.registry, key, this.group.key(), TestIssuer.get().issuerFor(key));
		this.groupCfo = TestIssuer.get().token(this.group.key(), "carla", Role.CFO_CAO);
		this.erin = TestIssuer.get().token(this.subsidiary.key(), "erin", Role.EMPLOYEE);
		publish(LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1), "en", "de");
	}

	@Test
	void subsidiariesReadTheGroupsCodeInTheirLanguageFallingBackToEnglish() {
		var german = this.api.post(this.erin, CURRENT, Map.of("l", "de-DE"));
		var french = this.api.post(this.erin, CURRENT, Map.of("l", "fr"));
		var english = this.api.post(this.erin, CURRENT, Map.of("l", "en"));

		assertThat(german.<String>read("$.data.currentCode.title")).isEqualTo("Verhaltenskodex");
		// no French: the tenant's language (German) is shown
		assertThat(french.<String>read("$.data.currentCode.language")).isEqualTo("de");
		assertThat(english.<String>read("$.data.currentCode.title")).isEqualTo("Code of Conduct");
		assertThat(english.<String>read("$.data.currentCode.contentHash"))
			.isNotEqualTo(german.read("$.data.currentCode.contentHash"));
	}

	@Test
	void aCertificationRecordsTheVersionLanguageAndHashShown() {
		var shown = this.api.post(this.erin, CURRENT, Map.of("l", "en"));

		var certified = this.api.post(this.erin, CERTIFY, Map.of("input", certification(shown, Map.of())));

		assertThat(certified.<List<?>>read("$.data.codeCertify.userErrors")).as(certified.body()).isEmpty();
		assertThat(certified.<String>read("$.data.codeCertify.certification.contentHash"))
			.isEqualTo(shown.read("$.data.currentCode.contentHash"));
		assertThat(certified.<String>read("$.data.codeCertify.certification.language")).isEqualTo("en");
		assertThat(this.api.post(this.erin, "{ viewer { certifications { versionNumber status } } }")
			.<List<String>>read("$.data.viewer.certifications[*].status")).containsExactly("COMPLETED");
	}

	@Test
	void badCertificationsGetUserErrorsAndStoreNothing() {
		var shown = this.api.post(this.erin, CURRENT, Map.of("l", "en"));

		var otherText = this.api.post(this.erin, CERTIFY,
				Map.of("input", certification(shown, Map.of("contentHash", "0".repeat(64)))));
		var notAll = this.api.post(this.erin, CERTIFY,
				Map.of("input", certification(shown, Map.of("understood", false))));
		var badSignature = this.api.post(this.erin, CERTIFY,
				Map.of("input", certification(shown, Map.of("signature", "Somebody Else"))));
		var someoneElse = this.api.post(this.erin, CERTIFY,
				Map.of("input", certification(shown, Map.of("personId", "UGVyc29uOm5vLW9uZQ"))));

		assertThat(code(otherText)).isEqualTo("HASH_MISMATCH");
		assertThat(code(notAll)).isEqualTo("REQUIRED");
		assertThat(code(badSignature)).isEqualTo("SIGNATURE_MISMATCH");
		assertThat(code(someoneElse)).isEqualTo("FOR_SOMEONE_ELSE");
		assertThat(TenantContext.callAs(this.subsidiary, () -> this.tenantData.count(new Query(), Certification.class)))
			.isZero();

		this.api.post(this.erin, CERTIFY, Map.of("input", certification(shown, Map.of())));
		assertThat(code(this.api.post(this.erin, CERTIFY, Map.of("input", certification(shown, Map.of())))))
			.isEqualTo("ALREADY_CERTIFIED");
		publish(LocalDate.now(ZoneId.of("Europe/Berlin")), "en");
		String bob = TestIssuer.get().token(this.subsidiary.key(), "bob", Role.EMPLOYEE);
		var newCurrent = this.api.post(bob, CURRENT, Map.of("l", "en"));
		assertThat(newCurrent.<Integer>read("$.data.currentCode.version.number")).as(newCurrent.body()).isEqualTo(2);
		assertThat(code(this.api.post(bob, CERTIFY, Map.of("input", certification(shown, Map.of())))))
			.isEqualTo("OUTDATED_VERSION");
	}

	@Test
	void aCertificationWithAnExceptionGoesToTheCfoCao() {
		var shown = this.api.post(this.erin, CURRENT, Map.of("l", "en"));

		var excepted = this.api.post(this.erin, CERTIFY,
				Map.of("input", certification(shown, Map.of("exception", "My brother works for a supplier"))));

		assertThat(excepted.<String>read("$.data.codeCertify.certification.status")).isEqualTo("EXCEPTION_RAISED");
		String cfo = TestIssuer.get().token(this.subsidiary.key(), "cfo", Role.CFO_CAO);
		assertThat(this.api.post(cfo, "{ certificationExceptions { exception } }")
			.<List<String>>read("$.data.certificationExceptions[*].exception"))
			.containsExactly("My brother works for a supplier");
		assertThat(this.api.post(this.erin, "{ certificationExceptions { exception } }").firstErrorCode())
			.isEqualTo("FORBIDDEN");
	}

	@Test
	void onlyTheGroupsTopCompanyAmendsTheCode() {
		String subsidiaryCfo = TestIssuer.get().token(this.subsidiary.key(), "cfo", Role.CFO_CAO);

		var fromSubsidiary = this.api.post(subsidiaryCfo, PUBLISH, Map.of("input", amendment("2026-01-01", "en")));
		var byEmployee = this.api.post(this.erin, PUBLISH, Map.of("input", amendment("2026-01-01", "en")));

		assertThat(fromSubsidiary.<String>read("$.data.codeVersionPublish.userErrors[0].code")).isEqualTo("NOT_GROUP");
		assertThat(byEmployee.firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	private static final String PUBLISH = """
			mutation($input: CodeVersionPublishInput!) { codeVersionPublish(input: $input) {
			  version { number languages } userErrors { field code } } }""";

	private void publish(LocalDate effective, String... languages) {
		var published = this.api.post(this.groupCfo, PUBLISH,
				Map.of("input", amendment(effective.toString(), languages)));
		assertThat(published.<List<?>>read("$.data.codeVersionPublish.userErrors")).as(published.body()).isEmpty();
	}

	private static Map<String, Object> amendment(String effective, String... languages) {
		List<Map<String, Object>> translations = java.util.Arrays.stream(languages)
			.map((language) -> Map.<String, Object>of("language", language, "title",
					language.equals("de") ? "Verhaltenskodex" : "Code of Conduct", "sections",
					List.of(Map.of("heading", "CONFLICTS OF INTEREST", "body", "Text in " + language))))
			.toList();
		return Map.of("effectiveDate", effective, "changeSummary", "Amended", "translations", translations);
	}

	private static Map<String, Object> certification(GraphQlHttp.Response shown, Map<String, Object> changes) {
		Map<String, Object> input = new HashMap<>();
		input.put("versionId", shown.read("$.data.currentCode.version.id"));
		input.put("language", shown.read("$.data.currentCode.language"));
		input.put("contentHash", shown.read("$.data.currentCode.contentHash"));
		input.put("openedAt", "2026-01-01T09:00:00Z");
		input.put("receivedAndRead", true);
		input.put("understood", true);
		input.put("compliedAndWillComply", true);
		input.put("printedName", "Erin Employee");
		input.put("signature", "Erin Employee");
		input.putAll(changes);
		return input;
	}

	private static String code(GraphQlHttp.Response response) {
		String code = response.readOrNull("$.data.codeCertify.userErrors[0].code");
		assertThat(code).as(response.body()).isNotNull();
		return code;
	}

}
