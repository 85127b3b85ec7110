package com.commercegraph.graphql.limits;

import graphql.GraphQL;
import graphql.parser.ParserOptions;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.execution.QueryCache;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Puts the query limits, the error codes, the answer's age and the reuse of whole answers into the
 * GraphQL engine as SmallRye GraphQL builds it (called by {@link EngineHooks}).
 *
 * <p>Setting the builder's instrumentation replaces SmallRye's own chain, which holds only its
 * parsed-document cache (the gateway leaves SmallRye's depth and complexity settings unset: the
 * {@link QueryLimits} do that job, with error codes). {@link EngineInstrumentation} keeps that very
 * cache filling: SmallRye reads it again when it prepares each request's context, so with a cache
 * of our own every document would be parsed twice per request.
 */
// Looked up by EngineHooks, which CDI does not see: kept although nothing injects it.
@Unremovable
@ApplicationScoped
class QueryLimitsInstaller {

  private final QueryLimits limits;
  private final ProviderCallEstimate calls;
  private final AnswerAgeInstrumentation answerAge;
  private final ReusedAnswers reusedAnswers;

  QueryLimitsInstaller(
      QueryLimits limits,
      ProviderCallEstimate calls,
      AnswerAgeInstrumentation answerAge,
      ReusedAnswers reusedAnswers) {
    this.limits = limits;
    this.calls = calls;
    this.answerAge = answerAge;
    this.reusedAnswers = reusedAnswers;
  }

  void install(GraphQL.Builder builder) {
    // graphql-java parses operations with these options; SmallRye's parser settings only reach
    // the general defaults, which operations do not read.
    ParserOptions.setDefaultOperationParserOptions(
        ParserOptions.getDefaultOperationParserOptions()
            .transform(options -> options.maxTokens(limits.maxTokens())));
    // The engine SmallRye configured so far is the only public way to its document cache.
    QueryCache documents = (QueryCache) builder.build().getPreparsedDocumentProvider();
    builder
        .instrumentation(
            new EngineInstrumentation(
                documents,
                new QueryLimitInstrumentation(limits, calls),
                new ErrorCodeInstrumentation(),
                answerAge))
        .queryExecutionStrategy(reusedAnswers);
  }
}
