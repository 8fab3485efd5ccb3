package io.conduct.platform;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.tenants.TenantDirectory;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import io.conduct.viewer.ViewerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Domain service operations check roles themselves (method security), whatever the
 * transport; the visibility of tenants follows the group's hierarchy.
 */
@ConductIntegrationTest
class MethodSecurityTests {

	private static final String TENANT = "query($id: ID!) { node(id: $id) { ... on Tenant { key parent { key } } } }";

	@Autowired
	TenantRegistry registry;

	@Autowired
	TenantDirectory directory;

	@Autowired
	ViewerService viewers;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant parent;

	Tenant child;

	@BeforeEach
	void group() {
		this.api = new GraphQlHttp(this.port);
		String parentKey = TestTenants.uniqueKey("parent");
		this.parent = TestTenants.register(this.registry, parentKey);
		String childKey = TestTenants.uniqueKey("child");
		this.child = TestTenants.register(this.registry, childKey, parentKey, TestIssuer.get().issuerFor(childKey));
	}

	@Test
	void serviceOperationsRefuseCallersWithoutAuthentication() {
		SecurityContextHolder.clearContext();

		assertThatThrownBy(() -> TenantContext.runAs(this.parent, this.viewers::currentViewer))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> this.directory.findVisible(this.parent.key()))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void aTokenWithoutAnyConductRoleIsForbiddenFromTenantData() {
		String token = TestIssuer.get()
			.token(this.parent.key(), "nobody", List.of("offline_access", "uma_authorization"));

		var response = this.api.post(token, TENANT, Map.of("id", GlobalId.encode("Tenant", this.parent.key())));

		assertThat(response.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(response.<Object>read("$.data.node")).isNull();
	}

	@Test
	void boardOfTheParentSeesItsSubsidiaryWithItsParent() {
		String token = TestIssuer.get().token(this.parent.key(), "bo", Role.BOARD);

		var response = this.api.post(token, TENANT, Map.of("id", GlobalId.encode("Tenant", this.child.key())));

		assertThat(response.hasErrors()).as(response.body()).isFalse();
		assertThat(response.<String>read("$.data.node.key")).isEqualTo(this.child.key());
		assertThat(response.<String>read("$.data.node.parent.key")).isEqualTo(this.parent.key());
	}

	@Test
	void anEmployeeOfTheParentDoesNotSeeTheSubsidiary() {
		String token = TestIssuer.get().token(this.parent.key(), "erin", Role.EMPLOYEE, Role.CFO_CAO);

		var response = this.api.post(token, TENANT, Map.of("id", GlobalId.encode("Tenant", this.child.key())));

		assertThat(response.<Object>read("$.data.node")).isNull();
	}

	@Test
	void theBoardOfASubsidiaryDoesNotSeeTheParent() {
		String token = TestIssuer.get().token(this.child.key(), "kim", Role.BOARD, Role.AUDIT_COMMITTEE);

		var own = this.api.post(token, TENANT, Map.of("id", GlobalId.encode("Tenant", this.child.key())));
		var parentNode = this.api.post(token, TENANT, Map.of("id", GlobalId.encode("Tenant", this.parent.key())));

		assertThat(own.<String>read("$.data.node.key")).isEqualTo(this.child.key());
		assertThat(own.<Object>read("$.data.node.parent")).isNull();
		assertThat(parentNode.<Object>read("$.data.node")).isNull();
	}

	@Test
	void malformedIdsAnswerNullNotAnError() {
		String token = TestIssuer.get().token(this.parent.key(), "erin", Role.EMPLOYEE);

		for (String id : List.of("", "not-base64!", GlobalId.encode("NoSuchType", "x"), "VGVuYW50")) {
			var response = this.api.post(token, TENANT, Map.of("id", id));
			assertThat(response.hasErrors()).as(id).isFalse();
			assertThat(response.<Object>read("$.data.node")).as(id).isNull();
		}
	}

}
