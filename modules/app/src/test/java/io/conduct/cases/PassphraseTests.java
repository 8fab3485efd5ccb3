package io.conduct.cases;

import java.util.List;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Anonymous reporters' passphrases: long enough and hard to guess by a strength estimate,
 * the same words open the report however they were typed (Unicode NFKC before hashing and
 * before checking), and they are hashed with Argon2id at OWASP's minimum or stronger (the
 * tests' profile uses fast settings; the defaults are checked here).
 */
@ConductIntegrationTest
class PassphraseTests {

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("pass"));
	}

	@Test
	void aPassphraseThatIsEasyToGuessIsRefusedAndNothingIsStored() {
		for (String weak : List.of("password1234", "qwertyuiopasdf", "aaaaaaaaaaaaaaaa", this.tenant.key() + "2026")) {
			var refused = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(),
					Reports.fields("OTHER", "CFO_CAO", "A concern"), weak);
			assertThat(refused.<String>read("$.data.publicReportSubmit.userErrors[0].code")).as(weak)
				.isEqualTo("WEAK_PASSPHRASE");
			assertThat(refused.<Object>read("$.data.publicReportSubmit.receipt")).isNull();
		}
		var tooShort = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(),
				Reports.fields("OTHER", "CFO_CAO", "A concern"), "Zq8#vL2!");
		assertThat(tooShort.<String>read("$.data.publicReportSubmit.userErrors[0].code")).isEqualTo("INVALID");
	}

	@Test
	void theSameWordsOpenTheReportHoweverTheyWereTyped() {
		// full-width letters, as a Japanese keyboard types them, are the same words
		// after NFKC
		String fullWidth = "ａｍｂｅｒ ｌａｎｔｅｒｎ ｏｖｅｒ ｔｈｅ ｑｕｉｅｔ ｈａｒｂｏｕｒ";
		var submitted = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(),
				Reports.fields("OTHER", "CFO_CAO", "A concern"), fullWidth);
		String receiptKey = submitted.read("$.data.publicReportSubmit.receipt.receiptKey");

		var opened = Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey,
				"amber lantern over the quiet harbour");

		assertThat(opened.hasErrors()).as(opened.body()).isFalse();
		assertThat(opened.<String>read("$.data.publicReport.status")).isEqualTo("RECEIVED");
	}

	@Test
	void argon2idDefaultsAreOwaspsMinimumAndWeakerSettingsStopTheStart() {
		var configuration = new CaseSecurityConfiguration();
		String hash = configuration.caseSecretsEncoder(19_456, 2, 1, true).encode("a secret");

		assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(configuration.caseSecretsEncoder(47_104, 1, 1, true).encode("a secret"))
			.startsWith("$argon2id$v=19$m=47104,t=1,p=1$");
		assertThatIllegalStateException().isThrownBy(() -> configuration.caseSecretsEncoder(16_384, 2, 1, true))
			.withMessageContaining("below OWASP's minimum");
		assertThatIllegalStateException().isThrownBy(() -> configuration.caseSecretsEncoder(19_456, 1, 1, true));
	}

	@Test
	void theApplicationsSettingsAreOwaspsMinimum() throws java.io.IOException {
		var settings = new org.springframework.boot.env.YamlPropertySourceLoader()
			.load("application", new org.springframework.core.io.ClassPathResource("application.yaml"))
			.get(0);

		assertThat(settings.getProperty("conduct.cases.argon2.memory-kib")).isEqualTo(19456);
		assertThat(settings.getProperty("conduct.cases.argon2.iterations")).isEqualTo(2);
		assertThat(settings.getProperty("conduct.cases.argon2.parallelism")).isEqualTo(1);
		assertThat(settings.getProperty("conduct.cases.argon2.enforce-minimum")).isNull();
	}

}
