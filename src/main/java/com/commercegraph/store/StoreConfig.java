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

  /**
   * After Redis failed to answer, how long it is left alone before one call asks it again
   * (meanwhile every call is refused at once, and callers fall back where they can). 5s: a Redis
   * that hangs costs one caller the timeout this often, not every caller every time, and a Redis
   * that is back is noticed within seconds.
   */
  @WithDefault("5s")
  Duration recheckInterval();
}
