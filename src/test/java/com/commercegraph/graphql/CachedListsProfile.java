package com.commercegraph.graphql;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The list and summary caches on, with times to live longer than any test, so that a test proves
 * what is kept by counting the calls providers received, never by racing an expiry.
 */
public class CachedListsProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "commerce.cache.order-list-ttl", "60s",
        "commerce.cache.product-list-ttl", "60s",
        "commerce.cache.stock-list-ttl", "60s",
        "commerce.cache.summary-ttl", "60s",
        "commerce.cache.summary-max-age", "10m");
  }
}
