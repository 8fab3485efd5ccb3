package io.conduct.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: pinned to {@link #START} when created, so that no
 * expectation depends on the day the tests run, and moved by a test to play days passing.
 * Time keeps flowing from the moment set (tokens and timeouts need it to). Tests that
 * move it put it back with {@link #reset()}.
 */
public class TestClock extends Clock {

	/**
	 * Where every test's clock starts: a Tuesday morning in Europe, in a year that is not
	 * a leap year, a month before the end of a quarter.
	 */
	public static final Instant START = Instant.parse("2026-09-01T07:30:00Z");

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.between(Instant.now(), START));

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

	/** Back to {@link #START}. */
	public void reset() {
		setTo(START);
	}

}
