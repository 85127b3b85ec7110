package com.commercegraph.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway talks to its shared store. Redis itself is {@code quarkus.redis.*}. */
@ConfigMapping(prefix = "commerce.store")
public interface StoreConfig {

  /**
   * The longest one store operation may take. Redis on the same network answers in a millisecond; a
   * store that takes longer is taken as down, so that a dead Redis costs a write this much of its
   * deadline, not all of it.
   */
  @WithDefault("1s")
  Duration timeout();
}
