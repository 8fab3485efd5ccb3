package io.conduct.oversight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.conduct.platform.errors.ConductException;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * Reads every tenant of a part of the group where its data lives: each in its own tenant
 * context (so in its own database, on its region's cluster), with the caller's identity
 * (so each tenant's rules and audit see who asks). Each data region has its own small
 * bounded pool: the regions are read in parallel, and a slow or distant region never
 * holds up the reads of another.
 */
@Component
class GroupReads {

	private final Map<String, ExecutorService> pools = new ConcurrentHashMap<>();

	private final int threadsPerRegion;

	private final long timeoutSeconds;

	GroupReads(@Value("${conduct.oversight.parallel-reads:4}") int threadsPerRegion,
			@Value("${conduct.oversight.read-timeout-seconds:30}") long timeoutSeconds) {
		this.threadsPerRegion = Math.max(1, threadsPerRegion);
		this.timeoutSeconds = timeoutSeconds;
	}

	/** The result of the read in each tenant, in the tenants' order. */
	<T> Map<Tenant, T> inEach(List<Tenant> tenants, Function<Tenant, T> read) {
		if (tenants.size() == 1) {
			Tenant only = tenants.get(0);
			return Map.of(only, TenantContext.callAs(only, () -> read.apply(only)));
		}
		List<Future<T>> futures = new ArrayList<>();
		for (Tenant tenant : tenants) {
			// captures the caller's security context now, for the task
			ExecutorService withCaller = new DelegatingSecurityContextExecutorService(poolOf(tenant));
			futures.add(withCaller.submit(() -> TenantContext.callAs(tenant, () -> read.apply(tenant))));
		}
		Map<Tenant, T> results = new LinkedHashMap<>();
		try {
			for (int i = 0; i < tenants.size(); i++) {
				results.put(tenants.get(i), futures.get(i).get(this.timeoutSeconds, TimeUnit.SECONDS));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the group", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			futures.forEach((f) -> f.cancel(true));
			throw new ConductException(io.conduct.platform.errors.ErrorCode.UNAVAILABLE,
					"A tenant of the group did not answer in time");
		}
		return results;
	}

	private ExecutorService poolOf(Tenant tenant) {
		String region = (tenant.dataRegion() != null) ? tenant.dataRegion() : "default";
		return this.pools.computeIfAbsent(region,
				(name) -> Executors.newFixedThreadPool(this.threadsPerRegion, (task) -> {
					Thread thread = new Thread(task, "oversight-read-" + name);
					thread.setDaemon(true);
					return thread;
				}));
	}

	@PreDestroy
	void stop() {
		this.pools.values().forEach(ExecutorService::shutdownNow);
	}

}
