package com.commercegraph.order;

import com.commercegraph.cache.ProviderReads;
import com.commercegraph.cache.ReadKey;
import com.commercegraph.cache.ReadKind;
import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.RequestLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/**
 * Single orders, fetched from the one provider that holds them, within the read deadline. Kept
 * briefly with the order pages ({@link ReadKind#ORDERS}), so a dashboard's viewers share one read,
 * and dropped with them by any write at that provider.
 */
@ApplicationScoped
public class OrderService {

  private final Instance<OrderLookup> lookups;
  private final ProviderRegistry registry;
  private final ProviderReads reads;
  private final RequestLimits limits;

  OrderService(
      Instance<OrderLookup> lookups,
      ProviderRegistry registry,
      ProviderReads reads,
      RequestLimits limits) {
    this.lookups = lookups;
    this.registry = registry;
    this.reads = reads;
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
    return reads.one(
        new ProviderReads.Read<>(
            new ReadKey(provider, ReadKind.ORDERS, new ById(nativeId)),
            () -> lookup.order(nativeId)),
        limits.readDeadline());
  }

  private record ById(String nativeId) {}
}
