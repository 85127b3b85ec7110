package com.commercegraph.order;

import com.commercegraph.provider.OrderLookup;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderCalls;
import com.commercegraph.provider.ProviderDisabledException;
import com.commercegraph.provider.ProviderRegistry;
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
   * @throws com.commercegraph.provider.ProviderException when the provider failed or is disabled
   */
  public Optional<Order> order(Provider provider, String nativeId) {
    if (!registry.find(provider).map(p -> p.enabled()).orElse(false)) {
      throw ProviderDisabledException.of(provider);
    }
    OrderLookup lookup =
        lookups.stream().filter(l -> l.provider() == provider).findFirst().orElseThrow();
    return calls.one(provider, () -> lookup.order(nativeId), limits.deadline());
  }
}
