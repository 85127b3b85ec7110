package com.commercegraph.resilience;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How provider health is judged ({@link ProviderStatuses}). */
@ConfigMapping(prefix = "commerce.health")
public interface HealthConfig {

  /**
   * A provider stays DEGRADED this long after its latest failure. One minute: long enough for a
   * scrape every 15 to 30 s to see a flaky provider, short enough to show it recovered.
   */
  @WithDefault("1m")
  Duration degradedWindow();
}
