package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A new stock level for one sellable in one warehouse, sent as {@code {"stock_entry": {...}}}
 * (stock_entries.md "Update a Stock Entry": physical_stock_level and infinite required).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VeeqoStockUpdate(
    @JsonProperty("physical_stock_level") int physicalStockLevel,
    boolean infinite,
    String location) {}
