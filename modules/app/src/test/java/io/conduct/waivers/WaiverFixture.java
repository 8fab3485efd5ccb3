package io.conduct.waivers;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.Awaits;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.Imports;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group's top company with the Code in force since 2025 (English and German, the same
 * sections) and people of every kind the waivers' routes need: Erin (employee) reports to
 * Sam (supervisor), who reports to Cora (an officer, CFO/CAO and supervisor), who reports
 * to Carol (executive officer, CFO/CAO); Eve (executive officer); the Board: Dana, Bo,
 * Ari (also Audit Committee) and Rob, Dana's spouse (all directors); Nick (employee, no
 * role).
 */
final class WaiverFixture {

	static final String SUBMIT = """
			mutation($input: WaiverRequestSubmitInput!) { waiverRequestSubmit(input: $input) {
			  waiverRequest { id number status route requesterType section { key heading index }
			    codeVersion { number } periodStart periodEnd supervisor { displayName } }
			  userErrors { field code message } } }""";

	static final String REVIEW = """
			mutation($input: WaiverSupervisorReviewInput!) { waiverSupervisorReview(input: $input) {
			  waiverRequest { status supervisorReview { agrees note supervisor { displayName } } }
			  userErrors { field code message } } }""";

	static final String CFO_DECIDE = """
			mutation($input: WaiverCfoCaoDecideInput!) { waiverCfoCaoDecide(input: $input) {
			  waiverRequest { status decidedAt cfoCaoStep { action cfoCaoName } }
			  userErrors { field code message } } }""";

	static final String REFER = """
			mutation($input: WaiverBoardReferInput!) { waiverBoardRefer(input: $input) {
			  waiverRequest { status cfoCaoStep { action } } userErrors { field code message } } }""";

	static final String BOARD_DECIDE = """
			mutation($input: WaiverBoardDecideInput!) { waiverBoardDecide(input: $input) {
			  waiverRequest { status boardDecision { decision recordedByName resolution { resolutionDate reference
			      decidingBody committeeName committeeMayDecide membersTakingPart { displayName }
			      recusals { memberName reason member { displayName } } } }
			    disclosureClock { id decisionDate dueDate businessDays rule calendarId calendarName listingExchange
			      timeZone skippedHolidays { date name } explanation status overdue } }
			  userErrors { field code message } } }""";

	static final String REQUEST = """
			query($id: ID!) { node(id: $id) { ... on WaiverRequest { id number status } } }""";

	final Tenant tenant;

	final String admin;

	final Map<String, String> tokens = new HashMap<>();

	final Map<String, String> ids;

	private final GraphQlHttp api;

	private final MongoTemplate tenantData;

