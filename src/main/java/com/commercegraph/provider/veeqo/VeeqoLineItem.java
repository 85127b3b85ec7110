package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One line of a Veeqo order (responses/orders/show.json, {@code line_items}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeeqoLineItem(
    long id,
    @JsonProperty("price_per_unit") BigDecimal pricePerUnit,
    int quantity,
    @JsonProperty("tax_rate") BigDecimal taxRate,
    @JsonProperty("taxless_discount_per_unit") BigDecimal taxlessDiscountPerUnit,
    VeeqoSellable sellable) {}
