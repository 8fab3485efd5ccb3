package io.conduct.inquiries;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules that flag an inquiry to the CFO/CAO at once, as data: which kinds of inquirer
 * each covers, the recorder's judgement, the keywords and how they match, each finding
 * explained; and the checks that refuse a rules file the engine could not apply
 * faithfully.
 */
class MnpiScreenTests {

	private final MnpiScreen screen = new MnpiScreen(MnpiRules.bundled());

	@Test
	void anAnalystAskingAboutResultsIsFlaggedNamingTheRuleAndTheKeywords() {
		MnpiAssessment assessment = this.screen.assess(InquirerKind.SECURITIES_ANALYST,
				"Will Q3 earnings beat the guidance, and is a dividend planned?", false);

		assertThat(assessment.flagged()).isTrue();
		assertThat(assessment.rulesVersion()).isEqualTo("2026-12-01.1");
		MnpiFinding topic = finding(assessment, MnpiRuleName.MARKET_TOPIC);
		assertThat(topic.applies()).isTrue();
		assertThat(topic.fired()).isTrue();
		assertThat(topic.section()).isEqualTo("CONFIDENTIALITY");
		assertThat(topic.matchedKeywords()).containsExactly("earnings", "guidance", "dividend");
		assertThat(topic.explanation()).contains("\"earnings\"", "securities analyst");
		MnpiFinding judgement = finding(assessment, MnpiRuleName.RECORDER_JUDGEMENT);
		assertThat(judgement.applies()).isTrue();
		assertThat(judgement.fired()).isFalse();
	}

	@Test
	void theMediaAskingTheSameIsNotFlaggedByKeywordsForTheRuleCoversMarketProfessionalsAndSecurityHolders() {
		MnpiAssessment assessment = this.screen.assess(InquirerKind.MEDIA, "Will Q3 earnings beat the guidance?",
				false);

		assertThat(assessment.flagged()).isFalse();
		MnpiFinding topic = finding(assessment, MnpiRuleName.MARKET_TOPIC);
		assertThat(topic.applies()).isFalse();
		assertThat(topic.explanation()).contains("this one is from media");
	}

	@Test
	void theRecordersJudgementFlagsAnyKindOfInquirer() {
		for (InquirerKind kind : InquirerKind.values()) {
			MnpiAssessment assessment = this.screen.assess(kind, "When does the new plant open?", true);
			assertThat(assessment.flagged()).as(kind.name()).isTrue();
			assertThat(assessment.recorderFlagged()).isTrue();
			assertThat(assessment.fired()).extracting(MnpiFinding::rule)
				.containsExactly(MnpiRuleName.RECORDER_JUDGEMENT);
		}
	}

	@Test
	void everyMarketProfessionalAndSecurityHoldersAreCoveredByTheTopicRule() {
		for (InquirerKind kind : List.of(InquirerKind.SECURITIES_ANALYST, InquirerKind.INSTITUTIONAL_INVESTOR,
				InquirerKind.INVESTMENT_ADVISER, InquirerKind.BROKER_OR_DEALER, InquirerKind.SECURITY_HOLDER)) {
			assertThat(this.screen.assess(kind, "Any merger talks?", false).flagged()).as(kind.name()).isTrue();
		}
		assertThat(this.screen.assess(InquirerKind.OTHER, "Any merger talks?", false).flagged()).isFalse();
	}

	@Test
	void keywordsMatchAtTheStartOfAWordSoPluralsAndCompoundsCountButNotWordsThatMerelyContainThem() {
		assertThat(flaggedWords("Are more acquisitions coming?")).containsExactly("acquisition");
		assertThat(flaggedWords("Gibt es ein Übernahmeangebot?")).containsExactly("übernahme");
		assertThat(flaggedWords("QUARTALSZAHLEN bitte")).containsExactly("quartal");
		assertThat(flaggedWords("The gloss on the brochure is nice")).isEmpty();
		assertThat(flaggedWords("Un rachat d'actions est-il prévu ?")).containsExactly("rachat");
		assertThat(flaggedWords("¿Habrá una ampliación de capital?")).containsExactly("ampliación de capital");
	}

