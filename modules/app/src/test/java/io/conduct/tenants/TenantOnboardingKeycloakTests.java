package io.conduct.tenants;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.identity.IdentityProvisioning;
import io.conduct.platform.identity.IdentityProvisioningException;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.tenancy.TenantStatus;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.KeycloakBrowser;
import io.conduct.testsupport.TestKeycloak;
import io.conduct.testsupport.TestMail;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RealmRepresentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Onboarding against the real Keycloak: the realm, its administrator and its first Board
 * members are made there, with no password: each follows the link of their enrolment
 * e-mail (delivered to the test SMTP server) and chooses their own. The administrator
 * then creates a supervisor, whose own token carries the role and works on the API. An
 * onboarding interrupted between steps is finished by running it again.
 */
@ConductIntegrationTest
class TenantOnboardingKeycloakTests {

	private static final String PASSWORD = "Chosen-Passw0rd-2026";

	@Autowired
	TenantRegistry registry;

	@Autowired
	AuditTrail audit;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	String operatorToken;

	@BeforeEach
	void operator() {
		this.api = new GraphQlHttp(this.port);
		this.operatorToken = Onboarding.operatorToken(this.registry);
	}

	@Test
	void onboardedTenantsAdministratorEnrolsByEmailAndCreatesASupervisorWhoseTokenCarriesTheRole() {
		String key = TestTenants.uniqueKey("sub");

		var onboarded = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", Onboarding.input(key)));

		assertThat(onboarded.<List<?>>read("$.data.tenantOnboard.userErrors")).as(onboarded.body()).isEmpty();
		assertThat(onboarded.<String>read("$.data.tenantOnboard.tenant.status")).isEqualTo("ACTIVE");
		assertThat(onboarded.body()).doesNotContainIgnoringCase("password");
		assertRealmIsConfigured(key);
		assertEnrolmentPending(key, "first-admin");

		String adminToken = firstSignIn(key, "first-admin");
		var admin = this.api.post(adminToken, "{ viewer { roles tenant { key } person { id displayName } } }");
		assertThat(admin.<List<String>>read("$.data.viewer.roles")).containsExactlyInAnyOrder("TENANT_ADMIN",
				"EMPLOYEE");
		assertThat(admin.<String>read("$.data.viewer.tenant.key")).isEqualTo(key);
		assertThat(admin.<String>read("$.data.viewer.person.displayName")).isEqualTo("Ada Admin");

		String adminPersonId = admin.read("$.data.viewer.person.id");
		var selfGrant = this.api.post(adminToken,
				"""
						mutation($id: ID!) { personRoleGrant(input: {personId: $id, role: SPOKESPERSON}) { userErrors { code } } }""",
				Map.of("id", adminPersonId));
		assertThat(selfGrant.<String>read("$.data.personRoleGrant.userErrors[0].code")).isEqualTo("SELF_GRANT");

		var created = this.api.post(adminToken, """
				mutation { personCreate(input: {givenName: "Sam", familyName: "Supervisor",
				  email: "sam@example.org", employeeNumber: "E-100", type: EMPLOYEE, roles: [SUPERVISOR, EMPLOYEE]}) {
				  person { id displayName roles hasAccount } enrolmentEmailSent userErrors { field code }
				} }""");
		assertThat(created.<List<?>>read("$.data.personCreate.userErrors")).as(created.body()).isEmpty();
		assertThat(created.<Boolean>read("$.data.personCreate.person.hasAccount")).isTrue();
		assertThat(created.<Boolean>read("$.data.personCreate.enrolmentEmailSent")).isTrue();
		assertEnrolmentPending(key, "sam@example.org");

		String samToken = firstSignIn(key, "sam@example.org");
		var sam = this.api.post(samToken, "{ viewer { roles person { displayName employeeNumber } } }");
		assertThat(sam.<List<String>>read("$.data.viewer.roles")).containsExactlyInAnyOrder("SUPERVISOR", "EMPLOYEE");
		assertThat(sam.<String>read("$.data.viewer.person.employeeNumber")).isEqualTo("E-100");

		var forbidden = this.api.post(samToken,
				"""
						mutation { personCreate(input: {givenName: "X", familyName: "Y", email: "x@example.org", type: EMPLOYEE}) {
						  person { id } } }""");
		assertThat(forbidden.firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void theFirstBoardMembersAreNamedAtOnboardingAndEnrolledLikeEveryoneElse() {
		String key = TestTenants.uniqueKey("brd");

		var onboarded = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", Onboarding.input(key)));

		assertThat(onboarded.<List<?>>read("$.data.tenantOnboard.userErrors")).as(onboarded.body()).isEmpty();
		assertEnrolmentPending(key, "bea");
		assertEnrolmentPending(key, "ari");
		var bo = this.api.post(firstSignIn(key, "bea"), "{ viewer { roles person { displayName type } } }");
		var ari = this.api.post(firstSignIn(key, "ari"), "{ viewer { roles } }");
		assertThat(bo.<List<String>>read("$.data.viewer.roles")).containsExactly("BOARD");
		assertThat(bo.<String>read("$.data.viewer.person.type")).isEqualTo("DIRECTOR");
		assertThat(ari.<List<String>>read("$.data.viewer.roles")).containsExactlyInAnyOrder("BOARD", "AUDIT_COMMITTEE");
		assertThat(this.audit.findPlatformByTarget("Tenant", key)).extracting(AuditEntry::action)
			.contains("tenant.onboard");
	}

	@Test
	void suspendedTenantsTokensGet401AndResumeRestoresThem() {
		String key = TestTenants.uniqueKey("susp");
		var onboarded = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", Onboarding.input(key)));
		String tenantId = onboarded.read("$.data.tenantOnboard.tenant.id");
		String adminToken = firstSignIn(key, "first-admin");
		assertThat(this.api.post(adminToken, "{ viewer { subject } }").status()).isEqualTo(200);

		var suspended = this.api.post(this.operatorToken,
				"mutation($id: ID!) { tenantSuspend(input: {tenantId: $id}) { tenant { status } userErrors { code } } }",
				Map.of("id", tenantId));
		assertThat(suspended.<String>read("$.data.tenantSuspend.tenant.status")).isEqualTo("SUSPENDED");
		assertThat(this.api.post(adminToken, "{ viewer { subject } }").status()).isEqualTo(401);
		assertThat(this.audit.findPlatformByTarget("Tenant", key))
			.extracting(AuditEntry::action, AuditEntry::actorSubject)
			.startsWith(org.assertj.core.groups.Tuple.tuple("tenant.suspend", "olu"));

		this.api.post(this.operatorToken,
				"mutation($id: ID!) { tenantResume(input: {tenantId: $id}) { tenant { status } } }",
				Map.of("id", tenantId));
		assertThat(this.api.post(adminToken, "{ viewer { subject } }").status()).isEqualTo(200);
	}

	@Test
	void theOperatorUpdatesATenantsDescriptiveFields() {
		String key = TestTenants.uniqueKey("upd");
		var onboarded = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", Onboarding.input(key)));
		String id = onboarded.read("$.data.tenantOnboard.tenant.id");
		String update = """
				mutation($input: TenantUpdateInput!) { tenantUpdate(input: $input) {
				  tenant { name timeZone fiscalYearStartMonth lastFiscalYearRevenue { amount currency } }
				  userErrors { field code } } }""";

		var updated = this.api.post(this.operatorToken, update,
				Map.of("input",
						Map.of("tenantId", id, "name", "Renamed GmbH", "defaultLocale", "de-DE", "timeZone",
								"Europe/Vienna", "currency", "EUR", "fiscalYearStartMonth", 4, "lastFiscalYearRevenue",
								Map.of("amount", "99.50", "currency", "EUR"))));
		var invalid = this.api.post(this.operatorToken, update, Map.of("input", Map.of("tenantId", id, "name", "X",
				"defaultLocale", "de-DE", "timeZone", "Nowhere", "currency", "EUR", "fiscalYearStartMonth", 0)));

		assertThat(updated.<String>read("$.data.tenantUpdate.tenant.name")).isEqualTo("Renamed GmbH");
		assertThat(updated.<String>read("$.data.tenantUpdate.tenant.timeZone")).isEqualTo("Europe/Vienna");
		assertThat(updated.<Double>read("$.data.tenantUpdate.tenant.lastFiscalYearRevenue.amount")).isEqualTo(99.5);
		assertThat(invalid.<List<List<String>>>read("$.data.tenantUpdate.userErrors[*].field"))
			.containsExactlyInAnyOrder(List.of("input", "timeZone"), List.of("input", "fiscalYearStartMonth"));
		assertThat(this.registry.findByKey(key).orElseThrow().timeZone()).isEqualTo("Europe/Vienna");
	}

	@Test
	void onboardingInterruptedBetweenStepsIsFinishedByRunningItAgain() {
		String key = "flaky-" + TestTenants.uniqueKey("x");

		var first = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", Onboarding.input(key)));

		assertThat(first.<String>read("$.data.tenantOnboard.userErrors[0].code")).isEqualTo("ONBOARDING_INCOMPLETE");
		assertThat(this.registry.findByKey(key)).map(Tenant::status).contains(TenantStatus.PROVISIONING);
		assertThat(this.registry.findActiveByIssuer(TestKeycloak.get().issuerFor(key))).isEmpty();
		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			assertThat(admin.realm(key).toRepresentation().getRealm()).isEqualTo(key);
			assertThat(admin.realm(key).users().searchByUsername("first-admin", true)).isEmpty();
		}

		var second = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", Onboarding.input(key)));

		assertThat(second.<List<?>>read("$.data.tenantOnboard.userErrors")).as(second.body()).isEmpty();
		assertThat(second.<String>read("$.data.tenantOnboard.tenant.status")).isEqualTo("ACTIVE");
		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			assertThat(admin.realm(key).users().searchByUsername("first-admin", true)).hasSize(1);
		}
		String adminToken = firstSignIn(key, "first-admin");
		var people = this.api.post(adminToken, "{ people { edges { node { displayName } } } }");
		assertThat(people.<List<String>>read("$.data.people.edges[*].node.displayName")).containsExactly("Ada Admin",
				"Ari Audit", "Bea Board");

		var third = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", Onboarding.input(key)));
		assertThat(third.<String>read("$.data.tenantOnboard.userErrors[0].code")).isEqualTo("TAKEN");
	}

