package com.commercegraph.resilience;

import com.commercegraph.failure.GatewayRateLimitedException;
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
 * provoking its 429s; one budget for all instances, {@link ProviderBudgets}), turns whatever the
 * request throws into the {@link ProviderException} of its meaning, and has every request traced,
 * timed, counted and its failures logged ({@link ProviderRequests}).
 */
@ApplicationScoped
public class ProviderGate {

  private final Map<Provider, RateLimiter> limiters = new EnumMap<>(Provider.class);
  private final ProviderRequests requests;

  private ProviderGate(ProviderRequests requests) {
    this.requests = requests;
  }

  /** No rate limit for anyone: for clients built by hand in tests of the client alone. */
  public static ProviderGate unlimited() {
    return new ProviderGate(ProviderRequests.unobserved());
  }

  @Inject
  ProviderGate(ResilienceConfig config, ProviderRequests requests, ProviderBudgets budgets) {
    this(requests);
    for (Provider provider : Provider.values()) {
      ResilienceConfig.Settings settings = config.of(provider);
      settings
          .ratePerSecond()
          .ifPresent(
              rate ->
                  limiters.put(
                      provider,
                      new RateLimiter(
                          provider,
                          budgets.bucket(provider, rate, settings.burst()),
                          settings.rateMaxWait())));
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
   * @throws GatewayRateLimitedException when the provider's next turn is further away than
   *     configured; nothing is sent
   * @throws ProviderException for any other failure of the request
   */
  public <C, T> T send(Provider provider, C client, boolean write, Function<C, T> request) {
    if (client == null) {
      throw ProviderDisabledException.of(provider);
    }
    ProviderRequests.Request observed = requests.start(provider);
    try {
      observed.waited(takeTurn(provider));
    } catch (GatewayRateLimitedException refused) {
      observed.refused(refused);
      throw refused;
    }
    observed.sending();
    T value;
    try {
      value = request.apply(InvokedOperation.noting(client, observed::named));
    } catch (RuntimeException e) {
      ProviderException failure = ProviderErrors.forTransport(provider, e, write);
      ProviderException answer = write ? ProviderErrors.forWrite(failure) : failure;
      observed.failed(answer);
      throw answer;
    }
    observed.answered();
    return value;
  }

  /** Waits for the provider's turn under its rate limit, if it has one; answers how long. */
  private long takeTurn(Provider provider) {
    RateLimiter limiter = limiters.get(provider);
    if (limiter == null) {
      return 0;
    }
    Long backgroundUntil = GateTurns.backgroundDeadline();
    return backgroundUntil == null
        ? limiter.acquire()
        : limiter.acquireLeavingReserve(backgroundUntil);
  }
}
