package com.commercegraph.security;

import java.util.Set;

/**
 * The roles a caller may hold, named as OAuth scopes so that an identity provider can issue them as
 * such. Each GraphQL operation and batched field names the one it needs (see the README's role
 * table).
 */
public final class Roles {

  public static final String ORDERS_READ = "orders:read";
  public static final String ORDERS_WRITE = "orders:write";
  public static final String CATALOG_READ = "catalog:read";
  public static final String STOCK_WRITE = "stock:write";
  public static final String FINANCE_READ = "finance:read";

  public static final Set<String> ALL =
      Set.of(ORDERS_READ, ORDERS_WRITE, CATALOG_READ, STOCK_WRITE, FINANCE_READ);

  private Roles() {}
}
