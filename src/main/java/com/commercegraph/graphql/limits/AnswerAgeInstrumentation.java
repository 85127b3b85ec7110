package com.commercegraph.graphql.limits;

import com.commercegraph.cache.AnswerFreshness;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Tells the client how old the answer's data is: {@code extensions.cache.age}, in whole seconds
 * since the oldest of it was read from its provider (0 when everything was read for this request),
 * and {@code extensions.cache.maxAge}, the seconds until the first of the kept data it used expires
 * (left out when none of it is kept). Present whenever the answer read provider data through the
 * gateway's caches; a client that needs data read now sends {@code Cache-Control: no-cache}.
 */
@Singleton
class AnswerAgeInstrumentation extends SimplePerformantInstrumentation {

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    ArcContainer container = Arc.container();
    if (container == null || !container.requestContext().isActive()) {
      return CompletableFuture.completedFuture(result);
    }
    AnswerFreshness freshness = container.instance(AnswerFreshness.class).get();
    try {
      return CompletableFuture.completedFuture(withAge(result, freshness));
    } catch (ContextNotActiveException ended) {
      // A subscription's event is completed on the thread that produced it, which may carry the
      // request context of an operation that ended meanwhile (one of several subscribers to a
      // shared report watch): the event goes out without an age rather than not at all.
      return CompletableFuture.completedFuture(result);
    }
  }

  private static ExecutionResult withAge(ExecutionResult result, AnswerFreshness freshness) {
    if (!freshness.anyUsed()) {
      return result;
    }
    Instant now = Instant.now();
    Map<String, Object> cache = new LinkedHashMap<>();
    cache.put("age", freshness.age(now).toSeconds());
    Instant expiry = freshness.earliestExpiry();
    if (expiry != null) {
      cache.put("maxAge", Math.max(0, Duration.between(now, expiry).toSeconds()));
    }
    return result.transform(b -> b.addExtension("cache", cache));
  }
}
