package com.commercegraph.resilience;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much one GraphQL request may ask of the providers. */
@ConfigMapping(prefix = "commerce.requests")
public interface RequestLimits {

  /** No answer waits longer than this for a provider; a slower provider's part is an error. */
  @WithDefault("10s")
  Duration deadline();

  @WithDefault("20")
  int defaultPageSize();

  /** Dashboards page through lists; a larger page only costs the providers more calls. */
  @WithDefault("100")
  int maxPageSize();

  /**
   * Extra provider pages one request may read when the gateway's own filters drop most of what a
   * provider sends; past it the answer stops early and says there is more.
   */
  @WithDefault("10")
  int maxPagesPerProvider();
}
