package io.conduct.certifications;

import java.time.LocalDate;
import java.time.ZoneId;
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

	private static final String CURRENT = CodeFixtures.CURRENT;

	private static final String CERTIFY = CodeFixtures.CERTIFY;

	private static final String PUBLISH = CodeFixtures.PUBLISH;

	@Autowired
	TenantRegistry registry;

	@Autowired
	io.conduct.testsupport.TestClock clock;

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
		// Erin is in the directory (her token's e-mail links her): certifications print
		// her name
		var imported = io.conduct.testsupport.Imports.run(this.api,
				TestIssuer.get().token(key, "admin", Role.TENANT_ADMIN), io.conduct.testsupport.Imports.HEADER
						+ "E1,Erin,Employee,erin@" + key + ".test,EMPLOYEE,Analyst,Sales,,2015-01-05,,\n");
		assertThat(imported.<Integer>read("$.data.personImport.failed")).as(imported.body()).isZero();
		publish(LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Berlin"))).minusDays(1), "en", "de");
	}

	@Test
	void thePrintedNameIsTheSignersNameInTheDirectory() {
		var shown = this.api.post(this.erin, CURRENT, Map.of("l", "en"));

		var someoneElse = this.api.post(this.erin, CERTIFY,
				Map.of("input", CodeFixtures.certification(shown, "Somebody Else", Map.of())));
		var stranger = this.api.post(TestIssuer.get().token(this.subsidiary.key(), "nobody", Role.EMPLOYEE), CERTIFY,
				Map.of("input", CodeFixtures.certification(shown, "No Body", Map.of())));
		var spacedAndCased = this.api.post(this.erin, CERTIFY,
				Map.of("input", CodeFixtures.certification(shown, "  erin   EMPLOYEE ", Map.of())));

		assertThat(code(someoneElse)).isEqualTo("PRINTED_NAME_MISMATCH");
		assertThat(someoneElse.<List<String>>read("$.data.codeCertify.userErrors[0].field")).containsExactly("input",
				"printedName");
		assertThat(code(stranger)).isEqualTo("PRINTED_NAME_MISMATCH");
		assertThat(spacedAndCased.<List<?>>read("$.data.codeCertify.userErrors")).as(spacedAndCased.body()).isEmpty();
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
		assertThat(this.api.post(this.erin, "{ viewer { certifications { edges { node { versionNumber status } } } } }")
			.<List<String>>read("$.data.viewer.certifications.edges[*].node.status")).containsExactly("COMPLETED");
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
		publish(LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Berlin"))), "en");
		// the earlier version stays readable, in its languages
		assertThat(this.api
			.post(this.erin, "{ codeVersions { edges { node { number text(language: \"de\") { language title } } } } }")
			.<List<String>>read("$.data.codeVersions.edges[*].node.text.title"))
			.containsExactly("Code of Conduct", "Verhaltenskodex");
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
		assertThat(this.api.post(cfo, "{ certificationExceptions(first: 10) { edges { node { exception } } } }")
			.<List<String>>read("$.data.certificationExceptions.edges[*].node.exception"))
			.containsExactly("My brother works for a supplier");
		assertThat(this.api.post(this.erin, "{ certificationExceptions { edges { node { exception } } } }")
			.firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void onlyTheGroupsTopCompanyAmendsTheCode() {
		String subsidiaryCfo = TestIssuer.get().token(this.subsidiary.key(), "cfo", Role.CFO_CAO);

		var fromSubsidiary = this.api.post(subsidiaryCfo, PUBLISH, Map.of("input", amendment("2026-01-01", "en")));
		var byEmployee = this.api.post(this.erin, PUBLISH, Map.of("input", amendment("2026-01-01", "en")));

		assertThat(fromSubsidiary.<String>read("$.data.codeVersionPublish.userErrors[0].code")).isEqualTo("NOT_GROUP");
		assertThat(byEmployee.firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void aSubsidiaryAddsItsOwnSectionsShownAfterTheGroupsAndBoundIntoTheHash() {
		String key = TestTenants.uniqueKey("sib");
		TestTenants.register(this.registry, key, this.group.key(), TestIssuer.get().issuerFor(key));
		String sibling = TestIssuer.get().token(key, "sia", Role.EMPLOYEE);
		String subsidiaryCfo = TestIssuer.get().token(this.subsidiary.key(), "cfo", Role.CFO_CAO);
		var groupOnly = this.api.post(this.erin, CURRENT, Map.of("l", "en"));
		var certifiedBefore = this.api.post(this.erin, CERTIFY, Map.of("input", certification(groupOnly, Map.of())));
		assertThat(certifiedBefore.<List<?>>read("$.data.codeCertify.userErrors")).as(certifiedBefore.body()).isEmpty();

		var published = this.api.post(subsidiaryCfo, ADDITION_PUBLISH,
				Map.of("input", Map.of("effectiveDate",
						LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Berlin"))).minusDays(1).toString(),
						"changeSummary", "Local works council rules", "translations", List.of(
								Map.of("language", "en", "title", "Local additions", "sections",
										List.of(Map.of("heading", "WORKS COUNCIL", "body",
												"Consult the works council."))),
								Map.of("language", "de", "title", "Lokale Ergänzungen", "sections", List
									.of(Map.of("heading", "BETRIEBSRAT", "body", "Den Betriebsrat anhören.")))))));
		var byEmployee = this.api.post(this.erin, ADDITION_PUBLISH, Map.of("input",
				Map.of("effectiveDate", "2026-01-01", "changeSummary", "x", "translations", List.of())));
		var withAddition = this.api.post(this.erin, CURRENT, Map.of("l", "de"));
		var english = this.api.post(this.erin, CURRENT, Map.of("l", "en"));

		assertThat(published.<List<?>>read("$.data.codeAdditionPublish.userErrors")).as(published.body()).isEmpty();
		assertThat(byEmployee.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(withAddition.<List<String>>read("$.data.currentCode.sections[*].heading"))
			.containsExactly("CONFLICTS OF INTEREST", "BETRIEBSRAT");
		assertThat(withAddition.<List<Boolean>>read("$.data.currentCode.sections[*].tenantSpecific"))
			.containsExactly(false, true);
		assertThat(english.<Integer>read("$.data.currentCode.addition.number")).isEqualTo(1);
		assertThat(english.<String>read("$.data.currentCode.contentHash"))
			.isNotEqualTo(groupOnly.read("$.data.currentCode.contentHash"));
		// a sibling subsidiary reads the group's text alone
		var siblingText = this.api.post(sibling, CURRENT, Map.of("l", "en"));
		assertThat(siblingText.<List<String>>read("$.data.currentCode.sections[*].heading"))
			.containsExactly("CONFLICTS OF INTEREST");
		assertThat(siblingText.<String>read("$.data.currentCode.contentHash"))
			.isEqualTo(groupOnly.read("$.data.currentCode.contentHash"));
		// the certification binds to the text with the additions
		assertThat(code(this.api.post(this.erin, CERTIFY, Map.of("input", certification(groupOnly, Map.of())))))
			.isEqualTo("HASH_MISMATCH");
		// new additions are new text: certified anew, not "already certified"
		var certified = this.api.post(this.erin, CERTIFY, Map.of("input", certification(english, Map.of())));
		assertThat(certified.<List<?>>read("$.data.codeCertify.userErrors")).as(certified.body()).isEmpty();
		assertThat(certified.<String>read("$.data.codeCertify.certification.contentHash"))
			.isEqualTo(english.read("$.data.currentCode.contentHash"));
	}

	private static final String ADDITION_PUBLISH = """
			mutation($input: CodeAdditionPublishInput!) { codeAdditionPublish(input: $input) {
			  addition { number languages } userErrors { field code } } }""";

	private void publish(LocalDate effective, String... languages) {
		CodeFixtures.publish(this.api, this.groupCfo, effective, languages);
	}

	private static Map<String, Object> amendment(String effective, String... languages) {
		return CodeFixtures.amendment(effective, languages);
	}

	private static Map<String, Object> certification(GraphQlHttp.Response shown, Map<String, Object> changes) {
		return CodeFixtures.certification(shown, "Erin Employee", changes);
	}

	private static String code(GraphQlHttp.Response response) {
		return CodeFixtures.userErrorCode(response);
	}

}
