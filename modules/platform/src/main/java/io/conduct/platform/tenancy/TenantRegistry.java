package io.conduct.platform.tenancy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The tenants of the deployment, kept in the control database. Lookups by key and issuer
 * are answered from a snapshot that every write of this instance renews at once and a
 * periodic refresh renews for writes of other instances, so a tenant added or suspended
 * takes effect without a restart.
 */
public class TenantRegistry {

	private static final Logger logger = LoggerFactory.getLogger(TenantRegistry.class);

	private static final int MAX_GROUP_DEPTH = 16;

	private static final int MAX_GROUP_SIZE = 10_000;

	private final MongoOperations control;

	private final Clock clock;

	private volatile Snapshot snapshot = Snapshot.EMPTY;

	private final List<Consumer<Tenant>> activeListeners = new CopyOnWriteArrayList<>();

	public TenantRegistry(MongoOperations control, Clock clock) {
		this.control = control;
		this.clock = clock;
		this.control.indexOps(Tenant.class).createIndex(new Index("issuerUri", Sort.Direction.ASC).unique().sparse());
		this.control.indexOps(Tenant.class)
			.createIndex(new Index("publicIntakeKey", Sort.Direction.ASC).unique().sparse());
		this.control.indexOps(Tenant.class).createIndex(new Index("parentKey", Sort.Direction.ASC));
		refresh();
	}

	/** Calls the listener whenever a tenant is saved or set ACTIVE by this instance. */
	public void onActive(Consumer<Tenant> listener) {
		this.activeListeners.add(listener);
	}

	/** Re-reads all tenants; runs periodically to see other instances' writes. */
	@Scheduled(fixedDelayString = "${conduct.tenancy.refresh-interval:PT10S}")
	public void refresh() {
		this.snapshot = new Snapshot(this.control.findAll(Tenant.class));
	}

	/**
	 * Adds a tenant, or replaces the one with the same key.
	 */
	public Tenant save(Tenant tenant) {
		Tenant saved = this.control.save(tenant);
		logger.info("Tenant {} saved with status {}", saved.key(), saved.status());
		refresh();
		if (saved.isActive()) {
			this.activeListeners.forEach((listener) -> listener.accept(saved));
		}
		return saved;
	}

	public Tenant changeStatus(String key, TenantStatus status) {
		Tenant changed = this.control.findAndModify(Query.query(Criteria.where("_id").is(key)),
				Update.update("lifecycle.status", status).set("lifecycle.updatedAt", this.clock.instant()),
				Tenant.class);
		if (changed == null) {
			throw new IllegalArgumentException("No tenant " + key);
		}
		logger.info("Tenant {} is now {}", key, status);
		refresh();
		Tenant current = findByKey(key).orElseThrow();
		if (current.isActive()) {
			this.activeListeners.forEach((listener) -> listener.accept(current));
		}
		return current;
	}

	public Optional<Tenant> findByKey(String key) {
		return Optional.ofNullable(this.snapshot.byKey.get(key));
	}

	/**
	 * The active tenant whose realm issues tokens with this issuer, if any: the only
	 * issuers the resource server trusts.
	 */
	public Optional<Tenant> findActiveByIssuer(String issuer) {
		return Optional.ofNullable(this.snapshot.byIssuer.get(issuer)).filter(Tenant::isActive);
	}

	public Optional<Tenant> findActiveByPublicIntakeKey(String publicIntakeKey) {
		return this.snapshot.byKey.values()
			.stream()
			.filter(Tenant::isActive)
			.filter((tenant) -> publicIntakeKey.equals(tenant.publicIntakeKey()))
			.findFirst();
	}

	public List<Tenant> findAll() {
		return List.copyOf(this.snapshot.byKey.values());
	}

	public List<Tenant> findChildren(String parentKey) {
		return this.snapshot.byKey.values().stream().filter((t) -> parentKey.equals(t.parentKey())).toList();
	}

	/**
	 * The top company of a tenant's group: its furthest ancestor (the tenant itself when
	 * it has no parent). A parent that is not registered ends the climb.
	 */
	public Tenant topOf(Tenant tenant) {
		Tenant current = tenant;
		for (int depth = 0; current.parentKey() != null && depth < MAX_GROUP_DEPTH; depth++) {
			Optional<Tenant> parent = findByKey(current.parentKey());
			if (parent.isEmpty()) {
				break;
			}
			current = parent.get();
		}
		return current;
	}

	/**
	 * The active companies of a tenant's group: its top company first, then every
	 * subsidiary below it, level by level.
	 */
	public List<Tenant> groupOf(Tenant tenant) {
		return activeSubtree(topOf(tenant));
	}

	/**
	 * The tenant and its active descendants down the tree, level by level, siblings by
	 * key: the part of the group a tenant's Board oversees (never a tenant above it).
	 */
	public List<Tenant> activeSubtree(Tenant top) {
		List<Tenant> companies = new ArrayList<>();
		companies.add(top);
		for (int i = 0; i < companies.size() && i < MAX_GROUP_SIZE; i++) {
			companies.addAll(findChildren(companies.get(i).key()).stream()
				.sorted(java.util.Comparator.comparing(Tenant::key))
				.toList());
		}
		return companies.stream().filter(Tenant::isActive).toList();
	}

	private record Snapshot(Map<String, Tenant> byKey, Map<String, Tenant> byIssuer) {

		static final Snapshot EMPTY = new Snapshot(List.of());

		Snapshot(Collection<Tenant> tenants) {
			this(tenants.stream().collect(Collectors.toUnmodifiableMap(Tenant::key, Function.identity())),
					tenants.stream()
						.filter((t) -> t.issuerUri() != null)
						.collect(Collectors.toUnmodifiableMap(Tenant::issuerUri, Function.identity())));
		}

	}

}
