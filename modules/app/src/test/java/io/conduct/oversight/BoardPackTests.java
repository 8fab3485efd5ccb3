package io.conduct.oversight;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fiscal quarter's board pack, downloaded as a board portal does: a PDF (read back
 * here) and a CSV, in the reader's language, with each tenant's dates in its zone, the
 * Audit Committee's record for its members only, audited in each tenant's trail.
 */
@ConductIntegrationTest
class BoardPackTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	@BeforeEach
	void api() {
		this.api = new GraphQlHttp(this.port);
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	@Test
	void theAuditCommitteeDownloadsThePdfInGermanWithTheTenantsDatesInItsZone() throws Exception {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pbp", null);
		GroupFixture japan = new GroupFixture(this.api, this.registry, "jbp", parent.tenant.key(), "Asia/Tokyo", null,
				0);
		// 20:00 in Berlin's September is already 1 October in Tokyo: Japan's fourth
		// quarter
		this.clock.setTo(Instant.parse("2026-09-30T20:00:00Z"));
		String matter = japan.report("MISUSE_OF_ASSETS", "CFO_CAO", "The executive uses the jet", "Xena Exec");
		String concern = japan.report("ACCOUNTING_OR_AUDITING", "CFO_CAO", "Revenue booked early", "Erin Employee");
		String number = this.api
			.post(japan.cfo, "query($id: ID!) { case(id: $id) { number } }", java.util.Map.of("id", matter))
			.read("$.data.case.number");
		// a director on the Board and its Audit Committee, as the demo's audit
		String committee = TestIssuer.get().token(parent.tenant.key(), "ann", Role.AUDIT_COMMITTEE, Role.BOARD);

		HttpResponse<byte[]> q4 = download(committee, "fiscalYear=2026&quarter=4&format=pdf&language=de");
		HttpResponse<byte[]> q3 = download(committee, "fiscalYear=2026&quarter=3&format=pdf&language=en");

		assertThat(q4.statusCode()).isEqualTo(200);
		assertThat(q4.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(q4.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("board-pack-" + parent.tenant.key() + "-FY2026-Q4.pdf");
		String text = textOf(q4.body());
		assertThat(text).contains("Unterlagen für den Aufsichtsrat", "Geschäftsjahr 2026, Quartal 4", number,
				"01.10.2026", "Verzeichnis des Prüfungsausschusses", "EXECUTIVE_OR_DIRECTOR_INVOLVED", "weniger als 5");
		assertThat(textOf(q3.body())).contains("Board pack", "Fiscal year 2026, quarter 3").doesNotContain(number);
		assertThat(TenantContext.callAs(japan.tenant,
				() -> this.audit.findByTarget("Case", GroupFixture.localId(concern))))
			.extracting(AuditEntry::action)
			.contains("oversight.board-pack.export");
	}

	@Test
	void theBoardGetsTheCsvWithoutTheAuditCommitteesRecordAndOthersGetNothing() throws Exception {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pbc", null);
		GroupFixture child = new GroupFixture(this.api, this.registry, "cbc", parent.tenant.key());
		child.report("MISUSE_OF_ASSETS", "CFO_CAO", "The executive uses the jet", "Xena Exec");
		child.report("ACCOUNTING_OR_AUDITING", "CFO_CAO", "Revenue booked early", "Erin Employee");

		HttpResponse<byte[]> csv = download(parent.board, "fiscalYear=2026&quarter=3&format=csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> lines = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).startsWith("section,tenant,scope,Reports received");
		assertThat(lines).anyMatch((l) -> l.startsWith("escalated," + child.tenant.key() + ","));
		assertThat(lines).noneMatch((l) -> l.startsWith("auditCommitteeRecord,"));
		assertThat(lines).anyMatch((l) -> l.startsWith("analytics,,Group,fewer than 5"));
		assertThat(download(parent.employee, "fiscalYear=2026&quarter=3").statusCode()).isEqualTo(403);
		assertThat(download(parent.board, "fiscalYear=2026&quarter=7").statusCode()).isEqualTo(400);
		assertThat(download(null, "fiscalYear=2026&quarter=3").statusCode()).isEqualTo(401);
	}

	@Test
	void aJapaneseReaderGetsThePackInJapaneseWithOnlyTheGlyphsUsedOfTheFontEmbedded() throws Exception {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pjp", null);
		GroupFixture japan = new GroupFixture(this.api, this.registry, "jjp", parent.tenant.key(), "Asia/Tokyo", null,
				0);
		String matter = japan.report("MISUSE_OF_ASSETS", "CFO_CAO", "The executive uses the jet", "Xena Exec");
		String number = this.api
			.post(japan.cfo, "query($id: ID!) { case(id: $id) { number } }", java.util.Map.of("id", matter))
			.read("$.data.case.number");

		HttpResponse<byte[]> ja = download(parent.board, "fiscalYear=2026&quarter=3&format=pdf&language=ja");

		assertThat(ja.statusCode()).isEqualTo(200);
		assertThat(ja.headers().firstValue("Content-Language")).hasValue("ja");
		String text = textOf(ja.body());
		assertThat(text)
			.contains("取締役会資料", "2026年度 第3四半期", "指標", "エスカレーション案件とその状況", "5件未満", "監査委員会の記録は、その委員向けの資料に含まれます。", number,
					"2026/09/01", "EXECUTIVE_OR_DIRECTOR_INVOLVED")
			.doesNotContain("Board pack")
			.doesNotContain("?");
		try (PDDocument document = Loader.loadPDF(ja.body())) {
			var fonts = new java.util.ArrayList<org.apache.pdfbox.pdmodel.font.PDFont>();
			for (var name : document.getPage(0).getResources().getFontNames()) {
				fonts.add(document.getPage(0).getResources().getFont(name));
			}
			assertThat(fonts).singleElement().satisfies((font) -> {
				assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansJP-Regular");
				assertThat(font.isEmbedded()).isTrue();
			});
		}
		// a subset: far smaller than the font's 5.5 MB
		assertThat(ja.body().length).isLessThan(200_000);
	}

	private HttpResponse<byte[]> download(String token, String query) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/oversight/board-pack?" + query))
			.GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
