package io.conduct.code;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.Payload;
import io.conduct.viewer.Viewer;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CodeController {

	private final CodeLibrary library;

	private final Certifications certifications;

	CodeController(CodeLibrary library, Certifications certifications) {
		this.library = library;
		this.certifications = certifications;
	}

	@QueryMapping
	Map<String, Object> currentCode(@Argument String language) {
		return this.library.current(language)
			.map((shown) -> Map.<String, Object>of("version", shown.version(), "language",
					shown.translation().language(), "title", shown.translation().title(), "sections",
					shown.translation().sections(), "contentHash", shown.translation().contentHash()))
			.orElse(null);
	}

	@QueryMapping
	List<CodeVersion> codeVersions() {
		return this.library.versions();
	}

	@QueryMapping
	List<Certification> certificationExceptions() {
		return this.certifications.exceptions();
	}

	@SchemaMapping(typeName = "Viewer", field = "certifications")
	List<Certification> viewerCertifications(Viewer viewer) {
		return this.certifications.own();
	}

	@SchemaMapping(typeName = "CodeVersion", field = "languages")
	List<String> languages(CodeVersion version) {
		return version.translations().stream().map(CodeVersion.Translation::language).toList();
	}

	@MutationMapping
	Map<String, Object> codeVersionPublish(@Argument PublishInput input) {
		return Payload
			.of("version", this.library.publish(input.effectiveDate(), input.changeSummary(), input.translations()
				.stream()
				.map((t) -> new CodeVersion.Translation(t.language(), t.title(),
						t.sections().stream().map((s) -> new CodeVersion.Section(null, s.heading(), s.body())).toList(),
						null))
				.toList()));
	}

	@MutationMapping
	Map<String, Object> codeCertify(@Argument CertifyInput input) {
		String personId = (input.personId() != null) ? GlobalId.localIdOf(input.personId(), "Person").orElse("") : null;
		return Payload.of("certification",
				this.certifications.certify(new Certifications.CertifyCommand(input.versionId(), input.language(),
						input.contentHash(), (input.openedAt() != null) ? input.openedAt().toInstant() : null, personId,
						input.receivedAndRead(), input.understood(), input.compliedAndWillComply(), input.printedName(),
						input.signature(), input.exception())));
	}

	record PublishInput(LocalDate effectiveDate, String changeSummary, List<TranslationInput> translations) {
	}

	record TranslationInput(String language, String title, List<SectionInput> sections) {
	}

	record SectionInput(String heading, String body) {
	}

	record CertifyInput(String versionId, String language, String contentHash, OffsetDateTime openedAt, String personId,
			boolean receivedAndRead, boolean understood, boolean compliedAndWillComply, String printedName,
			String signature, String exception) {
	}

}
