package com.commercegraph.order;

import com.commercegraph.registry.Provider;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Which orders a client wants.
 *
 * @param providers empty for every provider that can list orders
 * @param statuses empty for any status
 */
public record OrderFilter(
    Set<Provider> providers,
    Set<OrderStatus> statuses,
    OffsetDateTime createdFrom,
    OffsetDateTime createdTo) {

  public OrderFilter {
    providers = Set.copyOf(providers);
    statuses = Set.copyOf(statuses);
  }

  public boolean matches(Order order) {
    return (statuses.isEmpty() || statuses.contains(order.status()))
        && (createdFrom == null
            || (order.createdAt() != null && !order.createdAt().isBefore(createdFrom)))
        && (createdTo == null
            || order.createdAt() == null
            || order.createdAt().isBefore(createdTo));
  }

  /** True when every order the providers list passes, so their totals are the answer's total. */
  public boolean isEverything() {
    return statuses.isEmpty() && createdFrom == null && createdTo == null;
  }

  OrderListQuery pushdown(OrderDetail detail) {
    return new OrderListQuery(createdFrom, createdTo, statuses, detail);
  }
}
