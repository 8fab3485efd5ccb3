package io.conduct.inquiries;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
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
 * A German tenant (Europe/Berlin) and its people: Erin (German) and Yuki (Japanese)
 * report to Sam (English); Olaf has no supervisor; Pat (Japanese) and Sky (French) are
 * the authorized spokespersons; Carol (English) the CFO/CAO, Chris (Spanish) the CEO.
 */
final class InquiryFixture {

	static final String INQUIRY_FIELDS = """
			id status channel question receivedAt recordedAt recordedBySpokesperson takenAt
			inquirer { name organisation contact kind }
			recorder { displayName } supervisor { displayName } assignee { displayName } assignedBy { displayName }
			reply { response statement respondedAt }
			escalationBusinessDay escalatesAt escalated escalation { escalatedAt businessDay notified }
			mnpi { flagged rulesVersion recorderFlagged findings { rule section applies fired matchedKeywords explanation } }
			notices { reason person { displayName } at }""";

	static final String RECORD = """
			mutation($input: InquiryRecordInput!) { inquiryRecord(input: $input) {
			  inquiry { %s }
			  guidance { language section summary steps spokespersons { displayName } supervisor { displayName }
			    callerIsSpokesperson }
			  userErrors { field code message } } }""".formatted(INQUIRY_FIELDS);

	static final String NODE = "query($id: ID!) { node(id: $id) { ... on Inquiry { %s } } }".formatted(INQUIRY_FIELDS);

	static final String TAKE = """
			mutation($id: ID!) { inquiryTake(input: {inquiryId: $id}) {
			  inquiry { id status assignee { displayName } takenAt } userErrors { field code message } } }""";

	static final String RESPOND = """
			mutation($input: InquiryRespondInput!) { inquiryRespond(input: $input) {
			  inquiry { id status reply { response statement } } userErrors { field code message } } }""";

	static final String ASSIGN = """
			mutation($input: InquiryAssignInput!) { inquiryAssign(input: $input) {
			  inquiry { id status assignee { displayName } assignedBy { displayName } notices { reason person { displayName } } }
			  userErrors { field code message } } }""";

	static final String LIST = """
			query($first: Int, $after: String, $filter: InquiryFilter) {
			  inquiries(first: $first, after: $after, filter: $filter) {
			    edges { cursor node { id status question inquirer { kind } escalated mnpi { flagged }
			      recorder { displayName } } }
			    pageInfo { hasNextPage endCursor } } }""";

	static final String OWN = """
			query($first: Int, $after: String, $filter: InquiryFilter) {
			  viewer { inquiries(first: $first, after: $after, filter: $filter) {
			    edges { cursor node { id status question reply { response statement } } }
			    pageInfo { hasNextPage endCursor } } } }""";

	final Tenant tenant;

	final String admin;

	final String erin;

	final String yuki;

	final String olaf;

	final String sam;

	final String pat;

	final String sky;

	final String carol;

	final String chris;

	final Map<String, String> people;

	private final GraphQlHttp api;

	private final MongoTemplate tenantData;

	/** The tenant with both spokespersons. */
	InquiryFixture(GraphQlHttp api, TenantRegistry registry, MongoTemplate tenantData) {
		this(api, registry, tenantData, true);
	}

