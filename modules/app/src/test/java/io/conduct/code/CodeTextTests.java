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
	void anyChangeToTheTextChangesTheHash() {
		var sections = List.of(new CodeVersion.Section("a", "A", "Body"));
		var changed = List.of(new CodeVersion.Section("a", "A", "Body."));

		assertThat(CodeText.hash("T", sections)).isNotEqualTo(CodeText.hash("T", changed))
			.isNotEqualTo(CodeText.hash("T2", sections));
	}

}
