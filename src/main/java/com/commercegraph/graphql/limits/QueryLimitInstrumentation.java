package com.commercegraph.graphql.limits;

import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Checks the operation against the {@link QueryLimits} after validation and before the first field
 * is fetched, its shape and the provider calls it may make, so a refused document never reaches a
 * provider.
 */
class QueryLimitInstrumentation extends SimplePerformantInstrumentation {

  private final QueryLimits limits;
  private final ProviderCallEstimate calls;

  QueryLimitInstrumentation(QueryLimits limits, ProviderCallEstimate calls) {
    this.limits = limits;
    this.calls = calls;
  }

  @Override
  public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext context = parameters.getExecutionContext();
    QueryShapeCheck.check(
        context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName(), limits);
    int estimate =
        calls.of(
            context.getOperationDefinition(),
            context.getFragmentsByName(),
            context.getCoercedVariables().toMap());
    if (estimate > limits.maxProviderCalls()) {
      throw new QueryLimitExceededException(
          "QUERY_TOO_COSTLY",
          "The query needs up to "
              + estimate
              + " provider calls; the limit is "
              + limits.maxProviderCalls()
              + ". Ask for fewer lists, summaries or aliases at once.");
    }
    return super.beginExecuteOperation(parameters, state);
  }
}
