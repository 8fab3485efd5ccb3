package io.conduct.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.ConductApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the embedded run's start goes. Not a test: it starts the product as the README's
 * first command does (the local profile with its demo group) in a data directory (a fresh
 * one, when the demo group is seeded, unless one is given: then on the data it holds),
 * and prints the time to ready and the startup steps that took longest by their own time
 * (a step's duration less its children's). Run it once per JVM: a second start in the
 * same JVM would find its classes loaded and compiled.
 *
 * <p>
 * Arguments (all optional): how many steps to print (25), the data directory.
 */
public final class StartupProfile {

	private StartupProfile() {
	}

	public static void main(String[] args) throws Exception {
		int top = (args.length > 0) ? Integer.parseInt(args[0]) : 25;
		Path data = (args.length > 1) ? Path.of(args[1]) : Files.createTempDirectory("conduct-startup");
		String run = Files.exists(data.resolve("mongo.mv")) ? "existing data" : "fresh data";
		{
			SpringApplication application = new SpringApplication(ConductApplication.class);
			BufferingApplicationStartup steps = new BufferingApplicationStartup(100_000);
			application.setApplicationStartup(steps);
			long startedAt = System.nanoTime();
			ConfigurableApplicationContext app = application.run("--spring.profiles.active=local", "--server.port=0",
					"--conduct.local.data-dir=" + data, "--logging.level.root=WARN");
			double ready = (System.nanoTime() - startedAt) / 1e9;
			app.close();
			List<StartupTimeline.TimelineEvent> events = steps.getBufferedTimeline().getEvents();
			Map<Long, Duration> children = new HashMap<>();
			for (StartupTimeline.TimelineEvent event : events) {
				Long parent = event.getStartupStep().getParentId();
				if (parent != null) {
					children.merge(parent, event.getDuration(), Duration::plus);
				}
			}
			System.out.printf("%n%s: ready in %.1f s; own time of the slowest steps:%n", run, ready);
			events.stream()
				.sorted(Comparator.comparing((StartupTimeline.TimelineEvent event) -> own(event, children)).reversed())
				.limit(top)
				.forEach((event) -> System.out.printf("  %6d ms own, %6d ms total  %s %s%n",
						own(event, children).toMillis(), event.getDuration().toMillis(),
						event.getStartupStep().getName(), tags(event)));
		}
	}

	private static Duration own(StartupTimeline.TimelineEvent event, Map<Long, Duration> children) {
		return event.getDuration().minus(children.getOrDefault(event.getStartupStep().getId(), Duration.ZERO));
	}

	private static String tags(StartupTimeline.TimelineEvent event) {
		StringBuilder tags = new StringBuilder();
		event.getStartupStep()
			.getTags()
			.forEach((tag) -> tags.append(tag.getKey()).append('=').append(tag.getValue()).append(' '));
		return tags.toString().trim();
	}

}
