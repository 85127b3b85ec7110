package com.commercegraph.cache;

/**
 * What a provider read is about, as far as keeping and invalidating it goes: each kind has its own
 * cache and time to live, and can be invalidated per provider on its own ({@link
 * ReadVersions#invalidate}).
 */
public enum ReadKind {
  /** Order pages and orders by id. */
  ORDERS,
  /** Catalogue pages. */
  PRODUCT_LISTS,
  /** Stock list pages. */
  STOCK_LISTS,
  /** What order summaries are computed from. */
  ORDER_SUMMARY,
  /** Reads that are shared while in flight but never kept. */
  UNCACHED
}
