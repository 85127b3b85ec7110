package com.commercegraph.provider.veeqo;

import com.commercegraph.order.OrderStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Veeqo's order statuses (veeqo-reference/references/order_statuses.json) on the common status.
 * Anything else, including a status Veeqo adds later, is {@link OrderStatus#UNKNOWN}; the order
 * keeps Veeqo's own text either way.
 */
final class VeeqoStatuses {

  private static final Map<String, OrderStatus> TABLE =
      Map.of(
          // Placed but not paid: nothing is committed yet.
          "awaiting_payment", OrderStatus.OPEN,
          // Paid and accepted, but stock must arrive before it can be allocated and picked.
          "awaiting_stock", OrderStatus.CONFIRMED,
          // Allocated to a warehouse and being picked and packed.
          "awaiting_fulfillment", OrderStatus.PROCESSING,
          "shipped", OrderStatus.SHIPPED,
          "on_hold", OrderStatus.ON_HOLD,
          "cancelled", OrderStatus.CANCELLED,
          "refunded", OrderStatus.REFUNDED);

  private VeeqoStatuses() {}

  /** Veeqo's statuses that map onto any of these common ones. */
  static List<String> matching(Set<OrderStatus> statuses) {
    return TABLE.entrySet().stream()
        .filter(entry -> statuses.contains(entry.getValue()))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  static OrderStatus of(String veeqoStatus) {
    return veeqoStatus == null
        ? OrderStatus.UNKNOWN
        : TABLE.getOrDefault(veeqoStatus, OrderStatus.UNKNOWN);
  }
}
