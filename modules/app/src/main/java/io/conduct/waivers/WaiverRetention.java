package io.conduct.waivers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.conduct.platform.records.IdPages;
import io.conduct.platform.records.RecordKind;
import io.conduct.platform.records.RetainedRecord;
import io.conduct.platform.records.RetainedRecords;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The waiver register under its retention schedule: the Code keeps every request and its
 * disposition at least five years after the decision (a minimum no jurisdiction
 * shortens); then the request (the requester, the reasons, the notes) is deleted, and
 * only its number, route, section and disposition stay, kept by the retention engine. An
 * open request is never due.
 */
@Component
class WaiverRetention implements RetainedRecords {

	private final MongoTemplate tenantData;

	WaiverRetention(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.WAIVER;
	}

	@Override
	public String nodeType() {
		return WaiverRequest.TYPE;
	}

	@Override
	public List<RetainedRecord> after(String afterId, int size) {
		return IdPages.after(this.tenantData, WaiverRequest.class, afterId, size)
			.stream()
			.map(WaiverRetention::retained)
			.toList();
	}

	@Override
	public Optional<RetainedRecord> find(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, WaiverRequest.class)).map(WaiverRetention::retained);
	}

	@Override
	public void delete(String id) {
		this.tenantData.remove(Query.query(Criteria.where("_id").is(id)), WaiverRequest.class);
	}

	private static RetainedRecord retained(WaiverRequest request) {
		Map<String, String> statistic = new TreeMap<>();
		statistic.put("route", request.route().name());
		statistic.put("status", request.status().name());
		if (request.section() != null) {
			statistic.put("section", String.valueOf(request.section().index()));
		}
		return new RetainedRecord(request.id(), request.number(), request.requestedAt(),
				request.status().isOpen() ? null : request.decidedAt(),
				request.status().isOpen() ? null : request.decidedAt(), statistic);
	}

}
