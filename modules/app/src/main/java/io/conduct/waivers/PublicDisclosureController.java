package io.conduct.waivers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.conduct.code.CodeVersion;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.people.PersonBatches;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.validation.Outcome;
import io.conduct.waivers.WaiverGraphQl.DisclosureView;
import io.conduct.waivers.WaiverGraphQl.PublicDisclosureRecordInput;
import io.conduct.waivers.WaiverGraphQl.PublicDisclosureRecordPayload;

import org.dataloader.DataLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Public-disclosure clocks: the list, the disclosure recorded, and what each names. */
@Controller
class PublicDisclosureController {

	private final PublicDisclosures disclosures;

	private final WaiverRequests requests;

	private final ImplicitWaivers implicit;

	private final PeopleDirectory people;

	private final WaiverLookups lookups;

	PublicDisclosureController(PublicDisclosures disclosures, WaiverRequests requests, ImplicitWaivers implicit,
			PeopleDirectory people, WaiverLookups lookups) {
		this.disclosures = disclosures;
		this.requests = requests;
		this.implicit = implicit;
		this.people = people;
		this.lookups = lookups;
	}

	/** Clocks by global id, for the CFO/CAO, the Board and the Audit Committee. */
	@Bean
	static NodeLoader publicDisclosureClockNodes(PublicDisclosures disclosures) {
		return NodeLoader.of(PublicDisclosureClock.TYPE, disclosures::find);
	}

	@QueryMapping
	Connection<PublicDisclosureClock> publicDisclosureClocks(@Argument PublicDisclosureClockStore.Filter filter,
			@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.disclosures.page(filter, paging), paging, PublicDisclosureClockStore::cursorOf);
	}

	@MutationMapping
	PublicDisclosureRecordPayload publicDisclosureRecord(@Argument PublicDisclosureRecordInput input) {
		Outcome<PublicDisclosureClock> outcome = WaiverGraphQl.on("publicDisclosureClockId",
				input.publicDisclosureClockId(), PublicDisclosureClock.TYPE, (id) -> this.disclosures.record(id,
						input.method(), input.filingDate(), input.filingReference(), input.url(), input.postingDate()));
		return new PublicDisclosureRecordPayload(outcome.value(), outcome.userErrors());
	}

	@SchemaMapping(typeName = PublicDisclosureClock.TYPE, field = "id")
	String id(PublicDisclosureClock clock) {
		return GlobalId.encode(PublicDisclosureClock.TYPE, clock.id());
	}

	@SchemaMapping(typeName = PublicDisclosureClock.TYPE, field = "overdue")
	boolean overdue(PublicDisclosureClock clock) {
		return clock.isOverdueOn(this.disclosures.today(clock));
	}

	@SchemaMapping(typeName = PublicDisclosureClock.TYPE, field = "disclosure")
	DisclosureView disclosure(PublicDisclosureClock clock) {
		return (clock.disclosure() != null) ? DisclosureView.of(clock.disclosure(), this.disclosures.today(clock))
				: null;
	}

	@SchemaMapping(typeName = PublicDisclosureClock.TYPE, field = "person")
	CompletableFuture<Person> person(PublicDisclosureClock item, DataLoader<String, Person> people) {
		return PersonBatches.one(people, item.personId());
	}

	@BatchMapping(typeName = PublicDisclosureClock.TYPE, field = "codeVersion")
	Map<PublicDisclosureClock, CodeVersion> codeVersion(List<PublicDisclosureClock> clocks) {
		return this.lookups.codeVersion(clocks, PublicDisclosureClock::codeVersionId);
	}

	@BatchMapping(typeName = PublicDisclosureClock.TYPE, field = "waiverRequest")
	Map<PublicDisclosureClock, WaiverRequest> waiverRequest(List<PublicDisclosureClock> clocks) {
		Map<String, WaiverRequest> found = this.requests
			.findAll(clocks.stream().map(PublicDisclosureClock::waiverRequestId).filter(Objects::nonNull).toList());
		return byClock(clocks, PublicDisclosureClock::waiverRequestId, found);
	}

	@BatchMapping(typeName = PublicDisclosureClock.TYPE, field = "implicitWaiverPrompt")
	Map<PublicDisclosureClock, ImplicitWaiverPrompt> implicitWaiverPrompt(List<PublicDisclosureClock> clocks) {
		Map<String, ImplicitWaiverPrompt> found = this.implicit.findAll(
				clocks.stream().map(PublicDisclosureClock::implicitWaiverPromptId).filter(Objects::nonNull).toList(),
				Caller.current(this.people));
		return byClock(clocks, PublicDisclosureClock::implicitWaiverPromptId, found);
	}

	@SchemaMapping(typeName = "PublicDisclosure", field = "recordedBy")
	CompletableFuture<Person> recordedBy(DisclosureView item, DataLoader<String, Person> people) {
		return PersonBatches.one(people, item.recordedByPersonId());
	}

	private static <T> Map<PublicDisclosureClock, T> byClock(List<PublicDisclosureClock> clocks,
			java.util.function.Function<PublicDisclosureClock, String> id, Map<String, T> found) {
		Map<PublicDisclosureClock, T> byClock = new HashMap<>();
		for (PublicDisclosureClock clock : clocks) {
			T value = (id.apply(clock) != null) ? found.get(id.apply(clock)) : null;
			if (value != null) {
				byClock.put(clock, value);
			}
		}
		return byClock;
	}

}
