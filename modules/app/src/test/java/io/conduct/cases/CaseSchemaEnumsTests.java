package io.conduct.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closed sets cases serve are the same on both sides: each GraphQL enum of
 * {@code cases.graphqls} has exactly the values of its Java enum (a value missing in the
 * schema would fail a response, one missing in Java would never be served), and every
 * routing rule name clients know names a rule of {@code cases/routing-rules.json}.
 */
class CaseSchemaEnumsTests {

	private static final Map<String, Class<? extends Enum<?>>> ENUMS = new LinkedHashMap<>();

	static {
		ENUMS.put("ReportCategory", ReportCategory.class);
		ENUMS.put("Recipient", Recipient.class);
		ENUMS.put("ReporterMode", ReporterMode.class);
		ENUMS.put("ReportChannel", Channel.class);
		ENUMS.put("CaseStatus", CaseStatus.class);
		ENUMS.put("MessageAuthor", Message.Author.class);
		ENUMS.put("CaseEventType", CaseEventType.class);
		ENUMS.put("RoutingRuleName", RoutingRuleName.class);
		ENUMS.put("MeritReviewStatus", MeritReview.Status.class);
		ENUMS.put("AuditCommitteeDisposition", AuditCommitteeDisposition.class);
		ENUMS.put("InvestigationKind", Investigation.Kind.class);
		ENUMS.put("InvestigationEntryType", InvestigationRecord.Entry.Type.class);
		ENUMS.put("AllegationKind", Allegation.Kind.class);
		ENUMS.put("Finding", Allegation.Finding.class);
		ENUMS.put("MeasureKind", MeasureKind.class);
		ENUMS.put("MeasureStatus", MeasureStatus.class);
		ENUMS.put("InvolvementOrigin", Report.Involved.Origin.class);
		ENUMS.put("KnowinglyFalseStatus", ReporterRecord.KnowinglyFalseFinding.Status.class);
		ENUMS.put("DeadlineUnit", DeadlineUnit.class);
	}

	@Test
	void everyEnumOfTheCasesSchemaHasTheValuesOfItsJavaEnum() throws IOException {
		TypeDefinitionRegistry schema;
		try (var reader = new InputStreamReader(new ClassPathResource("graphql/cases.graphqls").getInputStream(),
				StandardCharsets.UTF_8)) {
			schema = new SchemaParser().parse(reader);
		}
		Set<String> schemaEnums = schema.getTypes(EnumTypeDefinition.class)
			.stream()
			.map(EnumTypeDefinition::getName)
			.collect(Collectors.toSet());

		assertThat(ENUMS.keySet()).containsExactlyInAnyOrderElementsOf(schemaEnums);
		ENUMS.forEach((name,
				java) -> assertThat(schema.getType(name, EnumTypeDefinition.class)
					.orElseThrow()
					.getEnumValueDefinitions()
					.stream()
					.map(EnumValueDefinition::getName)
					.toList()).as(name).containsExactlyInAnyOrderElementsOf(names(java)));
	}

	@Test
	void everyRoutingRuleNameNamesARuleOfTheRulesFile() throws IOException {
		try (InputStream json = new ClassPathResource("cases/routing-rules.json").getInputStream()) {
			assertThat(CaseRouter.read(json).stream().map(RoutingRule::id))
				.containsExactlyInAnyOrder(RoutingRuleName.values());
		}
	}

	private static Set<String> names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
	}

}
