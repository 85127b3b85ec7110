package com.commercegraph.order.event;

/** What happened to an order. */
public enum OrderEventType {
  /** The order is new. */
  ORDER_CREATED,
  /** The order moved to another status ({@link OrderEvent#previousStatus()} says from where). */
  ORDER_STATUS_CHANGED,
  /** Something else about the order changed, or a change whose earlier state is not known. */
  ORDER_UPDATED
}
