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

	CodeController(CodeLibrary library) {
		this.library = library;
	}

	@QueryMapping
	Map<String, Object> currentCode(@Argument String language) {
		return this.library.current(language).map((shown) -> {
			Map<String, Object> text = new HashMap<>();
			text.put("version", shown.version());
			text.put("language", shown.translation().language());
			text.put("title", shown.translation().title());
			text.put("sections", shown.sections());
			text.put("addition", shown.addition());
			text.put("contentHash", shown.contentHash());
			return text;
		}).orElse(null);
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
