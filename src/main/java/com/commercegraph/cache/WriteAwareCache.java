package com.commercegraph.cache;

import com.commercegraph.registry.Provider;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CaffeineCache;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * A Quarkus (Caffeine) cache whose puts give way to writes at the same provider ({@link
 * ProviderWrites}). Hits and misses are counted by the cache itself (metrics-enabled).
 */
public final class WriteAwareCache {

  private final CaffeineCache cache;
  private final ProviderWrites writes;

  public WriteAwareCache(Cache cache, ProviderWrites writes) {
    this.cache = cache.as(CaffeineCache.class);
    this.writes = writes;
  }

  public <V> Optional<V> get(Object key) {
    CompletableFuture<V> cached = cache.getIfPresent(key);
    return cached == null ? Optional.empty() : Optional.ofNullable(cached.join());
  }

  /** Keeps {@code value} unless the provider was written to since {@code generation}. */
  public void put(long generation, Provider provider, Object key, Object value) {
    if (!writes.quietSince(provider, generation)) {
      return;
    }
    cache.put(key, CompletableFuture.completedFuture(value));
    // A write that began between the check and the put has invalidated already: undo the put.
    if (!writes.quietSince(provider, generation)) {
      cache.invalidate(key).await().indefinitely();
    }
  }

  public void invalidate(Predicate<Object> keys) {
    cache.invalidateIf(keys).await().indefinitely();
  }
}
