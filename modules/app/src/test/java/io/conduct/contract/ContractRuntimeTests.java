package io.conduct.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLObjectType;
import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.SchemaInspection;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract as the running application serves it: the Java side maps every field and
 * argument of the schema (Spring for GraphQL's inspection finds nothing), every
 * {@code Node} type resolves through {@code node(id:)}, and malformed requests get plain,
 * classified errors.
 */
@ConductIntegrationTest
class ContractRuntimeTests {

	@Autowired
	SchemaInspection inspection;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	List<NodeLoader> nodeLoaders;

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	String token;

	@BeforeEach
	void caller() {
		this.api = new GraphQlHttp(this.port);
		String key = TestTenants.uniqueKey("contract");
		TestTenants.register(this.registry, key);
		this.token = TestIssuer.get().token(key, "cfo", Role.CFO_CAO, Role.EMPLOYEE);
	}

	@Test
	void theStartupInspectionOfTheSchemaAgainstTheJavaSideIsClean() {
		assertThat(this.inspection.problems()).isEmpty();
	}

	@Test
	void everyNodeTypeHasALoaderForNodeId() {
		var schema = this.graphQlSource.schema();
		Set<String> nodeTypes = schema.getImplementations((graphql.schema.GraphQLInterfaceType) schema.getType("Node"))
			.stream()
			.map(GraphQLObjectType::getName)
			.collect(Collectors.toSet());
		assertThat(this.nodeLoaders.stream().map(NodeLoader::typeName).collect(Collectors.toSet()))
			.containsAll(nodeTypes);
	}

	@Test
	void aJsonNullBodyIsABadRequestNotAServerError() throws IOException, InterruptedException {
		for (String body : List.of("null", "[]", "{\"query\": 5}",
				"{\"query\": \"{ viewer { name } }\", \"variables\": []}", "{not json")) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(response.body()).as(body).contains("BAD_REQUEST");
		}
	}

	@Test
	void aMissingRequiredInputFieldIsNamedPlainly() {
		var literal = this.api.post(this.token,
				"mutation { caseClose(input: {caseId: \"x\"}) { userErrors { code } } }");
		var variable = this.api.post(this.token,
				"mutation($input: CaseCloseInput!) { caseClose(input: $input) { userErrors { code } } }",
				java.util.Map.of("input", java.util.Map.of("caseId", "x")));

		assertThat(literal.firstErrorMessage()).isEqualTo("input.feedback is required");
		assertThat(literal.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(variable.firstErrorMessage()).isEqualTo("input.feedback is required");
		assertThat(literal.body() + variable.body()).doesNotContain("Value{");
	}

}
