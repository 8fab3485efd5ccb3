package io.conduct.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
			  case { id number reporterMode } receipt { caseNumber receiptKey } userErrors { field code message } } }""";

	static final String PUBLIC_READ = """
			query($input: PublicReportAccessInput!) { publicReport(input: $input) {
			  caseNumber status acknowledgedAt feedbackDue messages { author body attachments { fileName contentType } } } }""";

	static final String PUBLIC_MESSAGE = """
			mutation($input: PublicReportMessagePostInput!) { publicReportMessagePost(input: $input) {
			  report { messages { author body } } userErrors { field code } } }""";

	private Reports() {
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
		return api.post(null, PUBLIC_SUBMIT,
				Map.of("input", Map.of("intakeKey", intakeKey, "report", report, "passphrase", passphrase)));
	}

	static GraphQlHttp.Response read(GraphQlHttp api, String intakeKey, String receiptKey, String passphrase) {
		return api.post(null, PUBLIC_READ,
				Map.of("input", Map.of("intakeKey", intakeKey, "receiptKey", receiptKey, "passphrase", passphrase)));
	}

}
