package io.conduct.waivers;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.conduct.platform.csv.SpreadsheetCsv;

/** The CFO/CAO's register as CSV: a line a request, with its disposition. */
final class WaiverRegisterCsv {

	static final List<String> HEADER = List.of("number", "requestedAt", "requester", "personType", "route",
			"codeVersion", "section", "periodStart", "periodEnd", "reasons", "status", "supervisor", "supervisorAgrees",
			"supervisorAt", "cfoCao", "cfoCaoAction", "cfoCaoAt", "boardDecision", "decidingBody", "committeeName",
			"resolutionDate", "resolutionReference", "disclosureDue", "disclosureStatus", "disclosedOn");

	private WaiverRegisterCsv() {
	}

	static String write(List<WaiverRequest> requests, Map<String, PublicDisclosureClock> clocks, ZoneId zone) {
		List<List<Object>> rows = new ArrayList<>();
		for (WaiverRequest r : requests) {
			var supervisor = r.supervisorReview();
			var cfo = r.cfoCaoStep();
			var board = r.boardDecision();
			PublicDisclosureClock clock = (r.disclosureClockId() != null) ? clocks.get(r.disclosureClockId()) : null;
			List<Object> row = new ArrayList<>();
			row.add(r.number());
			row.add(r.requestedAt().atZone(zone).toOffsetDateTime().toString());
			row.add(r.requesterName());
			row.add(r.requesterType());
			row.add(r.route());
			row.add(r.codeVersionNumber());
			row.add(r.section().heading());
			row.add(r.periodStart());
			row.add(r.periodEnd());
			row.add(r.reasons());
			row.add(r.status());
			row.add((supervisor != null) ? supervisor.supervisorName() : null);
			row.add((supervisor != null) ? supervisor.agrees() : null);
			row.add((supervisor != null) ? supervisor.reviewedAt().atZone(zone).toOffsetDateTime().toString() : null);
			row.add((cfo != null) ? cfo.cfoCaoName() : null);
			row.add((cfo != null) ? cfo.action() : null);
			row.add((cfo != null) ? cfo.actedAt().atZone(zone).toOffsetDateTime().toString() : null);
			row.add((board != null) ? board.decision() : null);
			row.add((board != null) ? board.resolution().decidingBody() : null);
			row.add((board != null) ? board.resolution().committeeName() : null);
			row.add((board != null) ? board.resolution().resolutionDate() : null);
			row.add((board != null) ? board.resolution().reference() : null);
			row.add((clock != null) ? clock.dueDate() : null);
			row.add((clock != null) ? clock.status() : null);
			row.add((clock != null && clock.disclosure() != null) ? clock.disclosure().disclosedOn() : null);
			rows.add(row);
		}
		return SpreadsheetCsv.write(HEADER, rows);
	}

}
