package io.conduct.oversight;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parent's reads go to each subsidiary where its data lives: each data region on its
 * own pool, so the regions are read in parallel and one waiting region does not hold up
 * another.
 */
class GroupReadsTests {

	// one thread a region: with a single shared pool the waiting read would hold the
	// only thread and the other region's read could never run
	private final GroupReads reads = new GroupReads(1, 5);

	@AfterEach
	void stop() {
		this.reads.stop();
	}

	@Test
	void eachRegionIsReadOnItsOwnPoolInParallelAndTheResultsKeepTheTenantsOrder() {
		Tenant berlin = tenant("acme-de", "eu");
		Tenant paris = tenant("acme-fr", "eu");
		Tenant tokyo = tenant("acme-jp", "jp");
		CountDownLatch tokyoRead = new CountDownLatch(1);

		Map<Tenant, String> read = this.reads.inEach(List.of(berlin, paris, tokyo), (tenant) -> {
			if (tenant == berlin) {
				// Europe waits until Japan has been read: possible only if Japan has
				// threads of its own
				await(tokyoRead);
			}
			if (tenant == tokyo) {
				tokyoRead.countDown();
			}
			return TenantContext.required().key() + " on " + Thread.currentThread().getName();
		});

		assertThat(read.keySet()).containsExactly(berlin, paris, tokyo);
		assertThat(read.get(berlin)).isEqualTo("acme-de on oversight-read-eu");
		assertThat(read.get(paris)).isEqualTo("acme-fr on oversight-read-eu");
		assertThat(read.get(tokyo)).isEqualTo("acme-jp on oversight-read-jp");
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other region was read meanwhile").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Tenant tenant(String key, String region) {
		return new Tenant(key, new Tenant.Profile(key, "acme", "DE", List.of("EU")),
				new Tenant.Regional("en", "UTC", "EUR", region), null, null, null);
	}

}
