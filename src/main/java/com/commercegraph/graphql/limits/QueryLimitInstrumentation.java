package com.commercegraph.graphql.limits;

import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Checks the operation against the {@link QueryLimits} after validation and before the first field
 * is fetched, so a refused document never reaches a provider.
 */
class QueryLimitInstrumentation extends SimplePerformantInstrumentation {

  private final QueryLimits limits;

  QueryLimitInstrumentation(QueryLimits limits) {
    this.limits = limits;
  }

  @Override
  public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext context = parameters.getExecutionContext();
    QueryShapeCheck.check(
        context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName(), limits);
    return super.beginExecuteOperation(parameters, state);
  }
}
