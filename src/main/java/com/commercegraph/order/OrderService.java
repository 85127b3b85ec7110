package com.commercegraph.order;

import com.commercegraph.cache.ProviderReads;
import com.commercegraph.cache.ReadKey;
import com.commercegraph.cache.ReadKind;
import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.order.event.WatchedOrders;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.RequestLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/**
 * Single orders, fetched from the one provider that holds them, within the read deadline. Kept
 * briefly with the order pages ({@link ReadKind#ORDERS}), so a dashboard's viewers share one read,
 * and dropped with them by any write at that provider. An order found at a provider that cannot
 * list its orders is watched by the change polls from then on ({@link WatchedOrders}).
 */
@ApplicationScoped
public class OrderService {

  private final Instance<OrderLookup> lookups;
  private final ProviderRegistry registry;
  private final ProviderReads reads;
  private final RequestLimits limits;
  private final WatchedOrders watched;

  OrderService(
      Instance<OrderLookup> lookups,
      ProviderRegistry registry,
      ProviderReads reads,
      RequestLimits limits,
      WatchedOrders watched) {
    this.lookups = lookups;
    this.registry = registry;
    this.reads = reads;
    this.limits = limits;
    this.watched = watched;
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
    Optional<Order> found =
        reads.one(
            new ProviderReads.Read<>(
                new ReadKey(provider, ReadKind.ORDERS, new ById(nativeId)),
                () -> lookup.order(nativeId)),
            limits.readDeadline());
    found.ifPresent(watched::seen);
    return found;
  }

  private record ById(String nativeId) {}
}