	WaiverFixture(GraphQlHttp api, TenantRegistry registry, MongoTemplate tenantData, String prefix,
			String listingExchange) {
		this.api = api;
		this.tenantData = tenantData;
		this.tenant = TestTenants.register(registry, TestTenants.uniqueKey(prefix), null, "en-US", "America/New_York");
		String key = this.tenant.key();
		this.admin = TestIssuer.get().token(key, "admin", Role.TENANT_ADMIN);
		token("erin", Role.EMPLOYEE);
		token("sam", Role.SUPERVISOR, Role.EMPLOYEE);
		token("cora", Role.CFO_CAO, Role.SUPERVISOR, Role.EMPLOYEE);
		token("carol", Role.CFO_CAO, Role.EMPLOYEE);
		token("eve", Role.EMPLOYEE);
		token("dana", Role.BOARD);
		token("bo", Role.BOARD);
		token("ari", Role.BOARD, Role.AUDIT_COMMITTEE);
		token("rob", Role.BOARD);
		token("nick", Role.EMPLOYEE);
		token("cole", Role.CEO, Role.EMPLOYEE);
		publishCode();
		var done = Imports.run(api, this.admin, Imports.HEADER //
				+ "1,Erin,Employee," + email("erin") + ",EMPLOYEE,Clerk,Sales,2,2015-01-05,en,US\n"
				+ "2,Sam,Supervisor," + email("sam") + ",EMPLOYEE,Head of Sales,Sales,3,2015-01-05,en,US\n"
				+ "3,Cora,Controller," + email("cora") + ",OFFICER,Controller,Finance,4,2015-01-05,en,US\n"
				+ "4,Carol,Cfo," + email("carol") + ",EXECUTIVE_OFFICER,CFO,Finance,,2015-01-05,en,US\n"
				+ "5,Eve,Executive," + email("eve") + ",EXECUTIVE_OFFICER,COO,Operations,,2015-01-05,en,US\n"
				+ "6,Dana,Director," + email("dana") + ",DIRECTOR,Director,Board,,2015-01-05,de-DE,US\n" + "7,Bo,Board,"
				+ email("bo") + ",DIRECTOR,Chair,Board,,2015-01-05,en,US\n" + "8,Ari,Audit," + email("ari")
				+ ",DIRECTOR,Audit chair,Board,,2015-01-05,en,US\n" + "9,Rob,Relative," + email("rob")
				+ ",DIRECTOR,Director,Board,,2015-01-05,en,US\n" + "10,Nick,Nonboard," + email("nick")
				+ ",EMPLOYEE,Clerk,Sales,2,2015-01-05,en,US\n" + "11,Cole,Ceo," + email("cole")
				+ ",EXECUTIVE_OFFICER,CEO,Management,,2015-01-05,en,US\n");
		assertThat(done.<Integer>read("$.data.personImport.failed")).as(done.body()).isZero();
		this.ids = Awaits.people(api, this.admin, 11);
		grant("sam", Role.SUPERVISOR, Role.EMPLOYEE);
		grant("cora", Role.CFO_CAO, Role.SUPERVISOR, Role.EMPLOYEE);
		grant("carol", Role.CFO_CAO, Role.EMPLOYEE);
		grant("dana", Role.BOARD);
		grant("bo", Role.BOARD);
		grant("ari", Role.BOARD, Role.AUDIT_COMMITTEE);
		grant("rob", Role.BOARD);
		grant("cole", Role.CEO, Role.EMPLOYEE);
		var declared = api.post(this.admin, """
				mutation($p: ID!, $r: ID!) { personRelativeDeclare(input: {personId: $p, relation: SPOUSE, name: "Rob",
				  relativePersonId: $r}) { userErrors { code } } }""",
				Map.of("p", id("Dana Director"), "r", id("Rob Relative")));
		assertThat(declared.<List<?>>read("$.data.personRelativeDeclare.userErrors")).as(declared.body()).isEmpty();
		// everyone signs in once, which links their account to their entry
		this.tokens.values().forEach((t) -> api.post(t, "{ viewer { person { id } } }"));
		if (listingExchange != null) {
			var listed = api.post(token("carol"), """
					mutation($mic: String!) { tenantCalendarUpdate(input: {listingExchange: $mic, closingDays: []}) {
					  userErrors { field code } } }""", Map.of("mic", listingExchange));
			assertThat(listed.<List<?>>read("$.data.tenantCalendarUpdate.userErrors")).as(listed.body()).isEmpty();
		}
	}

	/** Calls the API; anything but a FORBIDDEN among the errors fails the test. */
	GraphQlHttp.Response post(String token, String document, Map<String, Object> variables) {
		GraphQlHttp.Response response = this.api.post(token, document, variables);
		if (response.hasErrors()) {
			assertThat(response.firstErrorCode()).as(response.body()).isIn("FORBIDDEN", "BAD_REQUEST");
		}
		return response;
	}

	String token(String user, Role... roles) {
		if (roles.length > 0) {
			this.tokens.put(user, TestIssuer.get().token(this.tenant.key(), user, roles));
		}
		return this.tokens.get(user);
	}

	String id(String displayName) {
		return this.ids.get(displayName);
	}

	String email(String user) {
		return user + "@" + this.tenant.key() + ".test";
	}

	/** The person holds the roles in the directory, as personRoleGrant records them. */
	void grant(String user, Role... roles) {
		TenantContext.runAs(this.tenant,
				() -> this.tenantData.updateFirst(Query.query(Criteria.where("email").is(email(user))),
						Update.update("roles", Arrays.stream(roles).map(Role::name).toList()), "people"));
	}

	private void publishCode() {
		List<String> english = List.of("CONFLICTS OF INTEREST", "GIFTS AND GRATUITIES", "INSIDER TRADING", "DIRECTORS",
				"WAIVERS OF THIS CODE");
		List<String> german = List.of("INTERESSENKONFLIKTE", "GESCHENKE UND ZUWENDUNGEN", "INSIDERHANDEL", "DIREKTOREN",
				"AUSNAHMEN VON DIESEM KODEX");
		var published = post(token("carol"), """
				mutation($input: CodeVersionPublishInput!) { codeVersionPublish(input: $input) {
				  version { number } userErrors { field code } } }""", Map.of("input", Map.of("effectiveDate",
				"2025-01-01", "changeSummary", "First version", "translations",
				List.of(translation("en", "Code of Conduct", english), translation("de", "Verhaltenskodex", german)))));
		assertThat(published.<List<?>>read("$.data.codeVersionPublish.userErrors")).as(published.body()).isEmpty();
	}

