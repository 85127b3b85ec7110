package com.commercegraph.resilience;

import com.commercegraph.registry.Provider;
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

    /**
     * Tries of a safe call (reads, token fetches, VeePe's idempotent create) in all, the first one
     * included. Three: a one-off failure is healed by the second, a provider still failing after
     * the third is down, and more tries would only hold the answer and add to the breaker's count.
     */
    @WithDefault("3")
    int readAttempts();

    /**
     * The first retry waits about this long (between half and all of it: jitter, so that callers
     * failed together do not retry together); each further one twice as long. 200ms is past a
     * provider's usual hiccup yet short beside the request's deadline.
     */
    @WithDefault("200ms")
    Duration retryDelay();

    /**
     * Retries stop once this much time has gone, whatever the attempts left, and never run past the
     * request's deadline. 4s fits three tries of a provider that times out at 1s, and leaves most
     * of the 10s deadline to the rest of a request.
     */
    @WithDefault("4s")
    Duration retryMaxDuration();

    /**
     * Requests per second the gateway sends at most; absent for no client-side limit. Set where a
     * provider documents or is known for a limit (application.properties says whose and why).
     */
    OptionalInt ratePerSecond();

    /** Requests that may go out at once before the rate applies (the token bucket's size). */
    @WithDefault("1")
    int burst();

    /**
     * How long a caller waits for its turn under the rate before it gets RATE_LIMITED, with nothing
     * sent and no retry. 2s: long enough to ride out a burst, short beside the deadline.
     */
    @WithDefault("2s")
    Duration rateMaxWait();

    /**
     * Calls in the breaker's rolling window before it may open. Ten (each try of a read counts):
     * enough that a few unlucky calls do not cut a provider off.
     */
    @WithDefault("10")
    int breakerVolume();

    /**
     * Share of failed calls in the window that opens the breaker. Only the provider's own faults
     * count (5xx, resets, timeouts, unreadable answers), never 4xx or the gateway's own limit.
     */
    @WithDefault("0.5")
    double breakerFailureRatio();

    /**
     * How long an open breaker answers at once (PROVIDER_UNAVAILABLE, nothing sent), before it lets
     * probes through. 20s: a provider that failed half of ten calls needs a moment, and its users
     * get an instant answer instead of timeouts meanwhile.
     */
    @WithDefault("20s")
    Duration breakerDelay();

    /**
     * Successful probes that close the breaker again; one failed probe opens it again at once. Two:
     * one lucky answer does not prove a provider back.
     */
    @WithDefault("2")
    int breakerSuccesses();

    /**
     * Calls to this provider running at once; up to four times as many more wait for a place, and
     * beyond that are refused at once (a bulkhead). 16: far more than one request needs, few enough
     * that a hanging provider holds only its own threads and connections (the REST client's pool is
     * 50).
     */
    @WithDefault("16")
    int concurrentCalls();
  }
}
