package io.conduct.people;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Requests for handler roles: the list the administrators, the Board and the Audit
 * Committee read, their decisions, the people they name in batches, and {@code node(id:)}
 * for them.
 */
@Controller
class RoleGrantRequestController implements NodeLoader {

	private static final String TYPE = RoleGrantRequest.GRAPHQL_TYPE;

	private final RoleGrants grants;

	RoleGrantRequestController(RoleGrants grants) {
		this.grants = grants;
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Object> load(String localId) {
		return this.grants.find(localId).map(Object.class::cast);
	}

	@QueryMapping
	Connection<RoleGrantRequest> roleGrantRequests(@Argument Integer first, @Argument String after,
			@Argument RoleGrantRequest.Status status) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.grants.page(status, paging), paging, RoleGrantRequestStore::cursorOf);
	}

	@MutationMapping
	RoleGrantRequestPayload roleGrantRequestApprove(@Argument RoleGrantRequestDecisionInput input) {
		return decide(input, this.grants::approve);
	}

	@MutationMapping
	RoleGrantRequestPayload roleGrantRequestReject(@Argument RoleGrantRequestDecisionInput input) {
		return decide(input, this.grants::reject);
	}

	private static RoleGrantRequestPayload decide(RoleGrantRequestDecisionInput input,
			java.util.function.BiFunction<String, String, Outcome<RoleGrantRequest>> decision) {
		Optional<String> id = GlobalId.localIdOf(input.roleGrantRequestId(), TYPE);
		Outcome<RoleGrantRequest> outcome = id.isPresent() ? decision.apply(id.get(), input.note())
				: Outcome.rejected("roleGrantRequestId", UserErrorCode.NOT_FOUND, "No such request");
		return new RoleGrantRequestPayload(outcome.value(), outcome.userErrors());
	}

	@SchemaMapping(typeName = TYPE, field = "id")
	String id(RoleGrantRequest request) {
		return GlobalId.encode(TYPE, request.id());
	}

	// whom a request is for, who asked and who decided: the one data loader of people of
	// the request loads them together, in one query per level of the response

	@SchemaMapping(typeName = TYPE, field = "person")
	CompletableFuture<Person> person(RoleGrantRequest request, DataLoader<String, Person> people) {
		return PersonBatches.one(people, request.personId());
	}

	@SchemaMapping(typeName = TYPE, field = "requestedBy")
	CompletableFuture<Person> requestedBy(RoleGrantRequest request, DataLoader<String, Person> people) {
		return PersonBatches.one(people, request.requestedByPersonId());
	}

	@SchemaMapping(typeName = TYPE, field = "decidedBy")
	CompletableFuture<Person> decidedBy(RoleGrantRequest request, DataLoader<String, Person> people) {
		return PersonBatches.one(people, request.decidedByPersonId());
	}

	/**
	 * A decision on a request: roleGrantRequestApprove, roleGrantRequestReject.
	 *
	 * @param roleGrantRequestId the request's global id
	 * @param note why, for the record
	 */
	record RoleGrantRequestDecisionInput(String roleGrantRequestId, String note) {
	}

	/**
	 * The result of a decision.
	 *
	 * @param roleGrantRequest the request as decided
	 * @param userErrors what to fix
	 */
	record RoleGrantRequestPayload(RoleGrantRequest roleGrantRequest, List<UserError> userErrors) {
	}

}
