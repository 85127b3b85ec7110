package com.commercegraph.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.error.GraphQLExceptionWhileDataFetching;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import java.util.List;

/**
 * The answer a provider-spanning query could give, plus one error per provider that failed.
 * SmallRye GraphQL's own GraphQLException carries one error only; its data fetchers hand this
 * exception type the result builder instead, so the response gets the data and every error.
 */
public class PartialResultException extends AbstractDataFetcherException {

  private final transient Object data;
  private final transient List<ApiError> errors;

  public PartialResultException(Object data, List<ApiError> errors) {
    this.data = data;
    this.errors = List.copyOf(errors);
  }

  @Override
  public DataFetcherResult.Builder<Object> appendDataFetcherResult(
      DataFetcherResult.Builder<Object> builder, DataFetchingEnvironment dfe) {
    builder.data(data);
    for (ApiError error : errors) {
      builder.error(
          new GraphQLExceptionWhileDataFetching(
              dfe.getExecutionStepInfo().getPath(), error, dfe.getField().getSourceLocation()));
    }
    return builder;
  }
}
