package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Stock of one sellable in one warehouse (stock_entries.md, responses/stock_entries/show.json).
 *
 * @param infinite Veeqo tracks no level for this sellable: it is always sellable
 * @param updatedAt ISO 8601 as Veeqo sends it; parsed by the mapper
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeeqoStockEntry(
    @JsonProperty("sellable_id") Long sellableId,
    @JsonProperty("warehouse_id") Long warehouseId,
    boolean infinite,
    @JsonProperty("physical_stock_level") Integer physicalStockLevel,
    @JsonProperty("allocated_stock_level") Integer allocatedStockLevel,
    @JsonProperty("available_stock_level") Integer availableStockLevel,
    @JsonProperty("incoming_stock_level") Integer incomingStockLevel,
    String location,
    @JsonProperty("updated_at") String updatedAt,
    VeeqoWarehouse warehouse) {}
