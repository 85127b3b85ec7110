package com.commercegraph.order.event;

import com.commercegraph.order.OrderStatus;
import com.commercegraph.registry.Provider;
import java.util.Set;

/**
 * Which events a subscriber wants; an empty set lets every value through.
 *
 * @param statuses the order's status after the change
 */
public record OrderEventFilter(
    Set<Provider> providers, Set<OrderStatus> statuses, Set<OrderEventType> types) {

  public OrderEventFilter {
    providers = Set.copyOf(providers);
    statuses = Set.copyOf(statuses);
    types = Set.copyOf(types);
  }

  public static OrderEventFilter everything() {
    return new OrderEventFilter(Set.of(), Set.of(), Set.of());
  }

  public boolean matches(OrderEvent event) {
    return (providers.isEmpty() || providers.contains(event.order().provider()))
        && (statuses.isEmpty() || statuses.contains(event.order().status()))
        && (types.isEmpty() || types.contains(event.type()));
  }
}
