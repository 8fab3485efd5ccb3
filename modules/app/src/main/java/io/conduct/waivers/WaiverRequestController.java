package io.conduct.waivers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.conduct.code.CodeVersion;
import io.conduct.people.Person;
import io.conduct.people.PersonBatches;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.security.CurrentUser;
import io.conduct.viewer.Viewer;
import io.conduct.waivers.WaiverGraphQl.WaiverBoardDecideInput;
import io.conduct.waivers.WaiverGraphQl.WaiverBoardReferInput;
import io.conduct.waivers.WaiverGraphQl.WaiverCfoCaoDecideInput;
import io.conduct.waivers.WaiverGraphQl.WaiverRequestPayload;
import io.conduct.waivers.WaiverGraphQl.WaiverRequestSubmitInput;
import io.conduct.waivers.WaiverGraphQl.WaiverSupervisorReviewInput;
import io.conduct.waivers.WaiverRequest.BoardDecision;
import io.conduct.waivers.WaiverRequest.CfoCaoStep;
import io.conduct.waivers.WaiverRequest.Recusal;
import io.conduct.waivers.WaiverRequest.Resolution;
import io.conduct.waivers.WaiverRequest.SupervisorReview;

import org.dataloader.DataLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Waiver requests: asking, the steps of both routes, the lists and the register. */
@Controller
class WaiverRequestController {

	private final WaiverRequests requests;

	private final PublicDisclosures disclosures;

	private final WaiverLookups lookups;

	WaiverRequestController(WaiverRequests requests, PublicDisclosures disclosures, WaiverLookups lookups) {
		this.requests = requests;
		this.disclosures = disclosures;
		this.lookups = lookups;
	}

	/** Requests by global id, for whoever may see them, as their lists. */
	@Bean
	static NodeLoader waiverRequestNodes(WaiverRequests requests) {
		return NodeLoader.of(WaiverRequest.TYPE, requests::find);
	}

	@MutationMapping
	WaiverRequestPayload waiverRequestSubmit(@Argument WaiverRequestSubmitInput input) {
		return WaiverRequestPayload
			.of(this.requests.submit(input.sectionKey(), input.reasons(), input.periodStart(), input.periodEnd()));
	}

	@MutationMapping
	WaiverRequestPayload waiverSupervisorReview(@Argument WaiverSupervisorReviewInput input) {
		return WaiverRequestPayload.of(WaiverGraphQl.on("waiverRequestId", input.waiverRequestId(), WaiverRequest.TYPE,
				(id) -> this.requests.supervisorReview(id, input.agrees(), input.note())));
	}

	@MutationMapping
	WaiverRequestPayload waiverCfoCaoDecide(@Argument WaiverCfoCaoDecideInput input) {
		return WaiverRequestPayload.of(WaiverGraphQl.on("waiverRequestId", input.waiverRequestId(), WaiverRequest.TYPE,
				(id) -> this.requests.cfoCaoDecide(id, input.decision(), input.note())));
	}

	@MutationMapping
	WaiverRequestPayload waiverBoardRefer(@Argument WaiverBoardReferInput input) {
		return WaiverRequestPayload.of(WaiverGraphQl.on("waiverRequestId", input.waiverRequestId(), WaiverRequest.TYPE,
				(id) -> this.requests.boardRefer(id, input.note())));
	}

	@MutationMapping
	WaiverRequestPayload waiverBoardDecide(@Argument WaiverBoardDecideInput input) {
		return WaiverRequestPayload.of(WaiverGraphQl.on("waiverRequestId", input.waiverRequestId(), WaiverRequest.TYPE,
				(id) -> this.requests.boardDecide(id, input.decision(), input.note(),
						(input.resolution() != null) ? input.resolution().toLocal() : null)));
	}

