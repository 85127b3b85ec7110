package com.commercegraph.order;

/** The common order status; each provider's own status maps onto it in the provider's package. */
public enum OrderStatus {
  OPEN,
  CONFIRMED,
  PROCESSING,
  SHIPPED,
  DELIVERED,
  CANCELLED,
  REFUNDED,
  FAILED,
  CLOSED,
  ON_HOLD,
  UNKNOWN
}
