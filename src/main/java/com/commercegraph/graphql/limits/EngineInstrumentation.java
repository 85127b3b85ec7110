package com.commercegraph.graphql.limits;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The gateway's hooks into graphql-java as one instrumentation that hooks only whole operations.
 *
 * <p>Why not a {@code ChainedInstrumentation} of the parts? The chain asks each part for a context
 * of every field it fetches and completes, and SmallRye's document cache (a {@code
 * SimpleInstrumentation}) answers each with a context of its own: in bench/reads.sh that was about
 * a tenth of the gateway's CPU per answer, for hooks that only need the operation. Here no field is
 * instrumented at all.
 */
final class EngineInstrumentation extends SimplePerformantInstrumentation {

  private final QueryCache documents;
  private final QueryLimitInstrumentation limits;
  private final ErrorCodeInstrumentation errorCodes;
  private final AnswerAgeInstrumentation answerAge;

  EngineInstrumentation(
      QueryCache documents,
      QueryLimitInstrumentation limits,
      ErrorCodeInstrumentation errorCodes,
      AnswerAgeInstrumentation answerAge) {
    this.documents = documents;
    this.limits = limits;
    this.errorCodes = errorCodes;
    this.answerAge = answerAge;
  }

  /** The document cache keeps a document once it validated. */
  @Override
  public InstrumentationContext<List<ValidationError>> beginValidation(
      InstrumentationValidationParameters parameters, InstrumentationState state) {
    return documents.beginValidation(parameters, state);
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    return limits.beginExecuteOperation(parameters, state);
  }

  /** Error codes first, so the answer's age is added to an answer in its final shape. */
  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return errorCodes
        .instrumentExecutionResult(result, parameters, state)
        .thenCompose(coded -> answerAge.instrumentExecutionResult(coded, parameters, state));
  }
}
