package io.conduct.platform.budget;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Budgets per source: each source spends its own, budgets of different names are counted
 * apart, a new window starts afresh (with a new key), an IPv6 client is counted by its
 * /64 network, and memory stays bounded however many sources come.
 */
class SourceBudgetsTests {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-09-01T07:30:00Z"));

	private final Clock clock = new Clock() {

		@Override
		public Instant instant() {
			return SourceBudgetsTests.this.now.get();
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	};

	private final SourceBudgets budgets = new SourceBudgets(this.clock, Duration.ofMinutes(10), 1_000);

	@Test
	void eachSourceSpendsItsOwnBudgetAndBudgetsAreCountedApart() throws Exception {
		RequestSource abuser = RequestSource.ofAddress(InetAddress.getByName("203.0.113.9"));
		RequestSource honest = RequestSource.ofAddress(InetAddress.getByName("198.51.100.7"));

		for (int i = 0; i < 3; i++) {
			assertThat(this.budgets.tryTake("submissions", abuser, 3)).isTrue();
		}
		assertThat(this.budgets.tryTake("submissions", abuser, 3)).isFalse();
		assertThat(this.budgets.tryTake("submissions", honest, 3)).isTrue();
		assertThat(this.budgets.tryTake("follow-ups", abuser, 3)).isTrue();
	}

	@Test
	void aNewWindowStartsAfresh() throws Exception {
		RequestSource source = RequestSource.ofAddress(InetAddress.getByName("203.0.113.9"));
		assertThat(this.budgets.tryTake("submissions", source, 1)).isTrue();
		assertThat(this.budgets.tryTake("submissions", source, 1)).isFalse();
		this.now.set(this.now.get().plus(Duration.ofMinutes(3)));
		assertThat(this.budgets.untilRefill()).isEqualTo(Duration.ofMinutes(7));

		this.now.set(this.now.get().plus(Duration.ofMinutes(7)));

		assertThat(this.budgets.tryTake("submissions", source, 1)).isTrue();
		assertThat(this.budgets.trackedSources()).isEqualTo(1);
	}

	@Test
	void anIpv6ClientIsCountedByItsNetwork() throws Exception {
		RequestSource one = RequestSource.ofAddress(InetAddress.getByName("2001:db8:1:2::1"));
		RequestSource sameNetwork = RequestSource.ofAddress(InetAddress.getByName("2001:db8:1:2:ffff::9"));
		RequestSource mapped = RequestSource.ofAddress(InetAddress.getByName("::ffff:203.0.113.9"));

		assertThat(one).isEqualTo(sameNetwork);
		assertThat(mapped).isEqualTo(RequestSource.ofAddress(InetAddress.getByName("203.0.113.9")));
		assertThat(one.toString()).doesNotContain("2001").doesNotContain("db8");
	}

	@Test
	void pastTheMostSourcesNewOnesAreNotCountedAndMemoryStaysBounded() throws Exception {
		SourceBudgets small = new SourceBudgets(this.clock, Duration.ofMinutes(10), 2);
		small.tryTake("b", RequestSource.ofSubject("t", "a"), 1);
		small.tryTake("b", RequestSource.ofSubject("t", "b"), 1);

		for (int i = 0; i < 5; i++) {
			assertThat(small.tryTake("b", RequestSource.ofSubject("t", "c"), 1)).isTrue();
		}
		assertThat(small.trackedSources()).isEqualTo(2);
		assertThat(small.tryTake("b", RequestSource.ofSubject("t", "a"), 1)).isFalse();
	}

}
