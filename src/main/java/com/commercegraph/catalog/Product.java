package com.commercegraph.catalog;

import com.commercegraph.money.Money;
import com.commercegraph.registry.Provider;
import com.commercegraph.stock.StockLevel;

/**
 * A sellable catalogue item. Where a provider nests variants under a product (Veeqo sellables),
 * each variant is one Product, because that is what has a SKU, a price and stock.
 *
 * @param sku the merchant's own code of what is sold, the same at every provider that sells it
 * @param taxIncluded whether {@code price} includes sales tax (VAT), as the provider's documents
 *     state it; null where they do not say
 * @param stock the product's stock as the provider sent it with the product, where it did; null
 *     when it has to be asked for separately
 */
public record Product(
    Provider provider,
    String providerId,
    String sku,
    String name,
    String description,
    Money price,
    Boolean taxIncluded,
    StockLevel stock) {

  /** A product whose provider sends no stock with it and does not say what its price includes. */
  public Product(
      Provider provider,
      String providerId,
      String sku,
      String name,
      String description,
      Money price) {
    this(provider, providerId, sku, name, description, price, null, null);
  }

  /** The same product with other stock (null for none). */
  public Product withStock(StockLevel stock) {
    return new Product(provider, providerId, sku, name, description, price, taxIncluded, stock);
  }
}
