package com.commercegraph.graphql;

import com.commercegraph.order.OrderStatus;
import com.commercegraph.order.OrderStatusEvent;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One step of an order's history as the contract has it: {@code status} is never null, since every
 * provider text maps onto the common statuses, an unknown one to {@code UNKNOWN}.
 */
@Name("OrderStatusEvent")
public record OrderStatusEventView(
    @NonNull OrderStatus status, String providerStatus, OffsetDateTime at, String note) {

  static OrderStatusEventView of(OrderStatusEvent event) {
    return new OrderStatusEventView(
        event.status() == null ? OrderStatus.UNKNOWN : event.status(),
        event.providerStatus(),
        event.at(),
        event.note());
  }
}