	/** The tenant, with or without its spokespersons in the directory. */
	InquiryFixture(GraphQlHttp api, TenantRegistry registry, MongoTemplate tenantData, boolean spokespersons) {
		this.api = api;
		this.tenantData = tenantData;
		this.tenant = TestTenants.register(registry, TestTenants.uniqueKey("inq"));
		String key = this.tenant.key();
		this.admin = TestIssuer.get().token(key, "admin", Role.TENANT_ADMIN);
		var imported = Imports.run(api, this.admin, Imports.HEADER
				+ "1,Erin,Employee,%s,EMPLOYEE,Clerk,Sales,3,2015-01-05,de-DE,DE\n".formatted(email("erin"))
				+ "2,Yuki,Yamada,%s,EMPLOYEE,Engineer,Plant,3,2015-01-05,ja-JP,DE\n".formatted(email("yuki"))
				+ "3,Sam,Supervisor,%s,EMPLOYEE,Head of Sales,Sales,,2015-01-05,en,DE\n".formatted(email("sam"))
				+ "4,Olaf,Other,%s,EMPLOYEE,Driver,Logistics,,2015-01-05,de-DE,DE\n".formatted(email("olaf"))
				+ "5,Pat,Spokes,%s,EMPLOYEE,Head of Communications,Communications,,2015-01-05,ja-JP,DE\n"
					.formatted(email("pat"))
				+ "6,Sky,Speaker,%s,EMPLOYEE,Investor Relations,Finance,,2015-01-05,fr-FR,DE\n".formatted(email("sky"))
				+ "7,Carol,Cfo,%s,EXECUTIVE_OFFICER,CFO,Finance,,2015-01-05,en,DE\n".formatted(email("carol"))
				+ "8,Chris,Ceo,%s,EXECUTIVE_OFFICER,CEO,Board,,2015-01-05,es-ES,DE\n".formatted(email("chris")));
		assertThat(imported.<Integer>read("$.data.personImport.failed")).as(imported.body()).isZero();
		this.erin = TestIssuer.get().token(key, "erin", Role.EMPLOYEE);
		this.yuki = TestIssuer.get().token(key, "yuki", Role.EMPLOYEE);
		this.olaf = TestIssuer.get().token(key, "olaf", Role.EMPLOYEE);
		this.sam = TestIssuer.get().token(key, "sam", Role.SUPERVISOR, Role.EMPLOYEE);
		this.pat = TestIssuer.get().token(key, "pat", Role.SPOKESPERSON, Role.EMPLOYEE);
		this.sky = TestIssuer.get().token(key, "sky", Role.SPOKESPERSON, Role.EMPLOYEE);
		this.carol = TestIssuer.get().token(key, "carol", Role.CFO_CAO, Role.EMPLOYEE);
		this.chris = TestIssuer.get().token(key, "chris", Role.CEO, Role.EMPLOYEE);
		// link every account to its directory entry, as a first sign-in does
		for (String token : List.of(this.erin, this.yuki, this.olaf, this.sam, this.pat, this.sky, this.carol,
				this.chris)) {
			api.post(token, "{ viewer { person { id } } }");
		}
		if (spokespersons) {
			grantInDirectory("pat", Role.SPOKESPERSON);
			grantInDirectory("sky", Role.SPOKESPERSON);
		}
		grantInDirectory("carol", Role.CFO_CAO);
		grantInDirectory("chris", Role.CEO);
		var listed = api.post(this.admin, "{ people(first: 20) { edges { node { id givenName } } } }");
		List<String> names = listed.read("$.data.people.edges[*].node.givenName");
		List<String> ids = listed.read("$.data.people.edges[*].node.id");
		Map<String, String> byName = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			byName.put(names.get(i).toLowerCase(java.util.Locale.ROOT), ids.get(i));
		}
		this.people = Map.copyOf(byName);
	}

	/** The person holds the role in the directory, as personRoleGrant records it. */
	void grantInDirectory(String user, Role role) {
		TenantContext.runAs(this.tenant,
				() -> this.tenantData.updateFirst(Query.query(Criteria.where("email").is(email(user))),
						Update.update("roles", List.of(role.name(), Role.EMPLOYEE.name())), "people"));
	}

	String email(String user) {
		return user + "@" + this.tenant.key() + ".test";
	}

	/** A media inquiry received an hour before the moment, with the changes given. */
	static Map<String, Object> input(Instant now, Map<String, Object> changes) {
		Map<String, Object> input = new HashMap<>(Map.of("inquirer",
				Map.of("name", "Jane Doe", "organisation", "Financial Daily", "contact", "+49 30 555 0100", "kind",
						"MEDIA"),
				"channel", "PHONE", "question", "What is the new plant going to produce?", "receivedAt",
				now.minusSeconds(3600).toString()));
		input.putAll(changes);
		return input;
	}

	GraphQlHttp.Response record(String token, Map<String, Object> input) {
		return this.api.post(token, RECORD, Map.of("input", input));
	}

	/** Records the inquiry and returns its id. */
	String recorded(String token, Map<String, Object> input) {
		var response = record(token, input);
		String id = response.readOrNull("$.data.inquiryRecord.inquiry.id");
		assertThat(id).as(response.body()).isNotNull();
		return id;
	}

	GraphQlHttp.Response node(String token, String id) {
		return this.api.post(token, NODE, Map.of("id", id));
	}

	GraphQlHttp.Response take(String token, String id) {
		return this.api.post(token, TAKE, Map.of("id", id));
	}

	GraphQlHttp.Response respond(String token, String id, String response, String statement) {
		return this.api.post(token, RESPOND,
				Map.of("input", Map.of("inquiryId", id, "response", response, "statement", statement)));
	}

	GraphQlHttp.Response assign(String token, String id, String spokespersonPersonId) {
		return this.api.post(token, ASSIGN,
				Map.of("input", Map.of("inquiryId", id, "spokespersonPersonId", spokespersonPersonId)));
	}

	GraphQlHttp.Response list(String token, Map<String, Object> variables) {
		return this.api.post(token, LIST, variables);
	}

	GraphQlHttp.Response own(String token) {
		return this.api.post(token, OWN, Map.of());
	}

	/** The outbox of the tenant, oldest first. */
	List<Document> outbox() {
		return TenantContext
			.callAs(this.tenant, () -> this.tenantData.find(new Query(), Document.class, "notification_outbox"))
			.stream()
			.sorted(Comparator.comparing((Document d) -> d.getDate("createdAt"))
				.thenComparing((d) -> d.getString("_id")))
			.toList();
	}

	/** The outbox entries of the inquiry. */
	List<Document> outboxOf(String inquiryGlobalId) {
		String local = io.conduct.platform.graphql.GlobalId.localIdOf(inquiryGlobalId, Inquiries.TYPE).orElseThrow();
		return outbox().stream().filter((d) -> d.getString("_id").startsWith("inquiry:" + local + "|")).toList();
	}

	/** The kinds of notification the inquiry sent to the person. */
	List<String> kindsFor(String inquiryGlobalId, String user) {
		return outboxOf(inquiryGlobalId).stream()
			.filter((d) -> email(user).equals(d.getString("email")))
			.map((d) -> d.getString("kind"))
			.toList();
	}

	long storedInquiries() {
		return TenantContext.callAs(this.tenant, () -> this.tenantData.count(new Query(), "inquiries"));
	}

	List<Document> audit(String action) {
		return TenantContext.callAs(this.tenant, () -> this.tenantData
			.find(Query.query(Criteria.where("action").is(action)), Document.class, "audit_log"));
	}

}
