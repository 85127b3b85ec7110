package com.commercegraph.order;

import com.commercegraph.money.Money;

/**
 * One product line of an order.
 *
 * @param productRef the provider's own id of the catalogue product behind the line, where the
 *     provider gives one; used to look the products up in batches
 */
public record OrderLine(
    String sku, String name, int quantity, Money unitPrice, String productRef) {}
