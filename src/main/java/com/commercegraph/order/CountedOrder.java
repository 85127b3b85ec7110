package com.commercegraph.order;

import com.commercegraph.money.Money;
import java.time.OffsetDateTime;

/** What an order summary needs of an order: when it was created, its status, its total. */
record CountedOrder(OffsetDateTime createdAt, OrderStatus status, Money total) {

  static CountedOrder of(Order order) {
    return new CountedOrder(order.createdAt(), order.status(), order.total());
  }

  boolean createdIn(OffsetDateTime from, OffsetDateTime to) {
    return createdAt != null && !createdAt.isBefore(from) && createdAt.isBefore(to);
  }
}
