package io.conduct.code;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.platform.graphql.Payload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CodeController {

	private final CodeLibrary library;

	private final io.conduct.people.PeopleDirectory people;

	CodeController(CodeLibrary library, io.conduct.people.PeopleDirectory people) {
		this.library = library;
		this.people = people;
	}

	@QueryMapping
	Map<String, Object> currentCode(@Argument String language) {
		// without a language asked for, the reader's own, as the directory has it
		String wanted = (language != null) ? language
				: this.people.findCaller().map(io.conduct.people.Person::locale).orElse(null);
		return this.library.current(wanted).map(CodeController::text).orElse(null);
	}

	@SchemaMapping(typeName = "CodeVersion", field = "text")
	Map<String, Object> versionText(CodeVersion version, @Argument String language) {
		return text(this.library.asPublished(version, language));
	}

	private static Map<String, Object> text(CodeLibrary.Shown shown) {
		Map<String, Object> text = new HashMap<>();
		text.put("version", shown.version());
		text.put("language", shown.translation().language());
		text.put("title", shown.translation().title());
		text.put("sections", shown.sections());
		text.put("addition", shown.addition());
		text.put("contentHash", shown.contentHash());
		return text;
	}

	@QueryMapping
	List<CodeVersion> codeVersions() {
		return this.library.versions();
	}

	@QueryMapping
	List<CodeAddition> codeAdditions() {
		return this.library.additions();
	}

	@SchemaMapping(typeName = "CodeVersion", field = "languages")
	List<String> languages(CodeVersion version) {
		return version.translations().stream().map(CodeVersion.Translation::language).toList();
	}

	@SchemaMapping(typeName = "CodeAddition", field = "languages")
	List<String> additionLanguages(CodeAddition addition) {
		return addition.translations().stream().map(CodeVersion.Translation::language).toList();
	}

	@SchemaMapping(typeName = "CodeSection", field = "tenantSpecific")
	boolean tenantSpecific(CodeVersion.Section section) {
		return CodeLibrary.Shown.isAddition(section);
	}

	@MutationMapping
	Map<String, Object> codeVersionPublish(@Argument PublishInput input) {
		return Payload.of("version",
				this.library.publish(input.effectiveDate(), input.changeSummary(), translations(input)));
	}

	@MutationMapping
	Map<String, Object> codeAdditionPublish(@Argument PublishInput input) {
		return Payload.of("addition",
				this.library.publishAddition(input.effectiveDate(), input.changeSummary(), translations(input)));
	}

	private static List<CodeVersion.Translation> translations(PublishInput input) {
		return input.translations()
			.stream()
			.map((t) -> new CodeVersion.Translation(t.language(), t.title(),
					t.sections().stream().map((s) -> new CodeVersion.Section(null, s.heading(), s.body())).toList(),
					null))
			.toList();
	}

	record PublishInput(LocalDate effectiveDate, String changeSummary, List<TranslationInput> translations) {
	}

	record TranslationInput(String language, String title, List<SectionInput> sections) {
	}

	record SectionInput(String heading, String body) {
	}

}
