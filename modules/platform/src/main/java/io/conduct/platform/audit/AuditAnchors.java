package io.conduct.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.crypto.MasterKeySource;
import io.conduct.platform.crypto.MasterKeySource.KeySignature;
import io.conduct.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Signs the end of each chain now and then ({@code conduct.audit.anchor-interval}), with
 * a key derived from the master keys: what an anchor signed must stay in the chain, so
 * removing entries at its end is found ({@link AuditVerifier}). Each anchor is also
 * written to the log, a copy outside every database.
 */
public class AuditAnchors {

	private static final Logger logger = LoggerFactory.getLogger(AuditAnchors.class);

	private final MongoOperations tenantData;

	private final MongoOperations control;

	private final MasterKeySource masterKeys;

	private final Clock clock;

	public AuditAnchors(MongoOperations tenantData, MongoOperations control, MasterKeySource masterKeys, Clock clock) {
		this.tenantData = tenantData;
		this.control = control;
		this.masterKeys = masterKeys;
		this.clock = clock;
		control.indexOps(AuditAnchor.class)
			.createIndex(new Index().on("chain", Sort.Direction.ASC).on("seq", Sort.Direction.DESC));
	}

	/** Anchors the current tenant's chain, if it grew since its last anchor. */
	public Optional<AuditAnchor> anchorCurrentTenant() {
		return anchor(this.tenantData, AuditTrail.tenantChain(TenantContext.required().key()));
	}

	/** Anchors the platform's chain, if it grew since its last anchor. */
	public Optional<AuditAnchor> anchorPlatform() {
		return anchor(this.control, AuditTrail.PLATFORM_CHAIN);
	}

	private Optional<AuditAnchor> anchor(MongoOperations database, String chain) {
		AuditChain.End end = AuditChain.end(database, chain);
		if (end.seq() == 0) {
			return Optional.empty();
		}
		Optional<AuditAnchor> latest = latest(chain);
		if (latest.isPresent() && latest.get().seq() == end.seq() && latest.get().hash().equals(end.hash())) {
			return Optional.empty();
		}
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		KeySignature signature = this.masterKeys.sign(AuditAnchor.PURPOSE,
				AuditAnchor.message(chain, end.seq(), end.hash(), at));
		AuditAnchor anchor = new AuditAnchor(chain + '/' + end.seq(), chain, end.seq(), end.hash(), at,
				signature.masterKeyId(), signature.mac());
		this.control.save(anchor);
		logger.info("Audit anchor chain={} seq={} hash={} at={} key={} mac={}", chain, end.seq(), end.hash(), at,
				signature.masterKeyId(), signature.mac());
		return Optional.of(anchor);
	}

	/** The latest anchor of a chain. */
	Optional<AuditAnchor> latest(String chain) {
		return Optional.ofNullable(this.control.findOne(
				Query.query(Criteria.where("chain").is(chain)).with(Sort.by(Sort.Direction.DESC, "seq")).limit(1),
				AuditAnchor.class));
	}

	/** Every anchor of a chain, by place. */
	List<AuditAnchor> all(String chain) {
		return this.control.find(Query.query(Criteria.where("chain").is(chain)).with(Sort.by("seq")),
				AuditAnchor.class);
	}

	/** Whether the anchor's signature is one the master keys made. */
	boolean isGenuine(AuditAnchor anchor) {
		return this.masterKeys.verify(AuditAnchor.PURPOSE, new KeySignature(anchor.masterKeyId(), anchor.mac()),
				AuditAnchor.message(anchor.chain(), anchor.seq(), anchor.hash(), anchor.at()));
	}

}
