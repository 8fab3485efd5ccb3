package io.conduct.inquiries;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whoever records an inquiry is shown, in their own language, what the Code's
 * CONFIDENTIALITY section asks of them: decline to comment, refer the inquirer to their
 * supervisor or one of the tenant's authorized spokespersons, named; and who was told.
 */
@ConductIntegrationTest
class InquiryGuidanceTests {

	private static final String GUIDANCE = """
			{ viewer { inquiryGuidance { language section summary steps spokespersons { displayName }
			  supervisor { displayName } callerIsSpokesperson } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	InquiryFixture fixture;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.fixture = new InquiryFixture(this.api, this.registry, this.tenantData);
	}

	@Test
	void aGermanRecorderReadsWhatTheCodeAsksInGermanNamingTheSupervisorAndTheSpokespersons() {
		var recorded = this.fixture.record(this.fixture.erin, InquiryFixture.input(this.clock.instant(), Map.of()));

		assertThat(recorded.<String>read("$.data.inquiryRecord.guidance.language")).isEqualTo("de");
		assertThat(recorded.<String>read("$.data.inquiryRecord.guidance.section")).isEqualTo("CONFIDENTIALITY");
		assertThat(recorded.<String>read("$.data.inquiryRecord.guidance.summary")).startsWith(
				"Der Verhaltenskodex (Vertraulichkeit) verlangt, dass Sie jeden Kommentar ablehnen und die anfragende "
						+ "Person an Ihre Vorgesetzte oder Ihren Vorgesetzten oder an einen der autorisierten Sprecher");
		assertThat(recorded.<List<String>>read("$.data.inquiryRecord.guidance.steps")).containsExactly(
				"Lehnen Sie jeden Kommentar ab: Besprechen Sie keine internen Angelegenheiten des Unternehmens und "
						+ "geben Sie keine internen Informationen weiter.",
				"Verweisen Sie die anfragende Person an Ihre Vorgesetzte oder Ihren Vorgesetzten, Sam Supervisor, "
						+ "oder an einen der autorisierten Sprecher des Unternehmens: Pat Spokes, Sky Speaker.",
				"Geben Sie wesentliche nicht öffentliche Informationen über das Unternehmen oder andere Unternehmen, "
						+ "etwa unsere Lieferanten und Kunden, niemals an jemanden weiter, der auf ihrer Grundlage "
						+ "handeln könnte.",
				"Conduct hat Pat Spokes, Sky Speaker, Sam Supervisor benachrichtigt. Das Ergebnis sehen Sie unter "
						+ "Ihren Anfragen.");
		assertThat(recorded.<List<String>>read("$.data.inquiryRecord.guidance.spokespersons[*].displayName"))
			.containsExactlyInAnyOrder("Pat Spokes", "Sky Speaker");
		assertThat(recorded.<String>read("$.data.inquiryRecord.guidance.supervisor.displayName"))
			.isEqualTo("Sam Supervisor");
		assertThat(recorded.<Boolean>read("$.data.inquiryRecord.guidance.callerIsSpokesperson")).isFalse();
	}

	@Test
	void aJapaneseRecorderReadsItInJapanese() {
		var recorded = this.fixture.record(this.fixture.yuki, InquiryFixture.input(this.clock.instant(), Map.of()));

		assertThat(recorded.<String>read("$.data.inquiryRecord.guidance.language")).isEqualTo("ja");
		assertThat(recorded.<String>read("$.data.inquiryRecord.guidance.summary"))
			.isEqualTo("企業行動・倫理規範（機密保持）は、コメントを控え、問い合わせた人をあなたの上司または会社の正式な広報担当者に紹介するよう求めています。"
					+ "会社を代表して問い合わせに回答するのは、正式な広報担当者だけです。");
		assertThat(recorded.<List<String>>read("$.data.inquiryRecord.guidance.steps")).contains(
				"コメントを控えてください。社内の事項について話したり、社内の情報を伝えたりしないでください。",
				"問い合わせた人を、あなたの上司（Sam Supervisorさん）または会社の正式な広報担当者（Pat Spokes、Sky Speaker）に紹介してください。");
	}

	@Test
	void theGuidanceIsThereBeforeAnyInquiryInTheCallersLanguage() {
		var olaf = this.api.post(this.fixture.olaf, GUIDANCE);
		assertThat(olaf.<String>read("$.data.viewer.inquiryGuidance.language")).isEqualTo("de");
		// no supervisor: the spokespersons only
		assertThat(olaf.<List<String>>read("$.data.viewer.inquiryGuidance.steps")).contains(
				"Verweisen Sie die anfragende Person an einen der autorisierten Sprecher des Unternehmens: Pat Spokes, "
						+ "Sky Speaker.");
		assertThat(olaf.<Object>read("$.data.viewer.inquiryGuidance.supervisor")).isNull();

		var sam = this.api.post(this.fixture.sam, GUIDANCE);
		assertThat(sam.<String>read("$.data.viewer.inquiryGuidance.language")).isEqualTo("en");
		assertThat(sam.<String>read("$.data.viewer.inquiryGuidance.summary")).startsWith(
				"The Code of Business Conduct and Ethics (Confidentiality) asks you to decline to comment and to refer "
						+ "the inquirer to your supervisor or to one of the Company's authorized spokespersons.");

		var sky = this.api.post(this.fixture.sky, GUIDANCE);
		assertThat(sky.<String>read("$.data.viewer.inquiryGuidance.language")).isEqualTo("fr");
		assertThat(sky.<Boolean>read("$.data.viewer.inquiryGuidance.callerIsSpokesperson")).isTrue();
		assertThat(sky.<List<String>>read("$.data.viewer.inquiryGuidance.steps")).first()
			.isEqualTo("Vous êtes l'un des porte-parole autorisés de l'entreprise : vous pouvez prendre en charge la "
					+ "demande et répondre au nom de l'entreprise.");
	}

}
