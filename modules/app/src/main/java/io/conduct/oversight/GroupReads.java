package io.conduct.oversight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * context (so in its own database, on its region's cluster), in parallel on a small
 * bounded pool, with the caller's identity (so each tenant's rules and audit see who
 * asks).
 */
@Component
class GroupReads {

	private final ExecutorService pool;

	private final long timeoutSeconds;

	GroupReads(@Value("${conduct.oversight.parallel-reads:4}") int threads,
			@Value("${conduct.oversight.read-timeout-seconds:30}") long timeoutSeconds) {
		this.pool = Executors.newFixedThreadPool(Math.max(1, threads), (task) -> {
			Thread thread = new Thread(task, "oversight-read");
			thread.setDaemon(true);
			return thread;
		});
		this.timeoutSeconds = timeoutSeconds;
	}

	/** The result of the read in each tenant, in the tenants' order. */
	<T> Map<Tenant, T> inEach(List<Tenant> tenants, Function<Tenant, T> read) {
		if (tenants.size() == 1) {
			Tenant only = tenants.get(0);
			return Map.of(only, TenantContext.callAs(only, () -> read.apply(only)));
		}
		// captures the caller's security context now, for every task
		ExecutorService withCaller = new DelegatingSecurityContextExecutorService(this.pool);
		List<Future<T>> futures = new ArrayList<>();
		for (Tenant tenant : tenants) {
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

	@PreDestroy
	void stop() {
		this.pool.shutdownNow();
	}

}
