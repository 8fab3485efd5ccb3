package io.conduct.platform.graphql;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import graphql.language.Node;

/**
 * Rejects documents with more aliases than allowed: aliases let one request repeat an
 * expensive field many times under other names.
 */
public class MaxAliasesInstrumentation extends SimplePerformantInstrumentation {

	private final int maxAliases;

	public MaxAliasesInstrumentation(int maxAliases) {
		this.maxAliases = maxAliases;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		int aliases = countAliases(parameters.getExecutionContext().getDocument());
		if (aliases > this.maxAliases) {
			throw new AbortExecutionException(
					"Query uses " + aliases + " aliases, more than the limit of " + this.maxAliases);
		}
		return SimpleInstrumentationContext.noOp();
	}

	static int countAliases(Node<?> root) {
		return DocumentFields.count(root, (field) -> field.getAlias() != null);
	}

}
