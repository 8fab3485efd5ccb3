package io.conduct.inquiries;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of this module in each language Conduct speaks
 * ({@code inquiries/messages*.properties}, English the fallback): what the Code asks of
 * someone who receives an inquiry, and the labels its notifications use.
 */
@Component
class InquiryTexts {

	/** The languages with a messages file. */
	static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "ja");

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	InquiryTexts() {
		this.messages.setBasename("inquiries/messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
		this.messages.setDefaultLocale(Locale.ENGLISH);
		// every text is a pattern, with or without arguments: quotes read the same in all
		this.messages.setAlwaysUseMessageFormat(true);
	}

	/**
	 * The language to write in for someone: theirs if Conduct has its texts, else the
	 * tenant's, else English.
	 */
	static Locale languageFor(String personLocale, String tenantLocale) {
		for (String tag : new String[] { personLocale, tenantLocale }) {
			if (tag != null && !tag.isBlank()) {
				Locale locale = Locale.forLanguageTag(tag);
				if (LANGUAGES.contains(locale.getLanguage())) {
					return Locale.forLanguageTag(locale.getLanguage());
				}
			}
		}
		return Locale.ENGLISH;
	}

	String text(String key, Locale language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language);
	}

	String list(List<String> items, Locale language) {
		return String.join(text("list.separator", language), items);
	}

	String kind(InquirerKind kind, Locale language) {
		return text("kind." + kind.name(), language);
	}

	String response(InquiryResponse response, Locale language) {
		return text("response." + response.name(), language);
	}

	/** Why the rules that fired flag the inquiry, in the language. */
	String mnpiReasons(MnpiAssessment assessment, Locale language) {
		return list(assessment.fired()
			.stream()
			.map((f) -> text("mnpi." + f.rule().name(), language, list(f.matchedKeywords(), language)))
			.toList(), language);
	}

}
