package com.commercegraph.graphql.limits;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Gives graphql-java's validation errors (documents the schema refuses, literal arguments that are
 * not of their type) and SmallRye's refusals of variable values (a {@code first} past the 32-bit
 * range, which SmallRye reports as a "System error" coded {@code coercing-parse-literal}) the
 * gateway's own {@code extensions.code}, so clients sort every error by code alone.
 */
class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

  // A value a client supplied, not the shape of the document.
  private static final Set<ValidationErrorType> BAD_VALUES =
      Set.of(ValidationErrorType.WrongType, ValidationErrorType.NullValueForNonNullArgument);

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    if (result.getErrors().stream().allMatch(e -> codeOf(e) == null)) {
      return CompletableFuture.completedFuture(result);
    }
    List<GraphQLError> errors =
        result.getErrors().stream().map(ErrorCodeInstrumentation::withCode).toList();
    return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
  }

  private static GraphQLError withCode(GraphQLError error) {
    String code = codeOf(error);
    if (code == null) {
      return error;
    }
    if (error instanceof ExceptionWhileDataFetching fetching) {
      return GraphqlErrorBuilder.newError()
          .message("An argument value is not of its type: " + fetching.getException().getMessage())
          .locations(error.getLocations())
          .path(error.getPath())
          .errorType(ErrorType.ValidationError)
          .extensions(Map.of("code", code))
          .build();
    }
    Map<String, Object> extensions = new LinkedHashMap<>();
    if (error.getExtensions() != null) {
      extensions.putAll(error.getExtensions());
    }
    extensions.put("code", code);
    return GraphqlErrorBuilder.newError()
        .message(error.getMessage())
        .locations(error.getLocations())
        .path(error.getPath())
        .errorType(error.getErrorType())
        .extensions(extensions)
        .build();
  }

  /** The code to give, or null for an error that keeps its own. */
  private static String codeOf(GraphQLError error) {
    if (error instanceof ExceptionWhileDataFetching fetching) {
      Throwable cause = fetching.getException();
      return cause instanceof CoercingParseLiteralException
              || cause instanceof CoercingParseValueException
          ? "BAD_USER_INPUT"
          : null;
    }
    if (error.getErrorType() != ErrorType.ValidationError) {
      return null;
    }
    // Variable values graphql-java cannot coerce are not ValidationError instances: bad values too.
    return error instanceof ValidationError validation
            && !BAD_VALUES.contains(validation.getValidationErrorType())
        ? "GRAPHQL_VALIDATION_FAILED"
        : "BAD_USER_INPUT";
  }
}
