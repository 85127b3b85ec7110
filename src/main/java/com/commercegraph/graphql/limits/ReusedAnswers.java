package com.commercegraph.graphql.limits;

import com.commercegraph.cache.AnswerFreshness;
import com.commercegraph.cache.ReadVersions;
import graphql.ExecutionResult;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.language.Field;
import graphql.language.Selection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * Serves a whole answer again, without running its fields, while all the provider data it used is
 * still kept: the same query, variables and caller roles, no errors, only lists, single orders and
 * summaries read through the list caches (never anything kept elsewhere or not kept at all), no
 * write or invalidation anywhere since, and not past the first expiry of that data. Many viewers of
 * one dashboard then cost the gateway what they cost the providers: one answer per question. A
 * client that sends {@code Cache-Control: no-cache} is answered afresh. The answer's age is that of
 * its data, as for any other answer.
 *
 * <p>Runs queries as graphql-java's default strategy does, with SmallRye GraphQL's own exception
 * handler (which SmallRye sets as the default one).
 */
@Singleton
class ReusedAnswers extends AsyncExecutionStrategy {

  /** The Quarkus cache's name, configured in application.properties. */
  static final String NAME = "answers";

  /** Root fields whose provider data is all read through the list caches or the summaries. */
  private static final Set<String> REUSABLE =
      Set.of("orders", "order", "orderByProviderId", "products", "stockLevels", "orderSummary");

  private final CaffeineCache answers;
  private final ReadVersions versions;
  private final Counter reused;

  ReusedAnswers(@CacheName(NAME) Cache answers, ReadVersions versions, MeterRegistry metrics) {
    super(new ExceptionHandler());
    this.answers = answers.as(CaffeineCache.class);
    this.versions = versions;
    this.reused =
        Counter.builder("commerce.answers.reused")
            .description("Whole answers served again without running their fields")
            .register(metrics);
  }

  private record Key(
      String query, String operation, Map<String, Object> variables, Set<String> roles) {}

  private record Kept(ExecutionResult result, Instant readAt, Instant expiresAt, long overall) {}

  @Override
  public CompletableFuture<ExecutionResult> execute(
      ExecutionContext context, ExecutionStrategyParameters parameters) {
    AnswerFreshness freshness = freshness();
    if (freshness == null || !reusable(context)) {
      return super.execute(context, parameters);
    }
    Key key = key(context);
    Instant now = Instant.now();
    if (!freshness.noCache()) {
      CompletableFuture<Kept> found = answers.getIfPresent(key);
      Kept kept = found == null ? null : found.join();
      if (kept != null
          && kept.expiresAt().isAfter(now)
          && versions.unchangedOverall(kept.overall())) {
        freshness.used(kept.readAt(), kept.expiresAt());
        reused.increment();
        return CompletableFuture.completedFuture(kept.result());
      }
    }
    long overall = versions.overall();
    return super.execute(context, parameters)
        .thenApply(
            result -> {
              keep(key, result, overall);
              return result;
            });
  }

  private void keep(Key key, ExecutionResult result, long overall) {
    AnswerFreshness freshness = freshness();
    if (freshness == null
        || !result.getErrors().isEmpty()
        || !freshness.reusable()
        || !versions.unchangedOverall(overall)) {
      return;
    }
    Instant readAt = Instant.now().minus(freshness.age(Instant.now()));
    answers.put(
        key,
        CompletableFuture.completedFuture(
            new Kept(result, readAt, freshness.earliestExpiry(), overall)));
  }

  private static boolean reusable(ExecutionContext context) {
    List<Selection> roots = context.getOperationDefinition().getSelectionSet().getSelections();
    for (Selection<?> root : roots) {
      if (!(root instanceof Field field) || !REUSABLE.contains(field.getName())) {
        return false;
      }
    }
    return !roots.isEmpty();
  }

  private static Key key(ExecutionContext context) {
    ArcContainer container = Arc.container();
    SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
    return new Key(
        context.getExecutionInput().getQuery(),
        Objects.toString(context.getExecutionInput().getOperationName(), ""),
        context.getCoercedVariables().toMap(),
        new TreeSet<>(identity.getRoles()));
  }

  /** The request's record of what its answer used, or null outside a request. */
  private static AnswerFreshness freshness() {
    ArcContainer container = Arc.container();
    if (container == null || !container.requestContext().isActive()) {
      return null;
    }
    return container.instance(AnswerFreshness.class).get();
  }
}
