package io.conduct.oversight;

import java.util.Locale;
import java.util.Map;

/**
 * The words of a board pack, in the reader's language: English, German and Japanese,
 * English for any other.
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
					Map.entry("notForwarded", "not forwarded"), Map.entry("awaiting", "OPEN")),
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
					Map.entry("notForwarded", "nicht weitergeleitet"), Map.entry("awaiting", "OFFEN")),
			"ja",
			Map.ofEntries(Map.entry("title", "取締役会資料"), Map.entry("quarter", "%d年度 第%d四半期"),
					Map.entry("generated", "%s 作成（%s）"), Map.entry("analytics", "指標"), Map.entry("group", "グループ"),
					Map.entry("escalated", "エスカレーション案件とその状況"), Map.entry("concerns", "監査委員会の記録：受領した会計・監査に関する懸念"),
					Map.entry("concernsForCommittee", "監査委員会の記録は、その委員向けの資料に含まれます。"), Map.entry("none", "なし。"),
					Map.entry("suppressed", "5件未満"), Map.entry("notApplicable", "該当なし"),
					Map.entry("truncated", "最初の%d件のみを掲載しています。"), Map.entry("received", "受付件数"),
					Map.entry("per100", "従業員100人あたりの通報件数"), Map.entry("anonymous", "匿名通報の割合"),
					Map.entry("followUp", "フォローアップした匿名通報者"), Map.entry("substantiation", "事実認定率"),
					Map.entry("median", "終結までの日数（中央値）"), Map.entry("p90", "終結までの日数（90パーセンタイル）"),
					Map.entry("ackInTime", "期限内の受領通知"), Map.entry("feedbackInTime", "期限内のフィードバック"),
					Map.entry("retaliation", "報復の審査"), Map.entry("open", "未完了"), Map.entry("overdue", "期限超過"),
					Map.entry("certification", "行動規範の確認の完了率"), Map.entry("certificationsOverdue", "期限を過ぎた確認"),
					Map.entry("period", "%s～%s"), Map.entry("yes", "期限超過"), Map.entry("forwarded", "監査委員会へ回付"),
					Map.entry("notForwarded", "回付なし"), Map.entry("awaiting", "未処理")));

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