	@QueryMapping
	Connection<WaiverRequest> waiverRequestsToReview(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.requests.toReview(paging), paging, WaiverRequestStore::cursorOf);
	}

	@QueryMapping
	Connection<WaiverRequest> waiverRegister(@Argument WaiverRequestStore.Filter filter, @Argument Integer first,
			@Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.requests.register(filter, paging), paging, WaiverRequestStore::cursorOf);
	}

	@QueryMapping
	String waiverRegisterCsv(@Argument WaiverRequestStore.Filter filter) {
		return this.requests.registerCsv(filter);
	}

	@SchemaMapping(typeName = "Viewer", field = "waiverRequests")
	Connection<WaiverRequest> viewerWaiverRequests(Viewer viewer, @Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.requests.own(paging), paging, WaiverRequestStore::cursorOf);
	}

	@SchemaMapping(typeName = WaiverRequest.TYPE, field = "id")
	String id(WaiverRequest request) {
		return GlobalId.encode(WaiverRequest.TYPE, request.id());
	}

	@SchemaMapping(typeName = WaiverRequest.TYPE, field = "requester")
	CompletableFuture<Person> requester(WaiverRequest item, DataLoader<String, Person> people) {
		return PersonBatches.one(people, item.requesterPersonId());
	}

	@SchemaMapping(typeName = WaiverRequest.TYPE, field = "supervisor")
	CompletableFuture<Person> supervisor(WaiverRequest item, DataLoader<String, Person> people) {
		return PersonBatches.one(people, item.supervisorPersonId());
	}

	@BatchMapping(typeName = WaiverRequest.TYPE, field = "codeVersion")
	Map<WaiverRequest, CodeVersion> codeVersion(List<WaiverRequest> requests) {
		return this.lookups.codeVersion(requests, WaiverRequest::codeVersionId);
	}

	@BatchMapping(typeName = WaiverRequest.TYPE, field = "disclosureClock")
	Map<WaiverRequest, PublicDisclosureClock> disclosureClock(List<WaiverRequest> requests) {
		if (!PublicDisclosures.isReader(CurrentUser.required().roles())) {
			return Map.of();
		}
		Map<String, PublicDisclosureClock> clocks = this.disclosures
			.findAll(requests.stream().map(WaiverRequest::disclosureClockId).filter((id) -> id != null).toList());
		Map<WaiverRequest, PublicDisclosureClock> byRequest = new java.util.HashMap<>();
		requests.forEach((r) -> {
			if (r.disclosureClockId() != null && clocks.containsKey(r.disclosureClockId())) {
				byRequest.put(r, clocks.get(r.disclosureClockId()));
			}
		});
		return byRequest;
	}

	@SchemaMapping(typeName = "WaiverSupervisorReview", field = "supervisor")
	CompletableFuture<Person> reviewingSupervisor(SupervisorReview item, DataLoader<String, Person> people) {
		return PersonBatches.one(people, item.supervisorPersonId());
	}

	@SchemaMapping(typeName = "WaiverCfoCaoStep", field = "cfoCao")
	CompletableFuture<Person> cfoCao(CfoCaoStep item, DataLoader<String, Person> people) {
		return PersonBatches.one(people, item.cfoCaoPersonId());
	}

	@SchemaMapping(typeName = "WaiverBoardDecision", field = "recordedBy")
	CompletableFuture<Person> recordedBy(BoardDecision item, DataLoader<String, Person> people) {
		return PersonBatches.one(people, item.recordedByPersonId());
	}

	@SchemaMapping(typeName = "BoardResolution", field = "membersTakingPart")
	CompletableFuture<List<Person>> membersTakingPart(Resolution item, DataLoader<String, Person> people) {
		return PersonBatches.all(people, item.memberPersonIds());
	}

	@SchemaMapping(typeName = "BoardRecusal", field = "member")
	CompletableFuture<Person> member(Recusal item, DataLoader<String, Person> people) {
		return PersonBatches.one(people, item.memberPersonId());
	}

}
