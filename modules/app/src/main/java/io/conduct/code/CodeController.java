package io.conduct.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.validation.Outcome;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The Code as people read it and as the group and each tenant publish it.
 */
@Controller
class CodeController {

	static final String VERSION = CodeVersion.GRAPHQL_TYPE;

	static final String ADDITION = "CodeAddition";

	private final CodeLibrary library;

	private final PeopleDirectory people;

	CodeController(CodeLibrary library, PeopleDirectory people) {
		this.library = library;
		this.people = people;
	}

	/**
	 * Versions by global id, for every reader of the group's tenants, as codeVersions.
	 */
	@Bean
	static NodeLoader codeVersionNodes(CodeLibrary library) {
		return NodeLoader.of(VERSION, library::find);
	}

	/** The current tenant's additions by global id, as codeAdditions. */
	@Bean
	static NodeLoader codeAdditionNodes(CodeLibrary library) {
		return NodeLoader.of(ADDITION, library::findAddition);
	}

	@QueryMapping
	CodeLibrary.Shown currentCode(@Argument Locale language) {
		// without a language asked for, the reader's own, as the directory has it
		String wanted = (language != null) ? language.toLanguageTag()
				: this.people.findCaller().map(Person::locale).orElse(null);
		return this.library.current(wanted).orElse(null);
	}

	@SchemaMapping(typeName = VERSION, field = "text")
	CodeLibrary.Shown versionText(CodeVersion version, @Argument Locale language) {
		return this.library.asPublished(version, (language != null) ? language.toLanguageTag() : null);
	}

	@QueryMapping
	Connection<CodeVersion> codeVersions(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.library.versions(paging), paging, (v) -> CodeLibrary.cursorOf(v.number(), v.id()));
	}

	@QueryMapping
	Connection<CodeAddition> codeAdditions(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.library.additions(paging), paging, (a) -> CodeLibrary.cursorOf(a.number(), a.id()));
	}

	@SchemaMapping(typeName = VERSION, field = "id")
	String versionId(CodeVersion version) {
		return GlobalId.encode(VERSION, version.id());
	}

	@SchemaMapping(typeName = ADDITION, field = "id")
	String additionId(CodeAddition addition) {
		return GlobalId.encode(ADDITION, addition.id());
	}

	@SchemaMapping(typeName = VERSION, field = "languages")
	List<String> languages(CodeVersion version) {
		return version.translations().stream().map(CodeVersion.Translation::language).toList();
	}

	@SchemaMapping(typeName = ADDITION, field = "languages")
	List<String> additionLanguages(CodeAddition addition) {
		return addition.translations().stream().map(CodeVersion.Translation::language).toList();
	}

	@BatchMapping(typeName = "CodeBoardResolution", field = "membersTakingPart")
	java.util.Map<CodeVersion.BoardResolution, List<Person>> membersTakingPart(
			List<CodeVersion.BoardResolution> resolutions) {
		return peopleOf(resolutions, CodeVersion.BoardResolution::memberPersonIds);
	}

	@BatchMapping(typeName = "CodeBoardResolution", field = "recused")
	java.util.Map<CodeVersion.BoardResolution, List<Person>> recused(List<CodeVersion.BoardResolution> resolutions) {
		return peopleOf(resolutions, CodeVersion.BoardResolution::recusedPersonIds);
	}

	private java.util.Map<CodeVersion.BoardResolution, List<Person>> peopleOf(
			List<CodeVersion.BoardResolution> resolutions,
			java.util.function.Function<CodeVersion.BoardResolution, List<String>> ids) {
		java.util.Map<String, Person> found = this.people
			.findAll(resolutions.stream().flatMap((r) -> ids.apply(r).stream()).distinct().toList());
		java.util.Map<CodeVersion.BoardResolution, List<Person>> byResolution = new java.util.HashMap<>();
		resolutions.forEach((r) -> byResolution.put(r,
				ids.apply(r).stream().map(found::get).filter(java.util.Objects::nonNull).toList()));
		return byResolution;
	}

	@SchemaMapping(typeName = "CodeSection", field = "tenantSpecific")
	boolean tenantSpecific(CodeVersion.Section section) {
		return CodeLibrary.Shown.isAddition(section);
	}

	@MutationMapping
	CodeVersionPublishPayload codeVersionPublish(@Argument PublishInput input) {
		Outcome<CodeVersion> outcome = this.library.publish(input.effectiveDate(), input.changeSummary(),
				translations(input), input.boardResolution());
		return new CodeVersionPublishPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	CodeAdditionPublishPayload codeAdditionPublish(@Argument PublishInput input) {
		Outcome<CodeAddition> outcome = this.library.publishAddition(input.effectiveDate(), input.changeSummary(),
				translations(input));
		return new CodeAdditionPublishPayload(outcome.value(), outcome.userErrors());
	}

	private static List<CodeVersion.Translation> translations(PublishInput input) {
		return input.translations()
			.stream()
			.map((t) -> new CodeVersion.Translation((t.language() != null) ? t.language().toLanguageTag() : null,
					t.title(),
					t.sections()
						.stream()
						.map((s) -> new CodeVersion.Section(null, s.heading(), s.body(),
								Boolean.TRUE.equals(s.appliesToExecutiveOfficersOrDirectors())))
						.toList(),
					null))
			.toList();
	}

	/**
	 * The result of codeVersionPublish.
	 *
	 * @param version the new version
	 * @param userErrors what to fix
	 */
	record CodeVersionPublishPayload(CodeVersion version, List<UserError> userErrors) {
	}

	/**
	 * The result of codeAdditionPublish.
	 *
	 * @param addition the new version of the additions
	 * @param userErrors what to fix
	 */
	record CodeAdditionPublishPayload(CodeAddition addition, List<UserError> userErrors) {
	}

	/**
	 * An amendment or a version of the additions: codeVersionPublish,
	 * codeAdditionPublish.
	 *
	 * @param effectiveDate from when it applies
	 * @param changeSummary what changed
	 * @param translations the text in each language
	 * @param boardResolution the Board's resolution (amendments of the group's Code only)
	 */
	record PublishInput(LocalDate effectiveDate, String changeSummary, List<TranslationInput> translations,
			AmendmentApproval.ResolutionInput boardResolution) {
	}

	record TranslationInput(Locale language, String title, List<SectionInput> sections) {
	}

	record SectionInput(String heading, String body, Boolean appliesToExecutiveOfficersOrDirectors) {
	}

}
