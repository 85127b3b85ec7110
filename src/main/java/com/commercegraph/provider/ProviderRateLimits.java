package com.commercegraph.provider;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * The gateway's own rate limit per provider, taken before every HTTP request to it, so that the
 * gateway stays under the provider's limit instead of provoking its 429s.
 */
@ApplicationScoped
public class ProviderRateLimits {

  private final Map<Provider, RateLimiter> limiters = new EnumMap<>(Provider.class);

  private ProviderRateLimits() {}

  /** No limit for anyone: for clients built by hand in tests of the client alone. */
  public static ProviderRateLimits unlimited() {
    return new ProviderRateLimits();
  }

  @jakarta.inject.Inject
  ProviderRateLimits(ResilienceConfig config) {
    for (Provider provider : Provider.values()) {
      ResilienceConfig.Settings settings = config.of(provider);
      settings
          .ratePerSecond()
          .ifPresent(
              rate ->
                  limiters.put(
                      provider,
                      new RateLimiter(provider, rate, settings.burst(), settings.rateMaxWait())));
    }
  }

  /**
   * Waits for the provider's next free turn.
   *
   * @throws GatewayRateLimitedException when the wait would be longer than configured
   */
  public void acquire(Provider provider) {
    RateLimiter limiter = limiters.get(provider);
    if (limiter != null) {
      limiter.acquire();
    }
  }
}