	@Test
	void aRealmConductDidNotCreateIsNotTakenOver() {
		String key = TestTenants.uniqueKey("own");
		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			RealmRepresentation theirs = new RealmRepresentation();
			theirs.setRealm(key);
			theirs.setEnabled(true);
			admin.realms().create(theirs);
		}

		var onboarded = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", Onboarding.input(key)));

		assertThat(onboarded.<String>read("$.data.tenantOnboard.userErrors[0].code")).isEqualTo("TAKEN");
		assertThat(onboarded.<List<String>>read("$.data.tenantOnboard.userErrors[0].field")).containsExactly("input",
				"key");
		assertThat(this.registry.findActiveByIssuer(TestKeycloak.get().issuerFor(key))).isEmpty();
		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			assertThat(java.util.Objects.requireNonNullElse(admin.realm(key).toRepresentation().getAttributes(),
					Map.<String, String>of()))
				.doesNotContainKey("conduct.tenant");
			assertThat(admin.realm(key).clients().findByClientId("conduct-web")).isEmpty();
			assertThat(admin.realm(key).users().list()).isEmpty();
		}
	}

	private void assertRealmIsConfigured(String key) {
		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			RealmRepresentation realm = admin.realm(key).toRepresentation();
			assertThat(realm.isBruteForceProtected()).isTrue();
			assertThat(realm.getPasswordPolicy()).contains("length(12)");
			assertThat(realm.getAttributes()).containsEntry("conduct.tenant", key);
			assertThat(realm.getSmtpServer()).containsEntry("host", TestKeycloak.get().smtpHost())
				.containsEntry("port", String.valueOf(TestMail.port()));
			var roles = admin.realm(key).roles().list().stream().map((r) -> r.getName()).toList();
			assertThat(roles)
				.contains("EMPLOYEE", "SUPERVISOR", "CFO_CAO", "TREASURER", "CEO", "BOARD", "AUDIT_COMMITTEE",
						"SPOKESPERSON", "TENANT_ADMIN")
				.doesNotContain("PLATFORM_ADMIN");
			var client = admin.realm(key).clients().findByClientId("conduct-web").get(0);
			assertThat(client.isPublicClient()).isTrue();
			assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
			assertThat(client.getRedirectUris()).containsExactlyInAnyOrder("https://conduct.example/callback",
					"http://localhost:5173/*");
		}
	}

	/**
	 * The account has no password and must choose one and confirm its e-mail address, and
	 * its enrolment e-mail went out.
	 */
	private static void assertEnrolmentPending(String realm, String username) {
		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			var user = admin.realm(realm).users().searchByUsername(username, true).get(0);
			assertThat(user.getRequiredActions()).containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");
			assertThat(user.isEmailVerified()).isFalse();
			assertThat(admin.realm(realm).users().get(user.getId()).credentials()).isEmpty();
			assertThat(TestMail.enrolmentLink(user.getEmail())).contains("/realms/" + realm + "/");
		}
	}

	/**
	 * The person's first sign-in: they follow the link of their enrolment e-mail and
	 * choose their password in Keycloak's page, then the password grant gives a token.
	 */
	private static String firstSignIn(String realm, String username) {
		String email;
		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			email = admin.realm(realm).users().searchByUsername(username, true).get(0).getEmail();
		}
		KeycloakBrowser.enrol(TestMail.enrolmentLink(email), PASSWORD);
		return TestKeycloak.get().passwordGrant(realm, "conduct-web", username, PASSWORD);
	}

	/** Fails creating the administrator's account once for tenants named flaky-*. */
	@TestConfiguration
	static class FlakyIdentityProvider {

		@Bean
		static BeanPostProcessor failOnceBetweenRealmAndAdministrator() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof IdentityProvisioning real && !(bean instanceof FailingOnce)) {
						return new FailingOnce(real);
					}
					return bean;
				}
			};
		}

	}

	record FailingOnce(IdentityProvisioning real, Set<String> failed) implements IdentityProvisioning {

		FailingOnce(IdentityProvisioning real) {
			this(real, java.util.concurrent.ConcurrentHashMap.newKeySet());
		}

		@Override
		public String issuerFor(String tenantKey) {
			return this.real.issuerFor(tenantKey);
		}

		@Override
		public void ensureRealm(Tenant tenant, List<String> redirectUris) {
			this.real.ensureRealm(tenant, redirectUris);
		}

		@Override
		public String createAccount(String tenantKey, Account account, String creationKey) {
			if (tenantKey.startsWith("flaky-") && this.failed.add(tenantKey)) {
				throw new IdentityProvisioningException("Injected failure between realm and administrator", null);
			}
			return this.real.createAccount(tenantKey, account, creationKey);
		}

		@Override
		public boolean enrol(String tenantKey, String subject) {
			return this.real.enrol(tenantKey, subject);
		}

		@Override
		public void setEnabled(String tenantKey, String subject, boolean enabled) {
			this.real.setEnabled(tenantKey, subject, enabled);
		}

		@Override
		public void updateContact(String tenantKey, String subject, String email, String firstName, String lastName) {
			this.real.updateContact(tenantKey, subject, email, firstName, lastName);
		}

		@Override
		public RoleChanges alignRoles(String tenantKey, String subject, Set<Role> intended) {
			return this.real.alignRoles(tenantKey, subject, intended);
		}

		@Override
		public Map<String, Set<Role>> roleHolders(String tenantKey) {
			return this.real.roleHolders(tenantKey);
		}

		@Override
		public Set<Role> roles(String tenantKey, String subject) {
			return this.real.roles(tenantKey, subject);
		}

		@Override
		public List<String> revokeIndirectGrants(String tenantKey) {
			return this.real.revokeIndirectGrants(tenantKey);
		}

	}

}
