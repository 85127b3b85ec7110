package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The data of getStock; a null sku asks for every stock item. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ShopwedoStockQuery(Long sku, Integer limit, Integer offset) {}
