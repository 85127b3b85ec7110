package com.commercegraph.catalog;

import com.commercegraph.money.Money;
import com.commercegraph.provider.Provider;

/**
 * A sellable catalogue item. Where a provider nests variants under a product (Veeqo sellables),
 * each variant is one Product, because that is what has a SKU, a price and stock.
 */
public record Product(
    Provider provider,
    String providerId,
    String sku,
    String name,
    String description,
    Money price) {}
