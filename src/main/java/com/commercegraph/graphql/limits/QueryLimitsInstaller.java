package com.commercegraph.graphql.limits;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.parser.ParserOptions;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.execution.QueryCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Puts the query limits, the error codes, the answer's age and the reuse of whole answers into the
 * GraphQL engine as SmallRye GraphQL builds it (called by {@link EngineHooks}).
 *
 * <p>Setting the builder's instrumentation replaces SmallRye's own chain, which holds only its
 * parsed-document cache (the gateway leaves SmallRye's depth and complexity settings unset: the
 * {@link QueryLimits} do that job, with error codes), so the chain here includes a cache of its own
 * and installs it as the document provider too, keeping both halves of the cache together.
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
    QueryCache cache = new QueryCache();
    builder
        .instrumentation(
            new ChainedInstrumentation(
                List.of(
                    new ErrorCodeInstrumentation(),
                    new QueryLimitInstrumentation(limits, calls),
                    answerAge,
                    cache)))
        .preparsedDocumentProvider(cache)
        .queryExecutionStrategy(reusedAnswers);
  }
}
