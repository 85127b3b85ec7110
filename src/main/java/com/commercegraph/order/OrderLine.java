package com.commercegraph.order;

import com.commercegraph.catalog.Product;
import com.commercegraph.money.Money;

/**
 * One product line of an order.
 *
 * @param productRef the provider's own id of the catalogue product behind the line, where the
 *     provider gives one; used to look the products up in batches
 * @param product the catalogue product as the provider embedded it in the order (Veeqo), so that no
 *     look-up is needed; null otherwise
 */
public record OrderLine(
    String sku, String name, int quantity, Money unitPrice, String productRef, Product product) {

  /** A line whose provider does not embed the product. */
  public OrderLine(String sku, String name, int quantity, Money unitPrice, String productRef) {
    this(sku, name, quantity, unitPrice, productRef, null);
  }
}
