package com.commercegraph.graphql.persisted;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Automatic persisted queries (README "Mobile and web clients"). */
@ConfigMapping(prefix = "commerce.persisted-queries")
public interface PersistedQuerySettings {

  /**
   * Documents kept in memory by one instance without Redis, in bytes: 10M holds thousands of
   * dashboard and app queries (a large one is a few KB); the least recently used go first.
   */
  @WithDefault("10M")
  MemorySize maxSize();

  /** In Redis, a document is kept this long after it was registered. */
  @WithDefault("24h")
  Duration ttl();
}
