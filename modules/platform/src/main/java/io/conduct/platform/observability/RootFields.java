package io.conduct.platform.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.ExecutionResult;

/**
 * The root fields an operation selects (through fragments too), with the key each one has
 * in the response (its alias, if any). Their names are bounded by the schema, unlike the
 * operation name a client chooses, so they can name an operation in metrics. Kept in the
 * request's {@link graphql.GraphQLContext} once execution begins.
 */
public final class RootFields extends SimplePerformantInstrumentation {

	/** Key of the root fields in the GraphQL context. */
	static final String CONTEXT_KEY = RootFields.class.getName();

	/** A root field and the key of its value in the response's data. */
	record RootField(String name, String responseKey) {
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		context.getGraphQLContext().put(CONTEXT_KEY, of(context));
		return SimpleInstrumentationContext.noOp();
	}

	static List<RootField> of(ExecutionContext context) {
		List<RootField> fields = new ArrayList<>();
		if (context != null && context.getOperationDefinition() != null) {
			collect(context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName(), fields, 0);
		}
		return List.copyOf(fields);
	}

	/**
	 * The tag naming the operation: its root field when it selects one, {@code multiple}
	 * when it selects several, {@code none} when it never ran (a document that did not
	 * parse or validate).
	 */
	static String operationTag(ExecutionContext context) {
		List<String> names = of(context).stream().map(RootField::name).distinct().toList();
		return switch (names.size()) {
			case 0 -> "none";
			case 1 -> names.get(0);
			default -> "multiple";
		};
	}

	private static void collect(SelectionSet selections, Map<String, FragmentDefinition> fragments,
			List<RootField> fields, int depth) {
		if (selections == null || depth > 10) {
			return;
		}
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field) {
				fields.add(new RootField(field.getName(),
						(field.getAlias() != null) ? field.getAlias() : field.getName()));
			}
			else if (selection instanceof InlineFragment inline) {
				collect(inline.getSelectionSet(), fragments, fields, depth + 1);
			}
			else if (selection instanceof FragmentSpread spread && fragments.get(spread.getName()) != null) {
				collect(fragments.get(spread.getName()).getSelectionSet(), fragments, fields, depth + 1);
			}
		}
	}

}
