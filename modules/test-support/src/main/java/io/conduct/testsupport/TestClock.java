package io.conduct.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: the system's time, moved by an offset a test can set
 * to play days passing. Time keeps flowing from the moment set. Tests that move it put it
 * back with {@link #reset()}.
 */
public class TestClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		TestClock self = this;
		return new Clock() {

			@Override
			public Instant instant() {
				return self.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}

		};
	}

	/** From now on, the clock reads the given moment (and runs on from there). */
	public void setTo(Instant moment) {
		this.offset.set(Duration.between(Instant.now(), moment));
	}

	public void advance(Duration duration) {
		this.offset.updateAndGet((current) -> current.plus(duration));
	}

	public void reset() {
		this.offset.set(Duration.ZERO);
	}

}
