package io.conduct.inquiries;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inquiry goes at once to the tenant's authorized spokespersons and the recorder's
 * supervisor, each told in their own language; to the CFO/CAO too, at once, when it may
 * concern material non-public information or when nobody could take it.
 */
@ConductIntegrationTest
class InquiryRoutingTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@Autowired
	InquiryEscalations escalations;

	@LocalServerPort
	int port;

	InquiryFixture fixture;

	@BeforeEach
	void tenant() {
		this.fixture = new InquiryFixture(new GraphQlHttp(this.port), this.registry, this.tenantData);
	}

	@Test
	void anInquiryGoesToEverySpokespersonAndTheRecordersSupervisorEachInTheirLanguage() {
		var recorded = this.fixture.record(this.fixture.erin, InquiryFixture.input(this.clock.instant(), Map.of()));
		String id = recorded.read("$.data.inquiryRecord.inquiry.id");

		assertThat(recorded.<String>read("$.data.inquiryRecord.inquiry.status")).isEqualTo("OPEN");
		assertThat(recorded.<List<String>>read("$.data.inquiryRecord.inquiry.notices[*].reason"))
			.containsExactly("SPOKESPERSON", "SPOKESPERSON", "SUPERVISOR");
		assertThat(recorded.<String>read("$.data.inquiryRecord.inquiry.supervisor.displayName"))
			.isEqualTo("Sam Supervisor");
		assertThat(this.fixture.kindsFor(id, "pat")).containsExactly("inquiry.routed.spokesperson");
		assertThat(this.fixture.kindsFor(id, "sky")).containsExactly("inquiry.routed.spokesperson");
		assertThat(this.fixture.kindsFor(id, "sam")).containsExactly("inquiry.routed.supervisor");
		assertThat(this.fixture.kindsFor(id, "erin")).isEmpty();
		assertThat(this.fixture.kindsFor(id, "carol")).as("no MNPI: the CFO/CAO hears only if it escalates").isEmpty();

		Document toPat = sentTo(id, "pat");
		assertThat(toPat.getString("language")).isEqualTo("ja");
		assertThat(toPat.getString("subject")).isEqualTo("Jane Doe, Financial Daily（報道機関）からの問い合わせが広報担当者の対応を待っています");
		// the day of escalation, the first business day after Tuesday 2026-09-01, the
		// Japanese way
		assertThat(toPat.getString("body")).contains("Erin Employeeさんが", "2026年9月2日の終わりまでに");
		Document toSky = sentTo(id, "sky");
		assertThat(toSky.getString("language")).isEqualTo("fr");
		assertThat(toSky.getString("subject"))
			.isEqualTo("Une demande de Jane Doe, Financial Daily (médias) attend un porte-parole");
		assertThat(toSky.getString("body")).contains("avant la fin du 2 septembre 2026");
		Document toSam = sentTo(id, "sam");
		assertThat(toSam.getString("language")).isEqualTo("en");
		assertThat(toSam.getString("subject"))
			.isEqualTo("An inquiry to Erin Employee from Jane Doe, Financial Daily (media)");
		assertThat(toSam.getString("body")).contains("Erin Employee, who reports to you", "the Company's authorized");
		// the question stays in Conduct
		for (Document sent : this.fixture.outboxOf(id)) {
			assertThat(sent.getString("body")).doesNotContain("new plant");
		}
	}

	@Test
	void aMarketProfessionalAskingAboutResultsIsFlaggedToTheCfoCaoAtOnce() {
		var recorded = this.fixture.record(this.fixture.erin,
				InquiryFixture.input(this.clock.instant(),
						Map.of("inquirer",
								Map.of("name", "Max Muster", "organisation", "Bank AG", "kind", "SECURITIES_ANALYST"),
								"question", "Werden die Quartalszahlen die Prognose erfüllen?")));
		String id = recorded.read("$.data.inquiryRecord.inquiry.id");

		assertThat(recorded.<Boolean>read("$.data.inquiryRecord.inquiry.mnpi.flagged")).isTrue();
		assertThat(recorded.<List<String>>read(
				"$.data.inquiryRecord.inquiry.mnpi.findings[?(@.rule == 'MARKET_TOPIC')].matchedKeywords[*]"))
			.containsExactly("quartal", "prognose");
		assertThat(recorded.<List<String>>read("$.data.inquiryRecord.inquiry.notices[*].reason"))
			.containsExactly("SPOKESPERSON", "SPOKESPERSON", "SUPERVISOR", "MNPI_FLAG");
		// at once: no round has run
		assertThat(this.fixture.kindsFor(id, "carol")).containsExactly("inquiry.mnpi");
		assertThat(sentTo(id, "carol").getString("body"))
			.contains("a market professional or a security holder asked about quartal, prognose");
		assertThat(recorded.<List<String>>read("$.data.inquiryRecord.guidance.steps"))
			.anyMatch((step) -> step.startsWith("Diese Anfrage kann wesentliche nicht öffentliche Informationen"));
	}

	@Test
	void theSameQuestionFromTheMediaIsNotFlaggedByKeywordsButTheRecordersJudgementFlagsIt() {
		Map<String, Object> media = Map.of("question", "Will the quarterly results beat the forecast?");
		String unflagged = this.fixture.recorded(this.fixture.erin, InquiryFixture.input(this.clock.instant(), media));
		assertThat(this.fixture.kindsFor(unflagged, "carol")).isEmpty();

		var judged = this.fixture
			.record(this.fixture.erin, InquiryFixture.input(this.clock.instant(), Map.of("question",
					"Will the quarterly results beat the forecast?", "mayConcernMaterialNonPublicInformation", true)));
		String flagged = judged.read("$.data.inquiryRecord.inquiry.id");
		assertThat(judged.<Boolean>read("$.data.inquiryRecord.inquiry.mnpi.recorderFlagged")).isTrue();
		assertThat(judged.<List<String>>read("$.data.inquiryRecord.inquiry.mnpi.findings[?(@.fired == true)].rule"))
			.containsExactly("RECORDER_JUDGEMENT");
		assertThat(this.fixture.kindsFor(flagged, "carol")).containsExactly("inquiry.mnpi");
	}

	@Test
	void withoutAnAuthorizedSpokespersonTheCfoCaoHearsAtOnceAndTheRecorderIsToldToReferToTheSupervisor() {
		InquiryFixture unstaffed = new InquiryFixture(new GraphQlHttp(this.port), this.registry, this.tenantData,
				false);
		var recorded = unstaffed.record(unstaffed.erin, InquiryFixture.input(this.clock.instant(), Map.of()));
		String id = recorded.read("$.data.inquiryRecord.inquiry.id");

		assertThat(recorded.<List<String>>read("$.data.inquiryRecord.inquiry.notices[*].reason"))
			.containsExactly("SUPERVISOR", "NO_SPOKESPERSON");
		assertThat(unstaffed.kindsFor(id, "carol")).containsExactly("inquiry.no-spokesperson");
		assertThat(recorded.<List<String>>read("$.data.inquiryRecord.guidance.steps")).contains(
				"Verweisen Sie die anfragende Person an Ihre Vorgesetzte oder Ihren Vorgesetzten, Sam Supervisor. "
						+ "Das Unternehmen hat in Conduct noch keinen autorisierten Sprecher; der Finanzvorstand erfährt "
						+ "daher sofort von der Anfrage.");
	}

	@Test
	void noticesARequestRecordedButDidNotWriteAreWrittenByTheNextRoundOnce() {
		String id = this.fixture.recorded(this.fixture.erin, InquiryFixture.input(this.clock.instant(), Map.of()));
		// as if the instance had stopped between storing the inquiry and writing its
		// notices
		TenantContext.runAs(this.fixture.tenant, () -> {
			this.tenantData.remove(new Query(), "notification_outbox");
			this.tenantData.updateMulti(new Query(), Update.update("noticesPending", true), "inquiries");
		});
		assertThat(this.fixture.outboxOf(id)).isEmpty();

		this.escalations.runRound(this.clock.instant());
		this.escalations.runRound(this.clock.instant());

		assertThat(this.fixture.outboxOf(id)).extracting((d) -> d.getString("kind"))
			.containsExactlyInAnyOrder("inquiry.routed.spokesperson", "inquiry.routed.spokesperson",
					"inquiry.routed.supervisor");
		assertThat(TenantContext.callAs(this.fixture.tenant,
				() -> this.tenantData.findAll(Document.class, "inquiries").get(0).getBoolean("noticesPending")))
			.isFalse();
	}

	private Document sentTo(String inquiryId, String user) {
		return this.fixture.outboxOf(inquiryId)
			.stream()
			.filter((d) -> this.fixture.email(user).equals(d.getString("email")))
			.findFirst()
			.orElseThrow();
	}

}
