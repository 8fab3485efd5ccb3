package io.conduct.platform.graphql;

import java.util.List;

import graphql.GraphQLError;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLObjectType;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;
import io.conduct.platform.tenancy.NoTenantContextException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorClassifyingExceptionResolverTests {

	private final ErrorClassifyingExceptionResolver resolver = new ErrorClassifyingExceptionResolver();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void unexpectedFailuresAreInternalWithAReferenceAndNoInternals() {
		GraphQLError error = resolve(new IllegalStateException("password=hunter2 at mongodb://secret-host"));

		assertThat(error.getErrorType()).isEqualTo(ErrorCode.INTERNAL);
		assertThat(error.getMessage()).startsWith("Internal error (reference ")
			.doesNotContain("hunter2")
			.doesNotContain("secret-host");
		assertThat(error.getExtensions()).containsKey("reference");
	}

	@Test
	void eachKnownFailureHasItsClass() {
		assertThat(resolve(ConductException.notFound("Case")).getErrorType()).isEqualTo(ErrorCode.NOT_FOUND);
		assertThat(resolve(ConductException.badRequest("bad")).getMessage()).isEqualTo("bad");
		assertThat(resolve(new DuplicateKeyException("E11000 dup key: { email: \"x@y\" }")).getErrorType())
			.isEqualTo(ErrorCode.CONFLICT);
		assertThat(resolve(new DuplicateKeyException("E11000 dup key: { email: \"x@y\" }")).getMessage())
			.doesNotContain("x@y");
		assertThat(resolve(new OptimisticLockingFailureException("v")).getErrorType()).isEqualTo(ErrorCode.CONFLICT);
		assertThat(resolve(new DataAccessResourceFailureException("down")).getErrorType())
			.isEqualTo(ErrorCode.UNAVAILABLE);
		assertThat(resolve(new NoTenantContextException()).getErrorType()).isEqualTo(ErrorCode.UNAUTHENTICATED);
	}

	@Test
	void accessDeniedIsUnauthenticatedForAnonymousAndForbiddenForAuthenticated() {
		assertThat(resolve(new AccessDeniedException("no")).getErrorType()).isEqualTo(ErrorCode.UNAUTHENTICATED);

		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("u", "p", "ROLE_EMPLOYEE"));

		assertThat(resolve(new AccessDeniedException("no")).getErrorType()).isEqualTo(ErrorCode.FORBIDDEN);
	}

	private GraphQLError resolve(Throwable ex) {
		List<GraphQLError> errors = this.resolver.resolveException(ex, environment()).block();
		assertThat(errors).hasSize(1);
		return errors.get(0);
	}

	private static DataFetchingEnvironment environment() {
		ExecutionStepInfo stepInfo = ExecutionStepInfo.newExecutionStepInfo()
			.type(GraphQLObjectType.newObject().name("Query").build())
			.path(ResultPath.rootPath().segment("viewer"))
			.build();
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.executionStepInfo(stepInfo)
			.mergedField(MergedField.newMergedField(Field.newField("viewer").build()).build())
			.build();
	}

}
