package io.conduct.oversight;

import java.util.Locale;
import java.util.Map;

/**
 * The words of a board pack, in the reader's language: English and German, English for
 * any other.
 */
final class BoardPackTexts {

	private static final Map<String, Map<String, String>> TEXTS = Map.of("en",
			Map.ofEntries(Map.entry("title", "Board pack"), Map.entry("quarter", "Fiscal year %d, quarter %d"),
					Map.entry("generated", "Generated %s for %s"), Map.entry("analytics", "Analytics"),
					Map.entry("group", "Group"), Map.entry("escalated", "Escalated matters and their status"),
					Map.entry("concerns", "Audit Committee record: accounting concerns received"),
					Map.entry("concernsForCommittee", "The Audit Committee's record is in the pack of its members."),
					Map.entry("none", "None."), Map.entry("suppressed", "fewer than 5"),
					Map.entry("notApplicable", "n/a"), Map.entry("truncated", "Only the first %d are listed."),
					Map.entry("received", "Reports received"), Map.entry("per100", "Reports per 100 employees"),
					Map.entry("anonymous", "Share anonymous"),
					Map.entry("followUp", "Anonymous reporters who followed up"),
					Map.entry("substantiation", "Substantiation rate"), Map.entry("median", "Median days to close"),
					Map.entry("p90", "90th percentile days to close"),
					Map.entry("ackInTime", "Acknowledged within the deadline"),
					Map.entry("feedbackInTime", "Feedback within the deadline"),
					Map.entry("retaliation", "Retaliation reviews"), Map.entry("open", "Open"),
					Map.entry("overdue", "Overdue"), Map.entry("certification", "Certification completion"),
					Map.entry("certificationsOverdue", "Certifications overdue"), Map.entry("period", "%s to %s"),
					Map.entry("yes", "overdue"), Map.entry("forwarded", "forwarded to the Audit Committee"),
					Map.entry("notForwarded", "not forwarded")),
			"de",
			Map.ofEntries(Map.entry("title", "Unterlagen für den Aufsichtsrat"),
					Map.entry("quarter", "Geschäftsjahr %d, Quartal %d"),
					Map.entry("generated", "Erstellt am %s für %s"), Map.entry("analytics", "Kennzahlen"),
					Map.entry("group", "Gruppe"), Map.entry("escalated", "Eskalierte Vorgänge und ihr Stand"),
					Map.entry("concerns",
							"Verzeichnis des Prüfungsausschusses: eingegangene Hinweise zur Rechnungslegung"),
					Map.entry("concernsForCommittee",
							"Das Verzeichnis des Prüfungsausschusses steht in den Unterlagen seiner Mitglieder."),
					Map.entry("none", "Keine."), Map.entry("suppressed", "weniger als 5"),
					Map.entry("notApplicable", "entfällt"),
					Map.entry("truncated", "Nur die ersten %d sind aufgeführt."),
					Map.entry("received", "Eingegangene Meldungen"),
					Map.entry("per100", "Meldungen je 100 Beschäftigte"), Map.entry("anonymous", "Anteil anonym"),
					Map.entry("followUp", "Anonyme Hinweisgeber mit Rückmeldung"),
					Map.entry("substantiation", "Anteil bestätigter Vorwürfe"),
					Map.entry("median", "Median der Tage bis zum Abschluss"),
					Map.entry("p90", "90. Perzentil der Tage bis zum Abschluss"),
					Map.entry("ackInTime", "Fristgerecht bestätigt"),
					Map.entry("feedbackInTime", "Fristgerechte Rückmeldung"),
					Map.entry("retaliation", "Prüfungen auf Repressalien"), Map.entry("open", "Offen"),
					Map.entry("overdue", "Überfällig"),
					Map.entry("certification", "Bestätigung des Kodex abgeschlossen"),
					Map.entry("certificationsOverdue", "Überfällige Bestätigungen"), Map.entry("period", "%s bis %s"),
					Map.entry("yes", "überfällig"), Map.entry("forwarded", "an den Prüfungsausschuss weitergeleitet"),
					Map.entry("notForwarded", "nicht weitergeleitet")));

	private final Map<String, String> texts;

	private final Locale locale;

	private BoardPackTexts(Locale locale) {
		this.locale = TEXTS.containsKey(locale.getLanguage()) ? locale : Locale.ENGLISH;
		this.texts = TEXTS.get(this.locale.getLanguage());
	}

	static BoardPackTexts in(Locale locale) {
		return new BoardPackTexts((locale != null) ? locale : Locale.ENGLISH);
	}

	String get(String key, Object... arguments) {
		return String.format(this.locale, this.texts.get(key), arguments);
	}

	Locale locale() {
		return this.locale;
	}

}
