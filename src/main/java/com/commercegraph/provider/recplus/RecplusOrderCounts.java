package com.commercegraph.provider.recplus;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The last {@code total_count} REC+ gave for its order list, per {@code since_timestamp}. REC+
 * lists orders oldest first and cannot sort them the other way (recplus-api.txt documents no sort
 * for /orders), so reading the newest means knowing where the list ends: with the count remembered,
 * the newest orders are one call, and that call's own total corrects the count for the next. Kept
 * in the Quarkus cache {@value #NAME} (application.properties bounds it).
 */
@ApplicationScoped
class RecplusOrderCounts {

  static final String NAME = "recplus-order-counts";

  private final CaffeineCache counts;

  RecplusOrderCounts(@CacheName(NAME) Cache counts) {
    this.counts = counts.as(CaffeineCache.class);
  }

  /**
   * @param since the list's since_timestamp in Unix seconds; null for the whole list
   */
  Optional<Long> last(Long since) {
    CompletableFuture<Long> count = counts.getIfPresent(key(since));
    return count == null ? Optional.empty() : Optional.ofNullable(count.join());
  }

  void remember(Long since, Long total) {
    if (total != null) {
      counts.put(key(since), CompletableFuture.completedFuture(total));
    }
  }

  private static Long key(Long since) {
    return since == null ? Long.MIN_VALUE : since;
  }
}
