package com.commercegraph.catalog;

import java.util.Set;

/**
 * Which products a client wants; providers narrow where their API can, the gateway checks all.
 *
 * @param search free text, matched against SKU and name; null for any
 * @param skus only these SKUs; empty for any
 */
public record ProductQuery(String search, Set<String> skus) {

  public ProductQuery {
    skus = Set.copyOf(skus);
  }

  public boolean matches(Product product) {
    return (skus.isEmpty() || skus.contains(product.sku()))
        && (search == null || contains(product.sku(), search) || contains(product.name(), search));
  }

  private static boolean contains(String text, String part) {
    return text != null && text.toLowerCase().contains(part.toLowerCase());
  }
}
