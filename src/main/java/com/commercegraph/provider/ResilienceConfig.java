package com.commercegraph.provider;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * How the gateway protects each provider and itself from each provider. The defaults here suit a
 * provider with no documented limits; application.properties sets each provider's own values and
 * says why. Keys: {@code commerce.resilience.<provider>.<setting>}, e.g. {@code
 * COMMERCE_RESILIENCE_VEEQO_RATE_PER_SECOND}.
 */
@ConfigMapping(prefix = "commerce.resilience")
public interface ResilienceConfig {

  Settings veeqo();

  Settings veepe();

  Settings recplus();

  Settings shopwedo();

  default Settings of(Provider provider) {
    return switch (provider) {
      case VEEQO -> veeqo();
      case VEEPE -> veepe();
      case RECPLUS -> recplus();
      case SHOPWEDO -> shopwedo();
    };
  }

  interface Settings {

    /** Tries of a safe call (reads, token fetches) in all, the first one included. */
    @WithDefault("3")
    int readAttempts();

    /** The first retry waits about this long; each further one twice as long, with jitter. */
    @WithDefault("200ms")
    Duration retryDelay();

    /** Retries stop once this much time has gone, whatever the attempts left. */
    @WithDefault("4s")
    Duration retryMaxDuration();

    /** Requests per second the gateway sends at most; absent for no client-side limit. */
    OptionalInt ratePerSecond();

    /** Requests that may go out at once before the rate applies. */
    @WithDefault("1")
    int burst();

    /** How long a caller waits for its turn under the rate before it gets RATE_LIMITED. */
    @WithDefault("2s")
    Duration rateMaxWait();

    /** Calls in the breaker's rolling window before it may open. */
    @WithDefault("10")
    int breakerVolume();

    /** Share of failed calls in the window that opens the breaker. */
    @WithDefault("0.5")
    double breakerFailureRatio();

    /** How long an open breaker answers at once, before it lets a probe through. */
    @WithDefault("20s")
    Duration breakerDelay();

    /** Successful probes that close the breaker again. */
    @WithDefault("2")
    int breakerSuccesses();

    /** Calls to this provider running at once; more wait for a free place (a bulkhead). */
    @WithDefault("16")
    int concurrentCalls();
  }
}
