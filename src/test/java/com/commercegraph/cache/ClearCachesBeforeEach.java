package com.commercegraph.cache;

import io.quarkus.arc.Arc;
import io.quarkus.cache.CacheManager;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Every test starts with empty caches, whatever the last one read: tests count the requests
 * providers receive, and an entry left by another test would hide one.
 */
public class ClearCachesBeforeEach implements QuarkusTestBeforeEachCallback {

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    CacheManager caches = Arc.container().instance(CacheManager.class).get();
    for (String name : caches.getCacheNames()) {
      caches.getCache(name).orElseThrow().invalidateAll().await().indefinitely();
    }
  }
}
