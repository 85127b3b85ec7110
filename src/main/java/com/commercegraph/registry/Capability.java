package com.commercegraph.registry;

/** What a provider can do for the gateway; listed by the {@code providers} query. */
public enum Capability {
  ORDERS_LIST,
  ORDERS_READ,
  ORDERS_CREATE,
  ORDERS_UPDATE,
  ORDERS_TRANSITION,
  ORDERS_CANCEL,
  ORDERS_SET_STATUS_TEXT,
  PRODUCTS_READ,
  STOCK_READ,
  STOCK_WRITE,
  CHANNELS_WRITE,
  CHECKOUT_LINKS,
  INVOICES,
  REPORTS
}
