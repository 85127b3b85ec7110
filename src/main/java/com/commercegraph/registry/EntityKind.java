package com.commercegraph.registry;

/** The kinds of things the gateway addresses by id at a provider. */
public enum EntityKind {
  ORDER,
  PRODUCT,
  STOCK_LEVEL,
  INVOICE,
  REPORT,
  CHANNEL
}
