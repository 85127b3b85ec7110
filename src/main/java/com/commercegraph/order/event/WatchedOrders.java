package com.commercegraph.order.event;

import com.commercegraph.order.Order;
import com.commercegraph.order.OrderListing;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.registry.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The orders polls look at one by one, because no list call shows their changes: every order the
 * gateway created or read at a provider that cannot list its orders (ShopWeDo), and the open orders
 * the gateway has seen at VeePe, whose only list is newest first with no filter on what changed
 * (veepe-api.txt GET /orders: paging only, no updated time), so an order that has dropped off its
 * newest page changes unseen otherwise. Each provider keeps the most recently seen, up to its
 * setting; polls take them in turn, the least recently checked first.
 */
@ApplicationScoped
public class WatchedOrders {

  /**
   * Where a VeePe order's lifecycle has nothing left for a dashboard to wait for (veepe-api.txt
   * "Order Lifecycle": CANCELLED, FAILED and CLOSED are terminal; after DELIVERED and REFUNDED only
   * the bookkeeping close or a refund follow). Such an order is not watched.
   */
  private static final Set<OrderStatus> SETTLED =
      EnumSet.of(
          OrderStatus.DELIVERED,
          OrderStatus.CANCELLED,
          OrderStatus.REFUNDED,
          OrderStatus.FAILED,
          OrderStatus.CLOSED);

  private final Map<Provider, LinkedHashMap<String, Order>> watched = new EnumMap<>(Provider.class);
  private final Set<Provider> listing = EnumSet.noneOf(Provider.class);
  private final EventSettings settings;

  WatchedOrders(EventSettings settings, Instance<OrderListing> listings) {
    this.settings = settings;
    listings.forEach(port -> listing.add(port.provider()));
  }

  /**
   * True for the provider whose open orders polls read again one by one after its newest page:
   * VeePe, the one provider polled by its newest page (REC+ sends webhooks, Veeqo lists what
   * changed since a moment).
   */
  static boolean watchesOpenOrders(Provider provider) {
    return provider == Provider.VEEPE;
  }

  /**
   * The gateway created or read this order: watched from now on where polls cannot see its changes
   * otherwise, for as long as it can still change.
   */
  public void seen(Order order) {
    Provider provider = order.provider();
    boolean unlisted = !listing.contains(provider);
    if (!unlisted && !watchesOpenOrders(provider)) {
      return;
    }
    synchronized (watched) {
      LinkedHashMap<String, Order> ids =
          watched.computeIfAbsent(provider, p -> new LinkedHashMap<>());
      if (!unlisted && SETTLED.contains(order.status())) {
        ids.remove(order.providerId());
        return;
      }
      // The order as first seen until its first check, which starts from it: a change made
      // between the read and that check is an event, an unchanged order none. An order known by
      // its id only (a write whose answer could not be read back) gives no such start.
      boolean known = ids.containsKey(order.providerId());
      Order firstSeen = ids.remove(order.providerId());
      boolean hasState = order.status() != OrderStatus.UNKNOWN;
      ids.put(order.providerId(), known ? firstSeen : hasState ? order : null);
      if (ids.size() > max(provider)) {
        ids.remove(ids.keySet().iterator().next());
      }
    }
  }

  /** The provider no longer has the order. */
  void gone(Provider provider, String providerId) {
    synchronized (watched) {
      LinkedHashMap<String, Order> ids = watched.get(provider);
      if (ids != null) {
        ids.remove(providerId);
      }
    }
  }

  /**
   * The next {@code count} orders to check, which then go to the back of the line; those in {@code
   * justSeen} (on the page the same poll read) go there too without a check of their own.
   */
  List<Check> nextToCheck(Provider provider, int count, Set<String> justSeen) {
    synchronized (watched) {
      LinkedHashMap<String, Order> ids = watched.getOrDefault(provider, new LinkedHashMap<>());
      List<Check> next = new ArrayList<>();
      List<String> toBack = new ArrayList<>();
      for (Map.Entry<String, Order> entry : ids.entrySet()) {
        if (next.size() == count) {
          break;
        }
        toBack.add(entry.getKey());
        if (!justSeen.contains(entry.getKey())) {
          next.add(new Check(entry.getKey(), entry.getValue()));
        }
      }
      toBack.forEach(
          id -> {
            ids.remove(id);
            ids.put(id, null);
          });
      return next;
    }
  }

  private int max(Provider provider) {
    return provider == Provider.VEEPE
        ? settings.veepeWatchedOrders()
        : settings.shopwedoWatchedOrders();
  }

  /**
   * One order to read again.
   *
   * @param firstSeen the order as the gateway first saw it, on its first check only (else null)
   */
  record Check(String providerId, Order firstSeen) {}
}
