package io.conduct.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.tenants.OnboardedRealm;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.GroupRepresentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real Keycloak: the directory is where roles are decided, and the realm
 * follows it. Concurrent grants end with both the same; roles changed in Keycloak by hand
 * are put back by the reconciliation, audited and reported to the Audit Committee.
 */
@ConductIntegrationTest
class RoleReconciliationTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	RoleReconciliation reconciliation;

	@Autowired
	PeopleDirectory directory;

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
		this.realm = OnboardedRealm.onboard(this.api, this.registry, "recon");
		this.admin = this.realm.token("first-admin");
	}

	@Test
	void threeConcurrentGrantsLeaveTheDirectoryAndTheRealmEqual() throws Exception {
		for (String username : List.of("pat", "lee", "kim")) {
			String person = this.realm
				.createPerson(this.admin, username, username, "Person", "EMPLOYEE", List.of("EMPLOYEE"))
				.read("$.data.personCreate.person.id");
			CyclicBarrier start = new CyclicBarrier(3);
			List<CompletableFuture<GraphQlHttp.Response>> grants = List.of("SUPERVISOR", "SPOKESPERSON", "TENANT_ADMIN")
				.stream()
				.map((role) -> CompletableFuture.supplyAsync(() -> {
					await(start);
					return this.api.post(this.admin, RoleGrantApprovalTests.GRANT, Map.of("p", person, "r", role));
				}))
				.toList();
			for (CompletableFuture<GraphQlHttp.Response> grant : grants) {
				assertThat(grant.get().<List<?>>read("$.data.personRoleGrant.userErrors")).as(grant.get().body())
					.isEmpty();
			}

			Set<Role> expected = EnumSet.of(Role.EMPLOYEE, Role.SUPERVISOR, Role.SPOKESPERSON, Role.TENANT_ADMIN);
			assertThat(directoryRoles(person)).as(username).isEqualTo(expected);
			assertThat(RealmAccounts.roles(this.realm.key(), username)).as(username).isEqualTo(expected);
		}
	}

	@Test
	void aRoleRemovedInKeycloakByHandIsGivenBackAndOneAddedByHandIsTakenAway() {
		String sam = this.realm
			.createPerson(this.admin, "sam", "Sam", "Supervisor", "EMPLOYEE", List.of("EMPLOYEE", "SUPERVISOR"))
			.read("$.data.personCreate.person.id");
		RealmAccounts.removeByHand(this.realm.key(), "sam", Role.SUPERVISOR);
		RealmAccounts.addByHand(this.realm.key(), "sam", Role.CFO_CAO);
		RealmAccounts.removeByHand(this.realm.key(), "bea", Role.BOARD);
		assertThat(RealmAccounts.roles(this.realm.key(), "sam")).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.CFO_CAO);

		int repaired = reconcile();

		assertThat(repaired).isEqualTo(2);
		assertThat(RealmAccounts.roles(this.realm.key(), "sam")).containsExactlyInAnyOrder(Role.EMPLOYEE,
				Role.SUPERVISOR);
		assertThat(RealmAccounts.roles(this.realm.key(), "bea")).containsExactly(Role.BOARD);
		assertThat(auditOf(sam)).filteredOn((e) -> e.action().equals("person.role.reconcile"))
			.singleElement()
			.satisfies((e) -> assertThat(e.details()).containsEntry("grantedBack", "[SUPERVISOR]")
				.containsEntry("revoked", "[CFO_CAO]"));
		assertThat(Outboxes.notices(this.tenantData, tenant()))
			.contains("people.role.drift -> " + this.realm.email("ari"));
		assertThat(reconcile()).as("nothing left to repair").isZero();
	}

	@Test
	void anAccountTheDirectoryDoesNotKnowLosesItsConductRoles() {
		RealmAccounts.createByHand(this.realm.key(), "mallory", "mallory@elsewhere.example");
		RealmAccounts.addByHand(this.realm.key(), "mallory", Role.AUDIT_COMMITTEE);

		assertThat(reconcile()).isEqualTo(1);
		assertThat(RealmAccounts.roles(this.realm.key(), "mallory")).isEmpty();
		String subject = RealmAccounts.user(this.realm.key(), "mallory").getId();
		assertThat(TenantContext.callAs(tenant(), () -> this.audit.findByTarget("Account", subject)))
			.extracting(AuditEntry::action)
			.containsExactly("account.role.reconcile");
	}

	@Test
	void rolesGivenThroughAGroupOrInsideAnotherRoleAreTakenOut() {
		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			var realm = admin.realm(this.realm.key());
			GroupRepresentation group = new GroupRepresentation();
			group.setName("finance");
			realm.groups().add(group).close();
			String groupId = realm.groups().groups("finance", 0, 1).get(0).getId();
			realm.groups()
				.group(groupId)
				.roles()
				.realmLevel()
				.add(List.of(realm.roles().get("CFO_CAO").toRepresentation()));
			realm.roles()
				.get("default-roles-" + this.realm.key())
				.addComposites(List.of(realm.roles().get("CEO").toRepresentation()));
		}

		assertThat(reconcile()).isEqualTo(2);

		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			var realm = admin.realm(this.realm.key());
			assertThat(realm.roles().get("CFO_CAO").getRoleGroupMembers()).isEmpty();
			assertThat(realm.roles().get("default-roles-" + this.realm.key()).getRealmRoleComposites())
				.extracting((r) -> r.getName())
				.doesNotContain("CEO");
			// the roles' own second-factor composite stays
			assertThat(realm.roles().get("CFO_CAO").getRealmRoleComposites()).extracting((r) -> r.getName())
				.contains("SECOND_FACTOR_REQUIRED");
		}
		assertThat(TenantContext.callAs(tenant(), () -> this.audit.findByTarget("Realm", this.realm.key())))
			.singleElement()
			.satisfies((e) -> assertThat(e.details().get("revoked")).contains("group /finance: CFO_CAO",
					"role default-roles-" + this.realm.key() + ": CEO"));
	}

	private int reconcile() {
		return SystemActor.callAs(tenant(), EnumSet.of(Role.TENANT_ADMIN), this.reconciliation::reconcile);
	}

	private Set<Role> directoryRoles(String personId) {
		String local = GlobalId.localIdOf(personId, "Person").orElseThrow();
		return SystemActor
			.callAs(tenant(), EnumSet.of(Role.TENANT_ADMIN), () -> this.directory.find(local).orElseThrow().roles())
			.stream()
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	private List<AuditEntry> auditOf(String personId) {
		String local = GlobalId.localIdOf(personId, "Person").orElseThrow();
		return TenantContext.callAs(tenant(), () -> this.audit.findByTarget("Person", local));
	}

	private Tenant tenant() {
		return this.registry.findByKey(this.realm.key()).orElseThrow();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
