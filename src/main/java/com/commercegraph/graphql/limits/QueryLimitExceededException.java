package com.commercegraph.graphql.limits;

import graphql.execution.AbortExecutionException;
import java.util.Map;

/**
 * A document over one of the {@link QueryLimits}: graphql-java turns it into the only error of a
 * response without data, before any field is fetched.
 */
class QueryLimitExceededException extends AbortExecutionException {

  private final String code;

  QueryLimitExceededException(String code, String message) {
    super(message);
    this.code = code;
  }

  @Override
  public Map<String, Object> getExtensions() {
    return Map.of("code", code);
  }
}
