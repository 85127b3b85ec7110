package com.commercegraph.order;

import com.commercegraph.catalog.Product;
import com.commercegraph.money.Money;

/**
 * One product line of an order.
 *
 * @param unitPrice the price of one unit, before the line's discount
 * @param total what the line comes to (quantity times unit price, less its discount), exact as the
 *     provider states or implies it; null where the provider gives no prices
 * @param discount what was taken off the line, as a positive amount; null where the provider does
 *     not say
 * @param taxIncluded whether the line's amounts include sales tax (VAT), as the provider's
 *     documents state it; null where they do not say
 * @param productRef the provider's own id of the catalogue product behind the line, where the
 *     provider gives one; used to look the products up in batches
 * @param product the catalogue product as the provider embedded it in the order (Veeqo), so that no
 *     look-up is needed; null otherwise
 */
public record OrderLine(
    String sku,
    String name,
    int quantity,
    Money unitPrice,
    Money total,
    Money discount,
    Boolean taxIncluded,
    String productRef,
    Product product) {

  /** A line whose provider does not embed the product and states nothing but its unit price. */
  public OrderLine(String sku, String name, int quantity, Money unitPrice, String productRef) {
    this(sku, name, quantity, unitPrice, null, null, null, productRef, null);
  }
}
