package com.commercegraph.order;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What a listing should contain, for providers to push down where their API can filter. The gateway
 * applies the same filter to whatever comes back, so a provider may ignore any part.
 *
 * @param createdFrom only orders created at or after this instant; null for no bound
 * @param createdTo only orders created before this instant; null for no bound
 * @param statuses only orders in these common statuses; empty for any
 * @param detail how much of each order is needed; a provider may always send more
 */
public record OrderListQuery(
    OffsetDateTime createdFrom,
    OffsetDateTime createdTo,
    Set<OrderStatus> statuses,
    OrderDetail detail) {

  public OrderListQuery {
    statuses = Set.copyOf(statuses);
  }

  public static OrderListQuery everything() {
    return new OrderListQuery(null, null, Set.of(), OrderDetail.FULL);
  }
}
