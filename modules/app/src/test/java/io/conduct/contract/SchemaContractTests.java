package io.conduct.contract;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.conduct.platform.graphql.UserErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL contract that generated clients rely on, checked on the schema files as
 * front ends read them (GitHub's and Shopify's conventions): every mutation takes its own
 * input and returns its own payload with typed user errors; every object with an identity
 * is a {@code Node}; lists that grow are connections with the same paging arguments; the
 * scalars are used in inputs too; everything is documented.
 */
class SchemaContractTests {

	private static TypeDefinitionRegistry schema;

	private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

	@BeforeAll
	static void readTheSchemaFiles() throws IOException {
		schema = new TypeDefinitionRegistry();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls");
		assertThat(files).isNotEmpty();
		for (Resource file : files) {
			try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				schema.merge(new SchemaParser().parse(reader));
			}
		}
	}

	@Test
	void everyMutationTakesOneInputNamedAfterItAndReturnsItsOwnPayloadWithUserErrors() {
		List<String> problems = new ArrayList<>();
		Map<String, String> inputOwners = new HashMap<>();
		Map<String, String> payloadOwners = new HashMap<>();
		for (FieldDefinition mutation : fieldsOf("Mutation")) {
			String name = mutation.getName();
			String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
			List<InputValueDefinition> arguments = mutation.getInputValueDefinitions();
			if (arguments.size() != 1 || !arguments.get(0).getName().equals("input")) {
				problems.add(name + ": takes " + arguments.stream().map(InputValueDefinition::getName).toList()
						+ ", not one argument named input");
			}
			else if (!render(arguments.get(0).getType()).equals(capitalized + "Input!")) {
				problems
					.add(name + ": input is " + render(arguments.get(0).getType()) + ", not " + capitalized + "Input!");
			}
			else {
				inputOwners.merge(capitalized + "Input", name, (a, b) -> a + "," + b);
			}
			String payload = render(mutation.getType());
			if (!payload.equals(capitalized + "Payload!")) {
				problems.add(name + ": returns " + payload + ", not " + capitalized + "Payload!");
				continue;
			}
			payloadOwners.merge(capitalized + "Payload", name, (a, b) -> a + "," + b);
			FieldDefinition userErrors = fieldsOf(capitalized + "Payload").stream()
				.filter((f) -> f.getName().equals("userErrors"))
				.findFirst()
				.orElse(null);
			if (userErrors == null || !render(userErrors.getType()).equals("[UserError!]!")) {
				problems.add(capitalized + "Payload: no userErrors: [UserError!]!");
			}
		}
		inputOwners.forEach((type, owners) -> {
			if (owners.contains(",")) {
				problems.add(type + " is shared by " + owners);
			}
		});
		assertThat(problems).as("mutations that break the contract").isEmpty();
	}

	@Test
	void userErrorCodesAreOneEnumEqualToTheJavaOne() {
		FieldDefinition code = fieldsOf("UserError").stream()
			.filter((f) -> f.getName().equals("code"))
			.findFirst()
			.orElseThrow();
		assertThat(render(code.getType())).isEqualTo("UserErrorCode!");
		EnumTypeDefinition codes = schema.getType("UserErrorCode", EnumTypeDefinition.class).orElseThrow();
		assertThat(codes.getEnumValueDefinitions().stream().map((v) -> v.getName()).collect(Collectors.toSet()))
			.isEqualTo(Arrays.stream(UserErrorCode.values()).map(Enum::name).collect(Collectors.toSet()));
	}

	@Test
	void everyObjectWithAnIdIsANode() {
		List<String> notNodes = objectTypes().stream()
			.filter((type) -> type.getFieldDefinitions()
				.stream()
				.anyMatch((f) -> f.getName().equals("id") && render(f.getType()).equals("ID!")))
			.filter((type) -> type.getImplements().stream().noneMatch((i) -> render(i).equals("Node")))
			.map(ObjectTypeDefinition::getName)
			.toList();
		assertThat(notNodes).as("types with an id that are not a Node").isEmpty();
	}

	@Test
	void listsOfNodesServedFromTheRootAreConnectionsWithTheSamePagingArguments() {
		List<String> problems = new ArrayList<>();
		Set<String> nodes = nodeTypes();
		for (String root : List.of("Query", "Viewer")) {
			for (FieldDefinition field : fieldsOf(root)) {
				String type = render(field.getType());
				String element = type.replaceAll("[\\[\\]!]", "");
				if (type.startsWith("[") && nodes.contains(element)) {
					problems.add(root + "." + field.getName() + " is a list of " + element + ", not a connection");
				}
			}
		}
		for (ObjectTypeDefinition type : objectTypes()) {
			for (FieldDefinition field : type.getFieldDefinitions()) {
				boolean connection = render(field.getType()).replace("!", "").endsWith("Connection");
				Map<String, String> args = field.getInputValueDefinitions()
					.stream()
					.collect(Collectors.toMap(InputValueDefinition::getName, (a) -> render(a.getType())));
				if (connection && (!"Int".equals(args.get("first")) || !"String".equals(args.get("after")))) {
					problems.add(type.getName() + "." + field.getName() + " pages without first: Int, after: String");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theScalarsAreUsedInInputsToo() {
		Map<String, String> expected = Map.of("language", "Locale", "locale", "Locale", "defaultLocale", "Locale",
				"country", "CountryCode", "currency", "Currency");
		List<String> problems = new ArrayList<>();
		Consumer<InputValueDefinition> check = (value) -> {
			String wanted = expected.get(value.getName());
			String actual = render(value.getType()).replaceAll("[\\[\\]!]", "");
			if (wanted != null && !wanted.equals(actual)) {
				problems.add(value.getName() + " is " + actual + ", not " + wanted);
			}
			if (value.getName().endsWith("Date") && !actual.equals("Date")) {
				problems.add(value.getName() + " is " + actual + ", not Date");
			}
			if (value.getName().endsWith("At") && !actual.equals("DateTime")) {
				problems.add(value.getName() + " is " + actual + ", not DateTime");
			}
		};
		inputTypes().forEach((type) -> type.getInputValueDefinitions().forEach(check));
		objectTypes().forEach((type) -> type.getFieldDefinitions()
			.forEach((field) -> field.getInputValueDefinitions().forEach(check)));
		assertThat(problems).isEmpty();
	}

	@Test
	void everyTypeFieldArgumentAndEnumValueIsDocumented() {
		Set<String> undocumented = new TreeSet<>();
		for (TypeDefinition<?> type : schema.types().values()) {
			if (type instanceof graphql.language.AbstractDescribedNode<?> described
					&& !documented(described.getDescription())) {
				undocumented.add(type.getName());
			}
			if (type instanceof ObjectTypeDefinition object) {
				fieldsOf(object.getName()).forEach((field) -> checkField(object.getName(), field, undocumented));
			}
			if (type instanceof InterfaceTypeDefinition iface) {
				iface.getFieldDefinitions().forEach((field) -> checkField(iface.getName(), field, undocumented));
			}
			if (type instanceof InputObjectTypeDefinition input) {
				input.getInputValueDefinitions()
					.stream()
					.filter((v) -> !documented(v.getDescription()))
					.forEach((v) -> undocumented.add(input.getName() + "." + v.getName()));
			}
			if (type instanceof EnumTypeDefinition enumType) {
				enumType.getEnumValueDefinitions()
					.stream()
					.filter((v) -> !documented(v.getDescription()))
					.forEach((v) -> undocumented.add(enumType.getName() + "." + v.getName()));
			}
		}
		schema.scalars()
			.values()
			.stream()
			.filter((s) -> !BUILT_IN_SCALARS.contains(s.getName()))
			.map(ScalarTypeDefinition::getName)
			.filter((name) -> !documented(schema.scalars().get(name).getDescription()))
			.forEach(undocumented::add);
		assertThat(undocumented).isEmpty();
	}

	private static void checkField(String owner, FieldDefinition field, Set<String> undocumented) {
		if (!documented(field.getDescription())) {
			undocumented.add(owner + "." + field.getName());
		}
		field.getInputValueDefinitions()
			.stream()
			.filter((a) -> !documented(a.getDescription()))
			.forEach((a) -> undocumented.add(owner + "." + field.getName() + "(" + a.getName() + ")"));
	}

	private static boolean documented(Description description) {
		return description != null && !description.getContent().isBlank();
	}

	private static Set<String> nodeTypes() {
		return objectTypes().stream()
			.filter((type) -> type.getImplements().stream().anyMatch((i) -> render(i).equals("Node")))
			.map(ObjectTypeDefinition::getName)
			.collect(Collectors.toSet());
	}

	private static List<ObjectTypeDefinition> objectTypes() {
		return schema.getTypes(ObjectTypeDefinition.class)
			.stream()
			.filter((t) -> !(t instanceof ObjectTypeExtensionDefinition))
			.toList();
	}

	private static List<InputObjectTypeDefinition> inputTypes() {
		return schema.getTypes(InputObjectTypeDefinition.class);
	}

	/** The fields of an object type with those of its extensions. */
	private static List<FieldDefinition> fieldsOf(String typeName) {
		List<FieldDefinition> fields = new ArrayList<>();
		schema.getType(typeName, ObjectTypeDefinition.class).ifPresent((t) -> fields.addAll(t.getFieldDefinitions()));
		schema.objectTypeExtensions()
			.getOrDefault(typeName, List.of())
			.forEach((e) -> fields.addAll(e.getFieldDefinitions()));
		return fields;
	}

	@SuppressWarnings("rawtypes")
	static String render(Type type) {
		if (type instanceof NonNullType nonNull) {
			return render(nonNull.getType()) + "!";
		}
		if (type instanceof ListType list) {
			return "[" + render(list.getType()) + "]";
		}
		return ((TypeName) type).getName();
	}

}
