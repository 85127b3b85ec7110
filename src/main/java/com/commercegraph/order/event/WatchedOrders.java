package com.commercegraph.order.event;

import com.commercegraph.order.OrderListing;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Orders of providers that cannot list their orders (ShopWeDo) which the gateway created or read:
 * the only ones polling can look at again. Each provider keeps the most recently seen, up to {@code
 * commerce.events.shopwedo-watched-orders}; polls take them in turn, the least recently checked
 * first.
 */
@ApplicationScoped
public class WatchedOrders {

  private final Map<Provider, LinkedHashSet<String>> watched = new EnumMap<>(Provider.class);
  private final Instance<OrderListing> listings;
  private final int max;

  WatchedOrders(EventSettings settings, Instance<OrderListing> listings) {
    this.max = settings.shopwedoWatchedOrders();
    this.listings = listings;
  }

  /** The gateway created or read this order; kept only where the provider cannot list orders. */
  public synchronized void seen(Provider provider, String providerId) {
    if (ProviderBound.of(listings, provider).isPresent()) {
      return;
    }
    LinkedHashSet<String> ids = watched.computeIfAbsent(provider, p -> new LinkedHashSet<>());
    ids.remove(providerId);
    ids.add(providerId);
    if (ids.size() > max) {
      ids.remove(ids.iterator().next());
    }
  }

  /** The next {@code count} orders to check, which then go to the back of the line. */
  synchronized List<String> nextToCheck(Provider provider, int count) {
    LinkedHashSet<String> ids = watched.getOrDefault(provider, new LinkedHashSet<>());
    List<String> next = new ArrayList<>();
    for (String id : ids) {
      if (next.size() == count) {
        break;
      }
      next.add(id);
    }
    next.forEach(
        id -> {
          ids.remove(id);
          ids.add(id);
        });
    return next;
  }
}
