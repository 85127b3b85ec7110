package com.commercegraph.order;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCalls;
import com.commercegraph.resilience.RequestLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/** Single orders, fetched from the one provider that holds them, within the request deadline. */
@ApplicationScoped
public class OrderService {

  private final Instance<OrderLookup> lookups;
  private final ProviderRegistry registry;
  private final ProviderCalls calls;
  private final RequestLimits limits;

  OrderService(
      Instance<OrderLookup> lookups,
      ProviderRegistry registry,
      ProviderCalls calls,
      RequestLimits limits) {
    this.lookups = lookups;
    this.registry = registry;
    this.calls = calls;
    this.limits = limits;
  }

  /**
   * The order, or empty when the provider has none with this id.
   *
   * @param nativeId already checked against the provider's id shape
   * @throws com.commercegraph.failure.ProviderException when the provider failed or is disabled
   */
  public Optional<Order> order(Provider provider, String nativeId) {
    if (!registry.enabled(provider)) {
      throw ProviderDisabledException.of(provider);
    }
    OrderLookup lookup =
        lookups.stream().filter(l -> l.provider() == provider).findFirst().orElseThrow();
    return calls.one(provider, () -> lookup.order(nativeId), limits.deadline());
  }
}
