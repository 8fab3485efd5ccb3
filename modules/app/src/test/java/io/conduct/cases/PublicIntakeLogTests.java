package io.conduct.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing of the public intake's logs links a report to a person: the log output of a
 * public report, its follow-ups and a message holds neither the case number nor the
 * receipt key (nor its locating part), and even with Tomcat's access log turned on, the
 * public intake's requests are not in it (signed-in requests still are).
 */
@ConductIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "server.tomcat.accesslog.enabled=true",
		"server.tomcat.accesslog.directory=${java.io.tmpdir}/conduct-access-log-test",
		"server.tomcat.accesslog.buffered=false", "server.tomcat.accesslog.prefix=access",
		"server.tomcat.accesslog.pattern=%h %t \"%r\" %s \"%{User-Agent}i\"", "logging.level.io.conduct=DEBUG" })
class PublicIntakeLogTests {

	private static final String PASSPHRASE = "amber lantern over the quiet harbour";

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	@Test
	void aPublicReportLeavesNeitherItsNumberNorItsKeyInTheLogsAndNoAccessLogLine(CapturedOutput output)
			throws IOException {
		GraphQlHttp api = new GraphQlHttp(this.port);
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("logs"));
		String marker = "PublicProbe-" + Long.toHexString(System.nanoTime());
		Map<String, String> client = Map.of("User-Agent", marker, "X-Forwarded-For", "192.0.2.77");

		var submitted = api.post(null, Reports.PUBLIC_SUBMIT,
				Map.of("input", Map.of("intakeKey", tenant.publicIntakeKey(), "passphrase", PASSPHRASE, "report",
						Reports.fields("OTHER", "CFO_CAO", "A concern"))),
				client);
		String number = submitted.read("$.data.publicReportSubmit.receipt.caseNumber");
		String receiptKey = submitted.read("$.data.publicReportSubmit.receipt.receiptKey");
		api.post(null, Reports.PUBLIC_READ, Map.of("input",
				Map.of("intakeKey", tenant.publicIntakeKey(), "receiptKey", receiptKey, "passphrase", PASSPHRASE)),
				client);
		api.post(null, Reports.PUBLIC_MESSAGE, Map.of("input", Map.of("intakeKey", tenant.publicIntakeKey(),
				"receiptKey", receiptKey, "passphrase", PASSPHRASE, "body", "One more thing")), client);
		api.post(null, Reports.PUBLIC_READ, Map.of("input",
				Map.of("intakeKey", tenant.publicIntakeKey(), "receiptKey", receiptKey, "passphrase", "wrong one")),
				client);
		String signedIn = "SignedInProbe-" + Long.toHexString(System.nanoTime());
		api.post(TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE), "{ viewer { subject } }", Map.of(),
				Map.of("User-Agent", signedIn));

		String compactKey = receiptKey.replace("-", "");
		for (String probe : List.of(number, receiptKey, compactKey, compactKey.substring(0, 8))) {
			assertThat(output.getAll()).as("log output").doesNotContain(probe);
		}
		// each request's line would carry its user agent: the signed-in one is there, the
		// public ones are not
		String accessLog = accessLog();
		// the valve writes its line as the response completes: wait for it a little
		for (int i = 0; i < 50 && !accessLog.contains(signedIn); i++) {
			sleep();
			accessLog = accessLog();
		}
		assertThat(accessLog).as("the access log is on").contains(signedIn);
		assertThat(accessLog).doesNotContain(marker).doesNotContain(number).doesNotContain(receiptKey);
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String accessLog() throws IOException {
		Path directory = Path.of(System.getProperty("java.io.tmpdir"), "conduct-access-log-test");
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((f) -> f.getFileName().toString().startsWith("access")).map((f) -> {
				try {
					return Files.readString(f, StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).reduce("", String::concat);
		}
	}

}
