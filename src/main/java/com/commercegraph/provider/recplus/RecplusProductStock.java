package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A product's {@code stock} object; only in full product data. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusProductStock(Integer qty) {}
