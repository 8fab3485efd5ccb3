package io.conduct.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.platform.graphql.GlobalId;
import io.conduct.testsupport.GraphQlHttp;

/**
 * Report inputs and calls, as the employee portal and the public intake page send them.
 */
final class Reports {

	static final String PUBLIC_SUBMIT = """
			mutation($input: PublicReportSubmitInput!) { publicReportSubmit(input: $input) {
			  receipt { caseNumber receiptKey acknowledgementDue } userErrors { field code message } } }""";

	static final String SUBMIT = """
			mutation($input: ReportSubmitInput!) { reportSubmit(input: $input) {
			  report { id number reporterMode } receipt { caseNumber receiptKey } userErrors { field code message } } }""";

	static final String PUBLIC_READ = """
			query($input: PublicReportAccessInput!) { publicReport(input: $input) {
			  caseNumber status acknowledgedAt feedbackDue messages { author body attachments { fileName contentType } } } }""";

	static final String PUBLIC_MESSAGE = """
			mutation($input: PublicReportMessagePostInput!) { publicReportMessagePost(input: $input) {
			  report { messages { author body } } userErrors { field code } } }""";

	private Reports() {
	}

	/**
	 * The handlers' id of the case a signed-in report made (the reporter gets their own
	 * view of it, with an id of its own type); null if none was made.
	 */
	static String caseId(GraphQlHttp.Response submitted) {
		String viewId = submitted.readOrNull("$.data.reportSubmit.report.id");
		return (viewId != null) ? GlobalId.encode("Case", GlobalId.localIdOf(viewId, "ReporterCaseView").orElseThrow())
				: null;
	}

	static Map<String, Object> fields(String category, String recipient, String description) {
		Map<String, Object> report = new HashMap<>();
		report.put("category", category);
		report.put("recipient", recipient);
		report.put("description", description);
		report.put("occurredWhen", "Last quarter close");
		report.put("location", "Finance department");
		report.put("involved", List.of(Map.of("name", "Someone in Finance")));
		return report;
	}

	static GraphQlHttp.Response submitPublic(GraphQlHttp api, String intakeKey, Map<String, Object> report,
			String passphrase) {
		return submitPublic(api, intakeKey, report, passphrase, newSource());
	}

	static GraphQlHttp.Response submitPublic(GraphQlHttp api, String intakeKey, Map<String, Object> report,
			String passphrase, Map<String, String> source) {
		return api.post(null, PUBLIC_SUBMIT,
				Map.of("input", Map.of("intakeKey", intakeKey, "report", report, "passphrase", passphrase)), source);
	}

	static GraphQlHttp.Response read(GraphQlHttp api, String intakeKey, String receiptKey, String passphrase) {
		return read(api, intakeKey, receiptKey, passphrase, newSource());
	}

	static GraphQlHttp.Response read(GraphQlHttp api, String intakeKey, String receiptKey, String passphrase,
			Map<String, String> source) {
		return api.post(null, PUBLIC_READ,
				Map.of("input", Map.of("intakeKey", intakeKey, "receiptKey", receiptKey, "passphrase", passphrase)),
				source);
	}

	/**
	 * A client address of its own (a /64 of the IPv6 documentation prefix), as the
	 * ingress forwards it: each simulated reporter has their own per-source budget.
	 */
	static Map<String, String> newSource() {
		var random = java.util.concurrent.ThreadLocalRandom.current();
		return from("2001:db8:%x:%x::1".formatted(random.nextInt(0x10000), random.nextInt(0x10000)));
	}

	/** A request from the client address, as the ingress forwards it. */
	static Map<String, String> from(String address) {
		return Map.of("X-Forwarded-For", address);
	}

}
