package io.conduct.disclosures;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.platform.records.IdPages;
import io.conduct.platform.records.RecordKind;
import io.conduct.platform.records.RetainedRecord;
import io.conduct.platform.records.RetainedRecords;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Disclosures under their retention schedules: a disclosure's period runs from its
 * withdrawal (closed) or its latest determination (decided); when one is due the
 * disclosure and everything in it (the discloser's words, the people and relatives named,
 * the determinations) is deleted, and only its kind, status and outcome stay, kept by the
 * retention engine.
 */
@Component
class DisclosureRetention implements RetainedRecords {

	private final MongoTemplate tenantData;

	DisclosureRetention(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.DISCLOSURE;
	}

	@Override
	public String nodeType() {
		return DisclosuresController.DISCLOSURE;
	}

	@Override
	public List<RetainedRecord> after(String afterId, int size) {
		return IdPages.after(this.tenantData, Disclosure.class, afterId, size)
			.stream()
			.map(DisclosureRetention::retained)
			.toList();
	}

	@Override
	public Optional<RetainedRecord> find(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, Disclosure.class)).map(DisclosureRetention::retained);
	}

	@Override
	public void delete(String id) {
		this.tenantData.remove(Query.query(Criteria.where("_id").is(id)), Disclosure.class);
	}

	private static RetainedRecord retained(Disclosure disclosure) {
		Determination latest = disclosure.latestDetermination();
		Instant closed = (disclosure.status() == DisclosureStatus.WITHDRAWN) ? disclosure.updatedAt() : null;
		Map<String, String> statistic = new java.util.TreeMap<>();
		statistic.put("kind", disclosure.kind().name());
		statistic.put("status", disclosure.status().name());
		if (disclosure.evaluation() != null && disclosure.evaluation().outcome() != null) {
			statistic.put("outcome", disclosure.evaluation().outcome().name());
		}
		if (latest != null) {
			statistic.put("decision", latest.decision().name());
		}
		return new RetainedRecord(disclosure.id(),
				disclosure.kind().name() + " of " + disclosure.submittedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
				disclosure.submittedAt(), closed, (latest != null) ? latest.determinedAt() : null, statistic);
	}

}
