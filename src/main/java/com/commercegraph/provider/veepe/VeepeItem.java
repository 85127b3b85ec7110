package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One order item. VeePe items have a name only: no SKU and no product id.
 *
 * @param unitPrice minor units, in the order's currency
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeepeItem(String name, Integer quantity, Long unitPrice) {}
