package io.conduct.certifications;

import java.time.LocalDate;
import java.time.ZoneId;
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
 * A tenant with the Code in effect and three people who started years ago: Erin (Sales,
 * German) who reports to Sam (Sales, English), and Carol the CFO/CAO (Finance, Japanese).
 */
final class CampaignFixture {

	static final String ASSIGNMENTS = """
			{ viewer { certificationAssignments { edges { node { id status dueDate overdue
			  escalations { step daysBeforeDue } campaign { id kind name dueDate status } } } } } }""";

	static final String OPEN = """
			mutation($input: CertificationCampaignOpenInput!) { certificationCampaignOpen(input: $input) {
			  campaign { id kind name dueDate status } userErrors { field code } } }""";

	final Tenant tenant;

	final ZoneId zone;

	final String admin;

	final String carol;

	final String erin;

	final String sam;

	final String board;

	private final GraphQlHttp api;

	private final MongoTemplate tenantData;

	CampaignFixture(GraphQlHttp api, TenantRegistry registry, MongoTemplate tenantData, String prefix, String parentKey,
			String timeZone, LocalDate today) {
		this.api = api;
		this.tenantData = tenantData;
		this.tenant = TestTenants.register(registry, TestTenants.uniqueKey(prefix), parentKey, "de-DE", timeZone);
		this.zone = ZoneId.of(timeZone);
		String key = this.tenant.key();
		this.admin = TestIssuer.get().token(key, "admin", Role.TENANT_ADMIN);
		this.carol = TestIssuer.get().token(key, "carol", Role.CFO_CAO, Role.EMPLOYEE);
		this.erin = TestIssuer.get().token(key, "erin", Role.EMPLOYEE);
		this.sam = TestIssuer.get().token(key, "sam", Role.SUPERVISOR, Role.EMPLOYEE);
		this.board = TestIssuer.get().token(key, "bea", Role.BOARD);
		if (parentKey == null) {
			CodeFixtures.publish(api, this.carol, today.minusDays(1), "en", "de");
		}
		importPeople(
				Imports.HEADER + "1,Erin,Employee," + email("erin") + ",EMPLOYEE,Clerk,Sales,2,2015-01-05,de-DE,DE\n"
						+ "2,Sam,Supervisor," + email("sam") + ",EMPLOYEE,Head of Sales,Sales,,2015-01-05,en,DE\n"
						+ "3,Carol,Cfo," + email("carol") + ",EXECUTIVE_OFFICER,CFO,Finance,,2015-01-05,ja-JP,DE\n");
		grantInDirectory("carol", Role.CFO_CAO);
	}

	/** The person holds the role in the directory, as personRoleGrant records it. */
	void grantInDirectory(String user, Role role) {
		TenantContext.runAs(this.tenant,
				() -> this.tenantData.updateFirst(Query.query(Criteria.where("email").is(email(user))),
						Update.update("roles", List.of(role.name(), Role.EMPLOYEE.name())), "people"));
	}

	/** The person's type in the directory, as an administrator's change records it. */
	void setType(String user, String type) {
		TenantContext.runAs(this.tenant, () -> this.tenantData
			.updateFirst(Query.query(Criteria.where("email").is(email(user))), Update.update("type", type), "people"));
	}

	String email(String user) {
		return user + "@" + this.tenant.key() + ".test";
	}

	void importPeople(String csv) {
		var done = Imports.run(this.api, this.admin, csv);
		assertThat(done.<Integer>read("$.data.personImport.failed")).as(done.body()).isZero();
	}

	/** Opens an ad hoc campaign as the CFO/CAO; returns its id. */
	String openAdHoc(String name, LocalDate dueDate) {
		var opened = this.api.post(this.carol, OPEN,
				Map.of("input", Map.of("name", name, "dueDate", dueDate.toString())));
		assertThat(opened.<List<?>>read("$.data.certificationCampaignOpen.userErrors")).as(opened.body()).isEmpty();
		return opened.read("$.data.certificationCampaignOpen.campaign.id");
	}

	List<Document> outbox() {
		return TenantContext.callAs(this.tenant,
				() -> this.tenantData.find(new Query(), Document.class, "notification_outbox"));
	}

	/** The kinds of notification written to the address, in the order written. */
	List<String> kindsFor(String user) {
		return outbox().stream()
			.filter((d) -> email(user).equals(d.getString("email")))
			.sorted(java.util.Comparator.comparing((Document d) -> d.getDate("createdAt")))
			.map((d) -> d.getString("kind"))
			.toList();
	}

	List<Document> assignments() {
		return TenantContext.callAs(this.tenant,
				() -> this.tenantData.find(new Query(), Document.class, "certification_assignments"));
	}

}
