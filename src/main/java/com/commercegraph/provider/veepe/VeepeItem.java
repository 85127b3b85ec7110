package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One order item. VeePe items have a name only: no SKU and no product id.
 *
 * @param unitPrice minor units, in the order's currency
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeepeItem(
    String name,
    Integer quantity,
    @JsonDeserialize(using = VeepeMinorUnits.class) Long unitPrice) {}
