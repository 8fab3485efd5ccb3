package io.conduct.notifications;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The notification texts, {@code notifications/messages*.properties}: one file a
 * language, English the fallback.
 */
@Component
class NotificationTemplates {

	/** The languages with a messages file. */
	static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "ja");

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	NotificationTemplates() {
		this.messages.setBasename("notifications/messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
		this.messages.setDefaultLocale(Locale.ENGLISH);
	}

	MessageSource messages() {
		return this.messages;
	}

	/** The language a notification is written in: the person's, if we have its texts. */
	static Locale localeOf(String languageTag) {
		if (languageTag == null || languageTag.isBlank()) {
			return Locale.ENGLISH;
		}
		Locale locale = Locale.forLanguageTag(languageTag);
		return LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.ENGLISH;
	}

}
