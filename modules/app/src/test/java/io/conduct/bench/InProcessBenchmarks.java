package io.conduct.bench;

import java.io.PrintWriter;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs a benchmark written against the test infrastructure (the whole application on a
 * random port, the test MongoDB and issuer, the fixtures) by hand, from a main method:
 * its class is named {@code ...Benchmark}, so the build's tests never run it.
 */
public final class InProcessBenchmarks {

	private InProcessBenchmarks() {
	}

	/** Runs the benchmark class's methods once; exits non-zero if one failed. */
	public static void run(Class<?> benchmark) {
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(benchmark))
			.build();
		Launcher launcher = LauncherFactory.create();
		SummaryGeneratingListener summary = new SummaryGeneratingListener();
		launcher.execute(request, summary);
		summary.getSummary().printFailuresTo(new PrintWriter(System.err, true), 20);
		System.exit(summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
	}

}
