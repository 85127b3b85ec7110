package com.commercegraph.graphql.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The time until the first kept data the answer used expires (the request's {@link
 * com.commercegraph.cache.AnswerFreshness}), never longer than the configured maximum, the stock
 * TTL ({@code COMMERCE_CACHE_STOCK_TTL}, 10s). An answer that used no kept data, or data kept
 * outside the list caches, gets the maximum: a reused answer is then never older than a stock level
 * the gateway itself would still serve from its cache.
 */
@ApplicationScoped
class ConfiguredAnswerFreshness implements AnswerFreshness {

  private final Duration maxAge;

  ConfiguredAnswerFreshness(HttpSettings settings) {
    this.maxAge = settings.getMaxAge();
  }

  @Override
  public Duration maxAge() {
    ArcContainer container = Arc.container();
    if (container == null || !container.requestContext().isActive()) {
      return maxAge;
    }
    com.commercegraph.cache.AnswerFreshness used =
        container.instance(com.commercegraph.cache.AnswerFreshness.class).get();
    Instant expiry = used.reusable() ? used.earliestExpiry() : null;
    if (expiry == null) {
      return maxAge;
    }
    Duration left = Duration.between(Instant.now(), expiry);
    return left.isNegative() ? Duration.ZERO : left.compareTo(maxAge) < 0 ? left : maxAge;
  }
}