	@Test
	void japaneseKeywordsMatchAnywhereForTheScriptHasNoSpacesBetweenWords() {
		assertThat(flaggedWords("来期の業績予想と配当について教えてください")).containsExactly("業績", "配当", "予想");
		// full-width Latin letters are compared after compatibility normalization
		assertThat(flaggedWords("ＤＩＶＩＤＥＮＤ policy?")).containsExactly("dividend");
	}

	@Test
	void aQuestionWithoutTheTopicsIsNotFlaggedAndSaysSo() {
		MnpiAssessment assessment = this.screen.assess(InquirerKind.SECURITY_HOLDER,
				"Where is the annual meeting held?", false);
		assertThat(assessment.flagged()).isFalse();
		assertThat(finding(assessment, MnpiRuleName.MARKET_TOPIC).explanation())
			.startsWith("The question mentions none of the rule's");
	}

	@Test
	void aRulesFileThatDoesNotQuoteTheCodeIsRefused() throws IOException {
		String json = bundledJson().replace("This prohibition applies particularly", "This prohibition applies only");
		assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("rule MARKET_TOPIC: the Code does not say");
	}

	@Test
	void aRulesFileUnderAHeadingTheCodeDoesNotHaveIsRefused() throws IOException {
		String json = bundledJson().replace("\"section\": \"INSIDER TRADING\"", "\"section\": \"INSIDER DEALING\"");
		assertThatThrownBy(() -> read(json)).hasMessageContaining("the Code has no heading INSIDER DEALING");
	}

	@Test
	void aRuleTheEngineDoesNotKnowOrAMissingRuleIsRefused() throws IOException {
		assertThatThrownBy(() -> read(bundledJson().replace("\"MARKET_TOPIC\"", "\"MARKET_RUMOUR\"")))
			.hasMessageContaining("MARKET_RUMOUR");
		String withoutTopic = bundledJson().replace("\"rule\": \"MARKET_TOPIC\"", "\"rule\": \"RECORDER_JUDGEMENT\"");
		assertThatThrownBy(() -> read(withoutTopic)).hasMessageContaining("rule RECORDER_JUDGEMENT appears twice")
			.hasMessageContaining("no rule MARKET_TOPIC");
	}

	@Test
	void keywordsNotWrittenAsTheyAreMatchedOrARuleWithBothConditionsAreRefused() throws IOException {
		assertThatThrownBy(() -> read(bundledJson().replace("\"earnings\"", "\"Earnings\"")))
			.hasMessageContaining("keyword \"Earnings\" (en) must be written as it is matched");
		assertThatThrownBy(() -> read(bundledJson().replace("\"recorderFlag\": true",
				"\"recorderFlag\": true, " + "\"keywords\": {\"en\": [\"rumour\"]}")))
			.hasMessageContaining("not both or neither");
		assertThatThrownBy(() -> read(bundledJson().replace("\"ja\": [\"決算\"", "\"jp\": [\"決算\"")))
			.hasMessageContaining("keywords of an unknown language jp");
	}

	@Test
	void anUnknownFieldIsRefusedRatherThanIgnored() throws IOException {
		assertThatThrownBy(() -> read(bundledJson().replace("\"recorderFlag\": true", "\"recorderFlags\": true")))
			.hasMessageContaining("recorderFlags");
	}

	private List<String> flaggedWords(String question) {
		return finding(this.screen.assess(InquirerKind.INSTITUTIONAL_INVESTOR, question, false),
				MnpiRuleName.MARKET_TOPIC)
			.matchedKeywords();
	}

	private static MnpiFinding finding(MnpiAssessment assessment, MnpiRuleName rule) {
		return assessment.findings().stream().filter((f) -> f.rule() == rule).findFirst().orElseThrow();
	}

	private static MnpiRules read(String json) throws IOException {
		try (InputStream code = resource(MnpiRules.CODE_TEXT)) {
			return MnpiRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
					new String(code.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static String bundledJson() throws IOException {
		try (InputStream json = resource(MnpiRules.RESOURCE)) {
			return new String(json.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static InputStream resource(String name) {
		return MnpiScreenTests.class.getClassLoader().getResourceAsStream(name);
	}

}
