package io.conduct.waivers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.conduct.people.Person;
import io.conduct.people.PersonBatches;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.validation.Outcome;
import io.conduct.waivers.WaiverGraphQl.ImplicitWaiverPromptAnswerInput;
import io.conduct.waivers.WaiverGraphQl.ImplicitWaiverPromptAnswerPayload;
import io.conduct.waivers.WaiverGraphQl.ImplicitWaiverPromptFilter;
import io.conduct.waivers.WaiverGraphQl.PromptStatus;

import org.dataloader.DataLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Implicit-waiver prompts: the list, the answer, and what each names. */
@Controller
class ImplicitWaiverController {

	private final ImplicitWaivers implicit;

	private final PublicDisclosures disclosures;

	ImplicitWaiverController(ImplicitWaivers implicit, PublicDisclosures disclosures) {
		this.implicit = implicit;
		this.disclosures = disclosures;
	}

	/**
	 * Prompts by global id, for the CFO/CAO and the Audit Committee, never their subject.
	 */
	@Bean
	static NodeLoader implicitWaiverPromptNodes(ImplicitWaivers implicit) {
		return NodeLoader.of(ImplicitWaiverPrompt.TYPE, implicit::find);
	}

	@QueryMapping
	Connection<ImplicitWaiverPrompt> implicitWaiverPrompts(@Argument ImplicitWaiverPromptFilter filter,
			@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		ImplicitWaiverPrompt.Stage stage = (filter != null && filter.status() != null) ? filter.status().stage() : null;
		return Connection.of(this.implicit.page(stage, paging), paging, ImplicitWaiverStore::cursorOf);
	}

	@MutationMapping
	ImplicitWaiverPromptAnswerPayload implicitWaiverPromptAnswer(@Argument ImplicitWaiverPromptAnswerInput input) {
		Outcome<ImplicitWaiverPrompt> outcome = WaiverGraphQl.on("implicitWaiverPromptId",
				input.implicitWaiverPromptId(), ImplicitWaiverPrompt.TYPE,
				(id) -> this.implicit.answer(id, input.answer(), input.note()));
		return new ImplicitWaiverPromptAnswerPayload(outcome.value(), outcome.userErrors());
	}

	@SchemaMapping(typeName = ImplicitWaiverPrompt.TYPE, field = "id")
	String id(ImplicitWaiverPrompt prompt) {
		return GlobalId.encode(ImplicitWaiverPrompt.TYPE, prompt.id());
	}

	@SchemaMapping(typeName = ImplicitWaiverPrompt.TYPE, field = "caseId")
	String caseId(ImplicitWaiverPrompt prompt) {
		return GlobalId.encode(WaiverGraphQl.CASE, prompt.caseId());
	}

	@SchemaMapping(typeName = ImplicitWaiverPrompt.TYPE, field = "status")
	PromptStatus status(ImplicitWaiverPrompt prompt) {
		return PromptStatus.of(prompt.stage());
	}

	@SchemaMapping(typeName = ImplicitWaiverPrompt.TYPE, field = "subject")
	CompletableFuture<Person> subject(ImplicitWaiverPrompt item, DataLoader<String, Person> people) {
		return PersonBatches.one(people, item.subjectPersonId());
	}

	@SchemaMapping(typeName = ImplicitWaiverPrompt.TYPE, field = "answeredBy")
	CompletableFuture<Person> answeredBy(ImplicitWaiverPrompt item, DataLoader<String, Person> people) {
		return PersonBatches.one(people, item.answeredByPersonId());
	}

	@BatchMapping(typeName = ImplicitWaiverPrompt.TYPE, field = "disclosureClock")
	Map<ImplicitWaiverPrompt, PublicDisclosureClock> disclosureClock(List<ImplicitWaiverPrompt> prompts) {
		if (!PublicDisclosures.isReader(CurrentUser.required().roles())) {
			return Map.of();
		}
		Map<String, PublicDisclosureClock> clocks = this.disclosures
			.findAll(prompts.stream().map(ImplicitWaiverPrompt::disclosureClockId).filter((id) -> id != null).toList());
		Map<ImplicitWaiverPrompt, PublicDisclosureClock> byPrompt = new java.util.HashMap<>();
		prompts.forEach((p) -> {
			if (p.disclosureClockId() != null && clocks.containsKey(p.disclosureClockId())) {
				byPrompt.put(p, clocks.get(p.disclosureClockId()));
			}
		});
		return byPrompt;
	}

}
