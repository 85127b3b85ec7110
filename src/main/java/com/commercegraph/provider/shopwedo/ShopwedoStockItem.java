package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One getStock item.
 *
 * @param sku ShopWeDo's numeric id of the stock item
 * @param reference the merchant's own reference (barcode or similar)
 * @param level physically in stock
 * @param atp available to promise: level less the warning level and what released orders hold
 * @param weight grams
 * @param lastUpdate absent when ShopWeDo sends {@code false}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopwedoStockItem(
    Long sku,
    String reference,
    String description,
    @JsonProperty("warehouse_id") Long warehouseId,
    Integer weight,
    Integer level,
    Integer atp,
    Integer status,
    @JsonProperty("status_string") String statusString,
    @JsonProperty("last_update") ShopwedoTimestamp lastUpdate,
    @JsonProperty("last_atp_update") ShopwedoTimestamp lastAtpUpdate) {}
