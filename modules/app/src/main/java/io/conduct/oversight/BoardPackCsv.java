package io.conduct.oversight;

import java.util.ArrayList;
import java.util.List;

import io.conduct.platform.csv.SpreadsheetCsv;

/**
 * A board pack as CSV: one table with a section column (analytics, escalated matters, the
 * Audit Committee's record), for spreadsheets.
 */
final class BoardPackCsv {

	private BoardPackCsv() {
	}

	static String write(BoardPacks.BoardPack pack) {
		BoardPackTexts texts = pack.texts();
		List<String> header = new ArrayList<>(List.of("section", "tenant", "scope"));
		BoardPackLines.METRICS.forEach((m) -> header.add(texts.get(m.key())));
		int width = header.size();
		List<List<Object>> rows = new ArrayList<>();
		for (List<String> row : BoardPackLines.analytics(pack)) {
			List<Object> line = new ArrayList<>(List.of("analytics", ""));
			line.addAll(row);
			rows.add(line);
		}
		rows.add(padded(width, "escalated", "tenant",
				List.of("number", "received", "status", "kinds", "due", "overdue")));
		if (pack.forCommittee()) {
			rows.add(padded(width, "auditCommitteeRecord", "tenant",
					List.of("number", "received", "status", "disposition")));
		}
		for (BoardPacks.TenantPart part : pack.parts()) {
			part.matters()
				.forEach((m) -> rows
					.add(padded(width, "escalated", part.tenant().key(), BoardPackLines.matter(part, m, texts))));
			if (part.concerns() != null) {
				part.concerns()
					.forEach((c) -> rows.add(padded(width, "auditCommitteeRecord", part.tenant().key(),
							BoardPackLines.concern(part, c, texts))));
			}
		}
		return SpreadsheetCsv.write(header, rows);
	}

	private static List<Object> padded(int width, String section, String tenant, List<String> columns) {
		List<Object> row = new ArrayList<>(List.of(section, tenant));
		row.addAll(columns);
		while (row.size() < width) {
			row.add("");
		}
		return row;
	}

}