	/**
	 * A translation whose sections on directors and on waivers apply to executive
	 * officers or directors.
	 */
	static Map<String, Object> translation(String language, String title, List<String> headings) {
		return Map.of("language", language, "title", title, "sections", headings.stream()
			.map((h) -> Map.of("heading", h, "body", "The text of " + h, "appliesToExecutiveOfficersOrDirectors",
					h.startsWith("DIRE") || h.startsWith("WAIVERS") || h.startsWith("AUSNAHMEN")))
			.toList());
	}

	/** Submits a request as the user; returns the response. */
	GraphQlHttp.Response submit(String user, String sectionKey, LocalDate start, LocalDate end) {
		Map<String, Object> input = new HashMap<>();
		input.put("sectionKey", sectionKey);
		input.put("reasons", "My brother-in-law's company is our only local supplier of this part.");
		input.put("periodStart", start.toString());
		input.put("periodEnd", end.toString());
		return post(token(user), SUBMIT, Map.of("input", input));
	}

	/** Submits a request as the user and returns its id, checking it was stored. */
	String submitted(String user, String sectionKey) {
		var response = submit(user, sectionKey, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
		assertThat(response.<List<?>>read("$.data.waiverRequestSubmit.userErrors")).as(response.body()).isEmpty();
		return response.read("$.data.waiverRequestSubmit.waiverRequest.id");
	}

	GraphQlHttp.Response review(String user, String requestId, boolean agrees) {
		return post(token(user), REVIEW, Map.of("input",
				Map.of("waiverRequestId", requestId, "agrees", agrees, "note", agrees ? "Appropriate" : "No")));
	}

	GraphQlHttp.Response cfoDecide(String user, String requestId, String decision) {
		return post(token(user), CFO_DECIDE, Map.of("input",
				Map.of("waiverRequestId", requestId, "decision", decision, "note", "Checked the supplier market")));
	}

	GraphQlHttp.Response refer(String user, String requestId) {
		return post(token(user), REFER,
				Map.of("input", Map.of("waiverRequestId", requestId, "note", "For the Board's meeting")));
	}

	GraphQlHttp.Response boardDecide(String user, String requestId, String decision, LocalDate resolutionDate,
			List<String> members, List<String> declaredRecusals, String committee) {
		Map<String, Object> resolution = new HashMap<>();
		resolution.put("resolutionDate", resolutionDate.toString());
		resolution.put("reference", "Minutes " + resolutionDate + ", item 4");
		resolution.put("memberIds", members.stream().map(this::id).toList());
		resolution.put("declaredRecusalIds", declaredRecusals.stream().map(this::id).toList());
		if (committee != null) {
			resolution.put("committeeName", committee);
		}
		return post(token(user), BOARD_DECIDE, Map.of("input", Map.of("waiverRequestId", requestId, "decision",
				decision, "note", "The Board considered the alternatives", "resolution", resolution)));
	}

	/**
	 * A director's or executive's request through the CFO/CAO, granted by Bo and Ari on
	 * the day.
	 */
	GraphQlHttp.Response grantedByTheBoard(String user, LocalDate day) {
		String id = submitted(user, "gifts-and-gratuities");
		assertThat(refer("carol", id).<List<?>>read("$.data.waiverBoardRefer.userErrors")).isEmpty();
		return boardDecide("bo", id, "APPROVE", day, List.of("Bo Board", "Ari Audit"), List.of(), null);
	}

	String status(String user, String requestId) {
		return post(token(user), REQUEST, Map.of("id", requestId)).read("$.data.node.status");
	}

	long count(String collection) {
		return TenantContext.callAs(this.tenant, () -> this.tenantData.getCollection(collection).countDocuments());
	}

	List<Document> outbox(io.conduct.notifications.NotificationKind kind) {
		return TenantContext.callAs(this.tenant, () -> this.tenantData
			.find(Query.query(Criteria.where("kind").is(kind.templateKey())), Document.class, "notification_outbox"));
	}

}
