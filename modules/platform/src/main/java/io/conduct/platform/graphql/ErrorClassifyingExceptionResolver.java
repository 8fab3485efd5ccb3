package io.conduct.platform.graphql;

import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.identity.IdentityProvisioningException;
import io.conduct.platform.errors.ErrorCode;
import io.conduct.platform.tenancy.NoTenantContextException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Turns every exception of a data fetcher into a classified error. Clients never see a
 * stack trace or an internal message: unexpected failures are logged with a reference
 * that the error carries.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ErrorClassifyingExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger logger = LoggerFactory.getLogger(ErrorClassifyingExceptionResolver.class);

	public ErrorClassifyingExceptionResolver() {
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof ConductException conduct) {
			return error(env, conduct.code(), conduct.getMessage());
		}
		if (ex instanceof AccessDeniedException || ex instanceof AuthorizationDeniedException) {
			return isAuthenticated() ? error(env, ErrorCode.FORBIDDEN, "Not allowed")
					: error(env, ErrorCode.UNAUTHENTICATED, "Authentication required");
		}
		if (ex instanceof AuthenticationException) {
			return error(env, ErrorCode.UNAUTHENTICATED, "Authentication required");
		}
		if (ex instanceof DuplicateKeyException) {
			return error(env, ErrorCode.CONFLICT, "It already exists");
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return error(env, ErrorCode.CONFLICT, "It was changed concurrently; reload and try again");
		}
		if (ex instanceof DataAccessResourceFailureException || ex instanceof IdentityProvisioningException) {
			return internal(env, ErrorCode.UNAVAILABLE, "A service is unavailable; try again later", ex);
		}
		if (ex instanceof NoTenantContextException) {
			return error(env, ErrorCode.UNAUTHENTICATED, "Authentication required");
		}
		return internal(env, ErrorCode.INTERNAL, "Internal error", ex);
	}

	private static boolean isAuthenticated() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static GraphQLError internal(DataFetchingEnvironment env, ErrorCode code, String message, Throwable ex) {
		String reference = UUID.randomUUID().toString();
		// a caller without an account may be an anonymous reporter: what failed for them
		// is logged without the exceptions' messages, which can carry what they sent or
		// what was made for them (a key, a case number)
		logger.error("{} at {} (reference {})", code, env.getExecutionStepInfo().getPath(), reference,
				isAuthenticated() ? ex : WithoutMessages.of(ex));
		return GraphqlErrorBuilder.newError(env)
			.errorType(code)
			.message(message + " (reference " + reference + ")")
			.extensions(java.util.Map.of("reference", reference))
			.build();
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message) {
		return GraphqlErrorBuilder.newError(env).errorType(code).message(message).build();
	}

}
