package com.commercegraph.resilience;

import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Each provider's health, the one signal behind the {@code providers} health group, the {@code
 * providers} query and the {@code commerce_provider_status} gauge:
 *
 * <ul>
 *   <li>DISABLED: no credentials configured, never called;
 *   <li>DOWN: its breaker is open (its part is answered at once with PROVIDER_UNAVAILABLE), or it
 *       refused the gateway's credentials (401/403, a refused token) and has answered nothing
 *       since: every call would fail until someone fixes the credentials;
 *   <li>DEGRADED: its breaker is probing (half-open), or a call failed in the last {@link
 *       HealthConfig#degradedWindow()} for a reason that is the provider's (5xx, timeout, 429,
 *       unreadable answer);
 *   <li>UP otherwise.
 * </ul>
 *
 * The gateway itself stays ready whatever a provider's health: it answers with partial data.
 */
@ApplicationScoped
public class ProviderStatuses {

  private final ProviderRegistry registry;
  private final ProviderCalls calls;
  private final ProviderOutcomes outcomes;
  private final HealthConfig config;

  ProviderStatuses(
      ProviderRegistry registry,
      ProviderCalls calls,
      ProviderOutcomes outcomes,
      HealthConfig config) {
    this.registry = registry;
    this.calls = calls;
    this.outcomes = outcomes;
    this.config = config;
  }

  void publish(@Observes StartupEvent start, ProviderMetrics metrics) {
    for (Provider provider : Provider.values()) {
      metrics.gauge(
          "commerce.provider.status",
          "Provider health: 0 UP, 1 DEGRADED, 2 DOWN, 3 DISABLED",
          provider,
          () -> of(provider).health().gaugeValue());
      metrics.gauge(
          "commerce.provider.credentials.refused",
          "1 while the provider refuses the gateway's credentials",
          provider,
          () -> registry.enabled(provider) && outcomes.credentialsRefused(provider) ? 1 : 0);
    }
  }

  public List<ProviderCondition> all() {
    return Arrays.stream(Provider.values()).map(this::of).toList();
  }

  public ProviderCondition of(Provider provider) {
    return new ProviderCondition(provider, health(provider), outcomes.lastFailure(provider));
  }

  private ProviderHealth health(Provider provider) {
    if (!registry.enabled(provider)) {
      return ProviderHealth.DISABLED;
    }
    CircuitBreakerState breaker = calls.breakerState(provider);
    if (breaker == CircuitBreakerState.OPEN || outcomes.credentialsRefused(provider)) {
      return ProviderHealth.DOWN;
    }
    Instant degradedSince = outcomes.now().minus(config.degradedWindow());
    boolean failedLately =
        outcomes.lastFailure(provider).filter(f -> f.at().isAfter(degradedSince)).isPresent();
    if (breaker == CircuitBreakerState.HALF_OPEN || failedLately) {
      return ProviderHealth.DEGRADED;
    }
    return ProviderHealth.UP;
  }
}
