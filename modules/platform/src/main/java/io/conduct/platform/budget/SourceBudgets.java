package io.conduct.platform.budget;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Budgets per source (a client address or a signed-in subject), counted in fixed windows
 * in this instance's memory only: each window has its own random key, and a source is
 * counted under a keyed hash (HMAC-SHA256) of it, so that neither the address nor
 * anything derived from it with a lasting key is kept. When a window ends, its key and
 * counts are dropped: nothing links a count to an address afterwards, even for someone
 * who reads the memory. Nothing of it is logged or stored. With several instances behind
 * a load balancer, a source gets at most the budget in each of them; the budgets shared
 * across instances ({@link SharedBudgets}) bound the whole.
 *
 * <p>
 * Budgets count real elapsed time, not the business clock: windows must roll over in
 * tests that pin the application's clock too.
 */
public class SourceBudgets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Clock clock;

	private final long windowMillis;

	private final int maxSources;

	private volatile Window current;

	/**
	 * @param clock real time
	 * @param window the length of a window, and of each key's life
	 * @param maxSources the most sources counted in a window; past it, new sources are
	 * not counted per source (a spread attack: the shared budgets still bound it), so
	 * that memory stays bounded
	 */
	public SourceBudgets(Clock clock, Duration window, int maxSources) {
		this.clock = clock;
		this.windowMillis = window.toMillis();
		this.maxSources = maxSources;
		this.current = new Window(-1);
	}

	/**
	 * Takes one from the source's budget of this name in the current window; false when
	 * the budget is spent.
	 */
	public boolean tryTake(String budget, RequestSource source, int limit) {
		Window window = window();
		String key = budget + '/' + window.pseudonym(source);
		AtomicInteger count = window.counts.get(key);
		if (count == null) {
			if (window.counts.size() >= this.maxSources) {
				return true;
			}
			count = window.counts.computeIfAbsent(key, (k) -> new AtomicInteger());
		}
		return count.incrementAndGet() <= limit;
	}

	/**
	 * Whether the source's budget of this name is spent in the current window, without
	 * taking from it: to refuse a source that failed too often before trying again.
	 */
	public boolean isSpent(String budget, RequestSource source, int limit) {
		Window window = window();
		AtomicInteger count = window.counts.get(budget + '/' + window.pseudonym(source));
		return count != null && count.get() >= limit;
	}

	/** How long until the current window ends and the budgets refill. */
	public Duration untilRefill() {
		long now = this.clock.millis();
		return Duration.ofMillis(this.windowMillis - (now % this.windowMillis));
	}

	/** How many sources the current window counts, for tests and metrics. */
	public int trackedSources() {
		return window().counts.size();
	}

	private Window window() {
		long index = this.clock.millis() / this.windowMillis;
		Window window = this.current;
		if (window.index != index) {
			synchronized (this) {
				window = this.current;
				if (window.index != index) {
					window = new Window(index);
					this.current = window;
				}
			}
		}
		return window;
	}

	/** One window: its key and its counts, dropped together when it ends. */
	private static final class Window {

		private final long index;

		private final SecretKeySpec key;

		private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

		Window(long index) {
			this.index = index;
			byte[] raw = new byte[32];
			RANDOM.nextBytes(raw);
			this.key = new SecretKeySpec(raw, "HmacSHA256");
		}

		String pseudonym(RequestSource source) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(this.key);
				byte[] digest = mac.doFinal(source.value().getBytes(UTF_8));
				return Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("HMAC-SHA256 is not available", ex);
			}
		}

	}

}
