package io.conduct.gifts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The rules file is checked when read (at startup): every rule of the section once, each
 * quoting the Code's GIFTS AND GRATUITIES section, with the threshold its policy needs.
 */
class GiftRulesTests {

	@Test
	void theBundledRulesPassTheirChecks() {
		GiftRules rules = GiftRules.bundled();

		assertThat(rules.rules()).hasSize(GiftRule.values().length - 1);
		assertThat(rules.defaults().entertainmentFrequency()).isEqualTo(4);
	}

	@Test
	void aRuleQuotingWordsOfAnotherSectionIsRefused() throws IOException {
		String json = bundledJson().replace("only if the entertainment is infrequent",
				"only if the entertainment is frequent");

		assertThatIllegalStateException().isThrownBy(() -> read(json).check(code()))
			.withMessageContaining("the section does not say \"only if the entertainment is frequent");
	}

	@Test
	void aMissingRuleOrAThresholdOfTheWrongKindIsRefused() throws IOException {
		String withoutFrequency = bundledJson().replace("\"id\": \"ENTERTAINMENT_FREQUENCY\"",
				"\"id\": \"ENTERTAINMENT_PER_EVENT\"");
		String countAsMoney = bundledJson().replace(
				"\"policy\": \"FREQUENCY_ABOVE\",\n      \"threshold\": \"ENTERTAINMENT_FREQUENCY\"",
				"\"policy\": \"FREQUENCY_ABOVE\",\n      \"threshold\": \"INSIGNIFICANT_VALUE\"");

		assertThatIllegalStateException().isThrownBy(() -> read(withoutFrequency).check(code()))
			.withMessageContaining("ENTERTAINMENT_PER_EVENT appears twice")
			.withMessageContaining("[ENTERTAINMENT_FREQUENCY] are missing");
		assertThatIllegalStateException().isThrownBy(() -> read(countAsMoney).check(code()))
			.withMessageContaining("FREQUENCY_ABOVE cannot compare with INSIGNIFICANT_VALUE");
	}

	@Test
	void aBribeRuleThatOpensNoCaseIsRefused() throws IOException {
		String json = bundledJson().replace("\"opensCase\": true", "\"opensCase\": false");

		assertThatIllegalStateException().isThrownBy(() -> read(json).check(code()))
			.withMessageContaining("no rule opens a case");
	}

	private static GiftRules read(String json) {
		return GiftRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static String bundledJson() throws IOException {
		return text(GiftRules.RESOURCE);
	}

	private static String code() throws IOException {
		return text(GiftRules.CODE_TEXT);
	}

	private static String text(String resource) throws IOException {
		try (InputStream in = GiftRulesTests.class.getClassLoader().getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
