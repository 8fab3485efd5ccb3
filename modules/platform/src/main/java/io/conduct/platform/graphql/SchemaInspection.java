package io.conduct.platform.graphql;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Keeps Spring for GraphQL's schema inspection of the served schema against the Java side
 * (fields no data fetcher or property serves, arguments nobody reads, nullness that
 * disagrees), logs it at startup, and lets a test fail when it finds anything.
 */
public class SchemaInspection implements GraphQlSourceBuilderCustomizer {

	private static final Logger logger = LoggerFactory.getLogger(SchemaInspection.class);

	private volatile SchemaReport report;

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.inspectSchemaMappings(this::record);
	}

	private void record(SchemaReport report) {
		this.report = report;
		List<String> problems = problems();
		if (problems.isEmpty()) {
			logger.info("GraphQL schema inspection: every field and argument is mapped");
		}
		else {
			logger.warn("GraphQL schema inspection found problems:\n\t{}", String.join("\n\t", problems));
		}
	}

	/** What the inspection found, one line per kind of problem; empty when clean. */
	public List<String> problems() {
		SchemaReport current = this.report;
		if (current == null) {
			return List.of("The schema was not inspected");
		}
		List<String> problems = new ArrayList<>();
		if (!current.unmappedFields().isEmpty()) {
			problems.add("Unmapped fields: " + current.unmappedFields());
		}
		if (!current.unmappedRegistrations().isEmpty()) {
			problems.add("Unmapped registrations: " + current.unmappedRegistrations().keySet());
		}
		if (!current.unmappedArguments().isEmpty()) {
			problems.add("Unmapped arguments: " + current.unmappedArguments());
		}
		if (!current.fieldNullnessErrors().isEmpty()) {
			problems.add("Field nullness errors: " + current.fieldNullnessErrors());
		}
		if (!current.argumentNullnessErrors().isEmpty()) {
			problems.add("Argument nullness errors: " + current.argumentNullnessErrors());
		}
		if (!current.skippedTypes().isEmpty()) {
			problems.add("Skipped types: " + current.skippedTypes());
		}
		return problems;
	}

}
