package io.conduct.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class CodeTextTests {

	@Test
	void theCodeSplitsIntoItsSections() throws IOException {
		String text = new ClassPathResource("code/code-of-business-conduct-and-ethics.en.txt")
			.getContentAsString(StandardCharsets.UTF_8);

		var translation = CodeText.parse("en", text);

		assertThat(translation.title()).isEqualTo("Code of Business Conduct and Ethics");
		assertThat(translation.sections()).extracting(CodeVersion.Section::key)
			.startsWith("introduction", "compliance-with-laws-rules-and-regulations", "conflicts-of-interest")
			.contains("insider-trading", "gifts-and-gratuities", "waivers-of-this-code-of-business-conduct-and-ethics",
					"reporting-and-compliance-procedures", "certification");
		assertThat(translation.sections().get(0).body()).startsWith("This Code of Business Conduct and Ethics");
		assertThat(translation.contentHash()).hasSize(64).isEqualTo(CodeText.parse("en", text).contentHash());
	}

	@Test
	void theSectionsOnDirectorsAndOnWaiversApplyToExecutiveOfficersOrDirectors() throws IOException {
		String text = new ClassPathResource("code/code-of-business-conduct-and-ethics.en.txt")
			.getContentAsString(StandardCharsets.UTF_8);

		var translation = CodeText.parse("en", text);

		assertThat(translation.sections()).filteredOn(CodeVersion.Section::appliesToExecutiveOfficersOrDirectors)
			.extracting(CodeVersion.Section::heading)
			.containsExactly("DIRECTORS", "WAIVERS OF THIS CODE OF BUSINESS CONDUCT AND ETHICS");
	}

	@Test
	void anAmendmentTouchesExecutiveSectionsWhenItChangesAddsRemovesOrUnmarksOne() {
		var before = version(new CodeVersion.Section("gifts", "GIFTS", "Return them"),
				new CodeVersion.Section("directors", "DIRECTORS", "Directors may not", true));
		var rewordedGifts = List.of(translation(new CodeVersion.Section("gifts", "GIFTS", "Return them at once"),
				new CodeVersion.Section("directors", "DIRECTORS", "Directors may not", true)));
		var rewordedDirectors = List.of(translation(new CodeVersion.Section("gifts", "GIFTS", "Return them"),
				new CodeVersion.Section("directors", "DIRECTORS", "Directors must not", true)));
		var unmarked = List.of(translation(new CodeVersion.Section("gifts", "GIFTS", "Return them"),
				new CodeVersion.Section("directors", "DIRECTORS", "Directors may not", false)));
		var removed = List.of(translation(new CodeVersion.Section("gifts", "GIFTS", "Return them")));
		var added = List.of(translation(new CodeVersion.Section("gifts", "GIFTS", "Return them"),
				new CodeVersion.Section("directors", "DIRECTORS", "Directors may not", true),
				new CodeVersion.Section("board", "BOARD", "The Board decides", true)));

		assertThat(ExecutiveSections.touched(java.util.Optional.of(before), rewordedGifts)).isEmpty();
		assertThat(ExecutiveSections.touched(java.util.Optional.of(before), rewordedDirectors))
			.containsExactly("DIRECTORS");
		assertThat(ExecutiveSections.touched(java.util.Optional.of(before), unmarked)).containsExactly("DIRECTORS");
		assertThat(ExecutiveSections.touched(java.util.Optional.of(before), removed)).containsExactly("DIRECTORS");
		assertThat(ExecutiveSections.touched(java.util.Optional.of(before), added)).containsExactly("BOARD");
		assertThat(ExecutiveSections.touched(java.util.Optional.empty(), added)).as("a first version amends nothing")
			.isEmpty();
	}

	private static CodeVersion version(CodeVersion.Section... sections) {
		return new CodeVersion("g-v1", "g", 1, java.time.LocalDate.of(2025, 1, 1), "First",
				List.of(translation(sections)), java.time.Instant.EPOCH, "system", null);
	}

	private static CodeVersion.Translation translation(CodeVersion.Section... sections) {
		return new CodeVersion.Translation("en", "Code", List.of(sections), null);
	}

	@Test
	void anyChangeToTheTextChangesTheHash() {
		var sections = List.of(new CodeVersion.Section("a", "A", "Body"));
		var changed = List.of(new CodeVersion.Section("a", "A", "Body."));

		assertThat(CodeText.hash("T", sections)).isNotEqualTo(CodeText.hash("T", changed))
			.isNotEqualTo(CodeText.hash("T2", sections));
	}

}
