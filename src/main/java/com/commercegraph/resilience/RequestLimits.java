package com.commercegraph.resilience;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much one GraphQL request may ask of the providers. */
@ConfigMapping(prefix = "commerce.requests")
public interface RequestLimits {

  /**
   * No write waits longer than this for its provider; past it the write's outcome is unknown.
   * Writes get longer than reads: giving up on a write early only turns an answer into
   * OUTCOME_UNKNOWN.
   */
  @WithDefault("10s")
  Duration deadline();

  /**
   * No read waits longer than this for a provider; a slower provider's part is PROVIDER_TIMEOUT and
   * the rest of the answer goes out. 5s: a dashboard is not held for a hanging provider, and it
   * still fits a provider's read timeout and a retry in most cases.
   */
  @WithDefault("5s")
  Duration readDeadline();

  @WithDefault("20")
  int defaultPageSize();

  /** Dashboards page through lists; a larger page only costs the providers more calls. */
  @WithDefault("100")
  int maxPageSize();

  /**
   * Calls one list request may make to one provider when the gateway's own filters drop most of
   * what a provider sends (each call asks for twice as many as the last, up to the provider's
   * largest page); past it the page ends early, its end cursor continues from where the walk
   * stopped, and it says there is more.
   */
  @WithDefault("10")
  int maxPagesPerProvider();
}
