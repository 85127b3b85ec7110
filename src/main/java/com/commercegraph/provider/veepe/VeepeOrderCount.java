package com.commercegraph.provider.veepe;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The last {@code totalRecords} VeePe gave for its order list, so that pages read at once stop near
 * the end of the list instead of asking for pages that cannot hold an order. Kept in the Quarkus
 * cache {@value #NAME} (application.properties bounds it).
 */
@ApplicationScoped
class VeepeOrderCount {

  static final String NAME = "veepe-order-count";
  private static final String KEY = "orders";

  private final CaffeineCache count;

  VeepeOrderCount(@CacheName(NAME) Cache count) {
    this.count = count.as(CaffeineCache.class);
  }

  Optional<Long> last() {
    CompletableFuture<Long> known = count.getIfPresent(KEY);
    return known == null ? Optional.empty() : Optional.ofNullable(known.join());
  }

  void remember(Long total) {
    if (total != null) {
      count.put(KEY, CompletableFuture.completedFuture(total));
    }
  }
}
