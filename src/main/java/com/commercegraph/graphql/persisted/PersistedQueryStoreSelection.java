package com.commercegraph.graphql.persisted;

import com.commercegraph.store.SharedStore;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The gateway's shared store when it is Redis ({@code QUARKUS_REDIS_HOSTS}), so every instance sees
 * what a client registered with any of them; otherwise this instance's memory, bounded by size (the
 * shared store's memory form is bounded only by expiry, and a client may register endless distinct
 * documents).
 */
class PersistedQueryStoreSelection {

  @Produces
  @Singleton
  PersistedQueryStore store(SharedStore shared, PersistedQuerySettings settings) {
    if ("redis".equals(shared.kind())) {
      return new SharedPersistedQueryStore(shared, settings.ttl());
    }
    return new InMemoryPersistedQueryStore(settings.maxSize().asLongValue());
  }
}
