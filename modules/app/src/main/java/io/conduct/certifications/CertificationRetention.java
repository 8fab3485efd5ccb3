package io.conduct.certifications;

import java.time.Instant;
import java.time.ZoneOffset;
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
 * Certifications under their retention schedules: a certification is decided when it is
 * signed, or, with an exception, when its reviewer resolved it; when one is due it is
 * deleted (the signer, the printed name and signature, the exception's words), and only
 * the version, language and outcome stay, kept by the retention engine.
 */
@Component
class CertificationRetention implements RetainedRecords {

	private final MongoTemplate tenantData;

	CertificationRetention(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.CERTIFICATION;
	}

	@Override
	public String nodeType() {
		return CertificationIds.CERTIFICATION;
	}

	@Override
	public List<RetainedRecord> after(String afterId, int size) {
		return IdPages.after(this.tenantData, Certification.class, afterId, size)
			.stream()
			.map(CertificationRetention::retained)
			.toList();
	}

	@Override
	public Optional<RetainedRecord> find(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, Certification.class))
			.map(CertificationRetention::retained);
	}

	@Override
	public void delete(String id) {
		this.tenantData.remove(Query.query(Criteria.where("_id").is(id)), Certification.class);
	}

	private static RetainedRecord retained(Certification certification) {
		Instant decided = !certification.raisedException() ? certification.certifiedAt()
				: (certification.resolution() != null) ? certification.resolution().at() : null;
		Map<String, String> statistic = new TreeMap<>();
		statistic.put("versionNumber", Integer.toString(certification.versionNumber()));
		statistic.put("language", String.valueOf(certification.language()));
		statistic.put("status", certification.status().name());
		if (certification.resolution() != null) {
			statistic.put("resolution", certification.resolution().outcome().name());
		}
		return new RetainedRecord(certification.id(),
				"Certification of version " + certification.versionNumber() + " of "
						+ certification.certifiedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
				certification.certifiedAt(), decided, decided, statistic);
	}

}
