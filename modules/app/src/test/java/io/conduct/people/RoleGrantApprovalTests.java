package io.conduct.people;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.tenants.OnboardedRealm;
import io.conduct.testsupport.GraphQlHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real Keycloak: a tenant administrator cannot give anyone a handler role
 * alone. The grant is a request; a member of the Board or of the Audit Committee who is
 * neither the requester nor the person approves it, and only then does the realm give the
 * role. Requests, grants and revocations are notified to the Audit Committee and audited.
 */
@ConductIntegrationTest
class RoleGrantApprovalTests {

	static final String GRANT = """
			mutation($p: ID!, $r: Role!) { personRoleGrant(input: {personId: $p, role: $r}) {
			  person { roles } roleGrantRequest { id role status } userErrors { field code message } } }""";

	static final String REVOKE = """
			mutation($p: ID!, $r: Role!) { personRoleRevoke(input: {personId: $p, role: $r}) {
			  person { roles } userErrors { field code } } }""";

	static final String APPROVE = """
			mutation($id: ID!) { roleGrantRequestApprove(input: {roleGrantRequestId: $id, note: "Board resolution 7"}) {
			  roleGrantRequest { status decidedBy { displayName } person { displayName } requestedBy { displayName } }
			  userErrors { field code message } } }""";

	static final String REJECT = """
			mutation($id: ID!) { roleGrantRequestReject(input: {roleGrantRequestId: $id}) {
			  roleGrantRequest { status } userErrors { code } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	AuditTrail audit;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	OnboardedRealm realm;

	String admin;

	@BeforeEach
	void realm() {
		this.api = new GraphQlHttp(this.port);
		this.realm = OnboardedRealm.onboard(this.api, this.registry, "grant");
		this.admin = this.realm.token("first-admin");
	}

	@Test
	void aHandlerRoleIsARequestUntilAnotherMemberOfTheBoardApprovesIt() {
		var created = this.realm.createPerson(this.admin, "casey", "Casey", "Cfo", "EXECUTIVE_OFFICER",
				List.of("CFO_CAO", "EMPLOYEE"));
		assertThat(created.<List<?>>read("$.data.personCreate.userErrors")).as(created.body()).isEmpty();
		assertThat(created.<List<String>>read("$.data.personCreate.person.roles")).containsExactly("EMPLOYEE");
		assertThat(created.<List<String>>read("$.data.personCreate.roleGrantRequests[*].role"))
			.containsExactly("CFO_CAO");
		assertThat(created.<List<String>>read("$.data.personCreate.roleGrantRequests[*].status"))
			.containsExactly("PENDING");
		String requestId = created.read("$.data.personCreate.roleGrantRequests[0].id");
		String casey = created.read("$.data.personCreate.person.id");
		assertThat(RealmAccounts.roles(this.realm.key(), "casey")).containsExactly(Role.EMPLOYEE);
		assertThat(this.api.post(this.realm.token("casey"), "{ viewer { roles } }")
			.<List<String>>read("$.data.viewer.roles")).containsExactly("EMPLOYEE");
		assertThat(notices()).contains("people.role.requested -> " + this.realm.email("ari"))
			.doesNotContain("people.role.requested -> " + this.realm.email("bea"));

		var byAdministrator = this.api.post(this.admin, APPROVE, Map.of("id", requestId));
		var again = this.api.post(this.admin, GRANT, Map.of("p", casey, "r", "CFO_CAO"));
		assertThat(byAdministrator.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(again.<String>read("$.data.personRoleGrant.userErrors[0].code")).isEqualTo("REQUEST_PENDING");
		assertThat(RealmAccounts.roles(this.realm.key(), "casey")).containsExactly(Role.EMPLOYEE);

		var approved = this.api.post(this.realm.token("bea"), APPROVE, Map.of("id", requestId));

		assertThat(approved.<List<?>>read("$.data.roleGrantRequestApprove.userErrors")).as(approved.body()).isEmpty();
		assertThat(approved.<String>read("$.data.roleGrantRequestApprove.roleGrantRequest.status"))
			.isEqualTo("APPROVED");
		assertThat(approved.<String>read("$.data.roleGrantRequestApprove.roleGrantRequest.decidedBy.displayName"))
			.isEqualTo("Bea Board");
		assertThat(approved.<String>read("$.data.roleGrantRequestApprove.roleGrantRequest.requestedBy.displayName"))
			.isEqualTo("Ada Admin");
		assertThat(RealmAccounts.roles(this.realm.key(), "casey")).containsExactlyInAnyOrder(Role.EMPLOYEE,
				Role.CFO_CAO);
		assertThat(this.api.post(this.realm.token("casey"), "{ viewer { roles person { roles } } }")
			.<List<String>>read("$.data.viewer.roles")).containsExactlyInAnyOrder("EMPLOYEE", "CFO_CAO");
		assertThat(notices()).contains("people.role.granted -> " + this.realm.email("ari"));
		assertThat(auditOf(casey)).extracting(AuditEntry::action).contains("person.role.grant");
		assertThat(auditOf(casey)).filteredOn((e) -> e.action().equals("person.role.grant"))
			.allSatisfy((e) -> assertThat(e.details()).containsEntry("role", "CFO_CAO").containsKey("approvedBy"));
		assertThat(this.api.post(this.realm.token("ari"), APPROVE, Map.of("id", requestId))
			.<String>read("$.data.roleGrantRequestApprove.userErrors[0].code")).isEqualTo("DECIDED");
	}

	@Test
	void nobodyApprovesTheirOwnRequestNorARoleForThemself() {
		String bea = this.realm.personId(this.admin, "Bea Board");
		String dana = this.realm.createPerson(this.admin, "dana", "Dana", "Doe", "OFFICER", List.of("EMPLOYEE"))
			.read("$.data.personCreate.person.id");
		// the Board member also administers people: she may ask for roles, not approve
		// them
		assertThat(this.api.post(this.admin, GRANT, Map.of("p", bea, "r", "TENANT_ADMIN"))
			.<List<String>>read("$.data.personRoleGrant.person.roles")).contains("TENANT_ADMIN");
		String beaToken = this.realm.token("bea");

		String forDana = this.api.post(beaToken, GRANT, Map.of("p", dana, "r", "TREASURER"))
			.read("$.data.personRoleGrant.roleGrantRequest.id");
		String forBea = this.api.post(this.admin, GRANT, Map.of("p", bea, "r", "AUDIT_COMMITTEE"))
			.read("$.data.personRoleGrant.roleGrantRequest.id");
		var ownRequest = this.api.post(beaToken, APPROVE, Map.of("id", forDana));
		var ownRole = this.api.post(beaToken, APPROVE, Map.of("id", forBea));

		assertThat(ownRequest.<String>read("$.data.roleGrantRequestApprove.userErrors[0].code"))
			.isEqualTo("SEPARATION_OF_DUTIES");
		assertThat(ownRole.<String>read("$.data.roleGrantRequestApprove.userErrors[0].code"))
			.isEqualTo("SEPARATION_OF_DUTIES");
		assertThat(RealmAccounts.roles(this.realm.key(), "dana")).doesNotContain(Role.TREASURER);
		assertThat(RealmAccounts.roles(this.realm.key(), "bea")).doesNotContain(Role.AUDIT_COMMITTEE);
		String ari = this.realm.token("ari");
		assertThat(this.api.post(ari, APPROVE, Map.of("id", forDana))
			.<String>read("$.data.roleGrantRequestApprove.roleGrantRequest.status")).isEqualTo("APPROVED");
		assertThat(this.api.post(ari, APPROVE, Map.of("id", forBea))
			.<String>read("$.data.roleGrantRequestApprove.roleGrantRequest.status")).isEqualTo("APPROVED");
		assertThat(RealmAccounts.roles(this.realm.key(), "dana")).contains(Role.TREASURER);
		assertThat(RealmAccounts.roles(this.realm.key(), "bea")).contains(Role.AUDIT_COMMITTEE);
		assertThat(notices()).contains("people.role.granted -> " + this.realm.email("ari"));
	}

	@Test
	void rolesThatDecideNothingAloneAreGrantedAtOnceAndRevokingIsAlwaysAtOnce() {
		String sam = this.realm.createPerson(this.admin, "sam", "Sam", "Supervisor", "EMPLOYEE", List.of("EMPLOYEE"))
			.read("$.data.personCreate.person.id");
		var supervisor = this.api.post(this.admin, GRANT, Map.of("p", sam, "r", "SUPERVISOR"));
		assertThat(supervisor.<Object>read("$.data.personRoleGrant.roleGrantRequest")).isNull();
		assertThat(RealmAccounts.roles(this.realm.key(), "sam")).contains(Role.SUPERVISOR);

		String bea = this.realm.personId(this.admin, "Bea Board");
		var revoked = this.api.post(this.admin, REVOKE, Map.of("p", bea, "r", "BOARD"));

		assertThat(revoked.<List<?>>read("$.data.personRoleRevoke.userErrors")).as(revoked.body()).isEmpty();
		assertThat(revoked.<List<String>>read("$.data.personRoleRevoke.person.roles")).doesNotContain("BOARD");
		assertThat(RealmAccounts.roles(this.realm.key(), "bea")).doesNotContain(Role.BOARD);
		assertThat(notices()).contains("people.role.revoked -> " + this.realm.email("ari"))
			.as("the person who lost the role hears of it too")
			.contains("people.role.revoked -> " + this.realm.email("bea"));
		assertThat(auditOf(bea)).extracting(AuditEntry::action).contains("person.role.revoke");

		// the last member of the Audit Committee taken off it is told all the same
		String ari = this.realm.personId(this.admin, "Ari Audit");
		this.api.post(this.admin, REVOKE, Map.of("p", ari, "r", "AUDIT_COMMITTEE"));
		assertThat(RealmAccounts.roles(this.realm.key(), "ari")).doesNotContain(Role.AUDIT_COMMITTEE);
		assertThat(notices()).filteredOn((notice) -> notice.equals("people.role.revoked -> " + this.realm.email("ari")))
			.hasSize(2);
	}

	@Test
	void aRejectedRequestGivesNothingAndAPlatformRoleIsNeverGrantable() {
		String dana = this.realm.createPerson(this.admin, "dana", "Dana", "Doe", "OFFICER", List.of("EMPLOYEE"))
			.read("$.data.personCreate.person.id");
		String request = this.api.post(this.admin, GRANT, Map.of("p", dana, "r", "CEO"))
			.read("$.data.personRoleGrant.roleGrantRequest.id");

		var rejected = this.api.post(this.realm.token("ari"), REJECT, Map.of("id", request));
		var platform = this.api.post(this.admin, GRANT, Map.of("p", dana, "r", "PLATFORM_ADMIN"));
		var list = this.api.post(this.realm.token("bea"),
				"{ roleGrantRequests(first: 10) { edges { node { role status person { displayName } } } } }");

		assertThat(rejected.<String>read("$.data.roleGrantRequestReject.roleGrantRequest.status"))
			.isEqualTo("REJECTED");
		assertThat(platform.<String>read("$.data.personRoleGrant.userErrors[0].code")).isEqualTo("NOT_GRANTABLE");
		assertThat(RealmAccounts.roles(this.realm.key(), "dana")).containsExactly(Role.EMPLOYEE);
		assertThat(list.<List<String>>read("$.data.roleGrantRequests.edges[*].node.status"))
			.containsExactly("REJECTED");
		assertThat(this.api.post(this.realm.token("dana"), "{ roleGrantRequests { edges { node { id } } } }")
			.firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	private List<String> notices() {
		return Outboxes.notices(this.tenantData, tenant());
	}

	private List<AuditEntry> auditOf(String personId) {
		String local = GlobalId.localIdOf(personId, "Person").orElseThrow();
		return TenantContext.callAs(tenant(), () -> this.audit.findByTarget("Person", local));
	}

	private Tenant tenant() {
		return this.registry.findByKey(this.realm.key()).orElseThrow();
	}

}
