package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * A variant of a product: what has a SKU, a price and stock (products.md, "sellables").
 *
 * @param price in the company's currency, which Veeqo does not send with it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeeqoSellable(
    long id,
    String title,
    @JsonProperty("sku_code") String skuCode,
    @JsonProperty("upc_code") String upcCode,
    @JsonProperty("product_title") String productTitle,
    @JsonProperty("full_title") String fullTitle,
    BigDecimal price,
    @JsonProperty("stock_entries") List<VeeqoStockEntry> stockEntries,
    VeeqoProductRef product) {

  public VeeqoSellable {
    stockEntries = stockEntries == null ? List.of() : List.copyOf(stockEntries);
  }
}
