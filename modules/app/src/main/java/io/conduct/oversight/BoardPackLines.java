package io.conduct.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.conduct.cases.EscalatedCase;
import io.conduct.cases.EscalationKind;

/**
 * The contents of a board pack as lines of text: the one source of both its CSV and its
 * PDF, so that they say the same.
 */
final class BoardPackLines {

	/** How a figure is written. */
	enum Style {

		COUNT, SHARE, DAYS, RATE

	}

	/**
	 * One figure of the analytics.
	 *
	 * @param key the text's key
	 * @param figure where it is
	 * @param style how it is written
	 */
	record Metric(String key, Function<AnalyticsFigures, Figure> figure, Style style) {
	}

	static final List<Metric> METRICS = List.of(new Metric("received", AnalyticsFigures::received, Style.COUNT),
			new Metric("per100", AnalyticsFigures::reportsPer100Employees, Style.RATE),
			new Metric("anonymous", AnalyticsFigures::anonymousShare, Style.SHARE),
			new Metric("followUp", AnalyticsFigures::anonymousFollowUpShare, Style.SHARE),
			new Metric("substantiation", AnalyticsFigures::substantiationRate, Style.SHARE),
			new Metric("median", AnalyticsFigures::medianDaysToClose, Style.DAYS),
			new Metric("p90", AnalyticsFigures::p90DaysToClose, Style.DAYS),
			new Metric("ackInTime", AnalyticsFigures::acknowledgedInTimeShare, Style.SHARE),
			new Metric("feedbackInTime", AnalyticsFigures::feedbackInTimeShare, Style.SHARE),
			new Metric("retaliation", AnalyticsFigures::retaliationReviews, Style.COUNT),
			new Metric("open", AnalyticsFigures::open, Style.COUNT),
			new Metric("overdue", AnalyticsFigures::overdue, Style.COUNT),
			new Metric("certification", AnalyticsFigures::certificationCompletion, Style.SHARE),
			new Metric("certificationsOverdue", AnalyticsFigures::certificationsOverdue, Style.COUNT));

	private BoardPackLines() {
	}

	static String write(Figure figure, Style style, BoardPackTexts texts) {
		if (figure.suppressed()) {
			return texts.get("suppressed");
		}
		if (figure.value() == null) {
			return texts.get("notApplicable");
		}
		double value = figure.value();
		return switch (style) {
			case COUNT -> String.valueOf(Math.round(value));
			case SHARE -> String.format(texts.locale(), "%.0f %%", value * 100);
			case DAYS, RATE -> String.format(texts.locale(), "%.1f", value);
		};
	}

	/**
	 * A matter as columns: number, received, status (a case's, else open), kinds, due,
	 * overdue.
	 */
	static List<String> matter(BoardPacks.TenantPart part, EscalatedMatter matter, BoardPackTexts texts) {
		return List.of((matter.number() != null) ? matter.number() : "", part.date(matter.receivedAt(), texts.locale()),
				(matter.status() != null) ? matter.status().name() : texts.get("awaiting"),
				String.join(" ", matter.kinds().stream().sorted().map(MatterKind::name).toList()),
				part.date(matter.due(), texts.locale()), matter.overdue() ? texts.get("yes") : "");
	}

	/** A concern as columns: number, received, status, disposition. */
	static List<String> concern(BoardPacks.TenantPart part, EscalatedCase concern, BoardPackTexts texts) {
		return List.of(concern.number(), part.date(concern.receivedAt(), texts.locale()), concern.status().name(),
				concern.kinds().contains(EscalationKind.ACCOUNTING_CONCERN_FORWARDED) ? texts.get("forwarded")
						: texts.get("notForwarded"));
	}

	/** The analytics as rows: scope, then a figure per metric. */
	static List<List<String>> analytics(BoardPacks.BoardPack pack) {
		BoardPackTexts texts = pack.texts();
		List<List<String>> rows = new ArrayList<>();
		rows.add(row(texts.get("group"), pack.analytics().group(), texts));
		pack.analytics().tenants().forEach((t) -> rows.add(row(t.tenantName(), t.figures(), texts)));
		return rows;
	}

	private static List<String> row(String scope, AnalyticsFigures figures, BoardPackTexts texts) {
		List<String> row = new ArrayList<>();
		row.add(scope);
		METRICS.forEach((m) -> row.add(write(m.figure().apply(figures), m.style(), texts)));
		return row;
	}

}
