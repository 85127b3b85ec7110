package com.commercegraph.resilience;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderErrors;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The one door from a provider's client to its REST client: every HTTP request to a provider goes
 * through {@link #send}. It refuses a provider without credentials, waits for the provider's turn
 * under the gateway's own rate limit (so the gateway stays under the provider's limit instead of
 * provoking its 429s), and turns whatever the request throws into the {@link ProviderException} of
 * its meaning.
 */
@ApplicationScoped
public class ProviderGate {

  private final Map<Provider, RateLimiter> limiters = new EnumMap<>(Provider.class);

  private ProviderGate() {}

  /** No rate limit for anyone: for clients built by hand in tests of the client alone. */
  public static ProviderGate unlimited() {
    return new ProviderGate();
  }

  @Inject
  ProviderGate(ResilienceConfig config) {
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
   * Sends one request.
   *
   * @param client the provider's REST client; null when the provider has no credentials
   * @param write true for a request that changes the provider's state: when it fails after it may
   *     have reached the provider, or with an answer that does not prove a refusal (5xx, 408), its
   *     failure is outcome-unknown ({@link ProviderErrors#forWrite})
   * @throws ProviderDisabledException without a client; nothing is sent
   * @throws com.commercegraph.failure.GatewayRateLimitedException when the provider's next turn is
   *     further away than configured; nothing is sent
   * @throws ProviderException for any other failure of the request
   */
  public <C, T> T send(Provider provider, C client, boolean write, Function<C, T> request) {
    if (client == null) {
      throw ProviderDisabledException.of(provider);
    }
    RateLimiter limiter = limiters.get(provider);
    if (limiter != null) {
      Long backgroundUntil = GateTurns.backgroundDeadline();
      if (backgroundUntil == null) {
        limiter.acquire();
      } else {
        limiter.acquireLeavingReserve(backgroundUntil);
      }
    }
    try {
      return request.apply(client);
    } catch (RuntimeException e) {
      ProviderException failure = ProviderErrors.forTransport(provider, e, write);
      throw write ? ProviderErrors.forWrite(failure) : failure;
    }
  }
}
