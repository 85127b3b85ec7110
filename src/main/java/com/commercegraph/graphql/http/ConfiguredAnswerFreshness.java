package com.commercegraph.graphql.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Until answers can tell when the cached data they used expires, the shortest cache lifetime the
 * gateway has, the stock TTL ({@code COMMERCE_CACHE_STOCK_TTL}, 10s): a reused answer is never
 * older than a stock level the gateway itself would still serve from its cache.
 */
@ApplicationScoped
class ConfiguredAnswerFreshness implements AnswerFreshness {

  private final Duration maxAge;

  ConfiguredAnswerFreshness(HttpSettings settings) {
    this.maxAge = settings.getMaxAge();
  }

  @Override
  public Duration maxAge() {
    return maxAge;
  }
}
