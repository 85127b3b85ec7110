package com.commercegraph.provider.veepe;

import com.commercegraph.order.OrderStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * VeePe's order lifecycle, the table in veepe-api.txt ("the lifecycle table is the law"): which
 * statuses an order may move to from each status. VeePe answers any other transition with 409.
 */
public final class VeepeLifecycle {

  private static final Map<OrderStatus, List<OrderStatus>> NEXT = new EnumMap<>(OrderStatus.class);

  static {
    NEXT.put(
        OrderStatus.OPEN,
        List.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED, OrderStatus.FAILED));
    NEXT.put(OrderStatus.CONFIRMED, List.of(OrderStatus.PROCESSING, OrderStatus.CANCELLED));
    NEXT.put(OrderStatus.PROCESSING, List.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED));
    NEXT.put(OrderStatus.SHIPPED, List.of(OrderStatus.DELIVERED, OrderStatus.CANCELLED));
    NEXT.put(OrderStatus.DELIVERED, List.of(OrderStatus.REFUNDED, OrderStatus.CLOSED));
    NEXT.put(OrderStatus.CANCELLED, List.of(OrderStatus.REFUNDED, OrderStatus.CLOSED));
    NEXT.put(OrderStatus.FAILED, List.of(OrderStatus.CLOSED));
    NEXT.put(OrderStatus.REFUNDED, List.of(OrderStatus.CLOSED));
    NEXT.put(OrderStatus.CLOSED, List.of());
  }

  private VeepeLifecycle() {}

  /** The statuses VeePe allows next; empty for CLOSED and for statuses VeePe does not have. */
  public static List<OrderStatus> allowedAfter(OrderStatus status) {
    return NEXT.getOrDefault(status, List.of());
  }
}
