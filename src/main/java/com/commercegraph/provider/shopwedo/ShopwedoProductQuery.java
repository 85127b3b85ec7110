package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The data of getProducts. Ids go as arrays, which shopwedo-api.txt allows next to a single
 * integer; empty filters are left out.
 *
 * @param offset the page number, from 0, of 100 products
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ShopwedoProductQuery(
    @JsonProperty("product_id") List<Long> productIds,
    @JsonProperty("category_id") List<Long> categoryIds,
    Integer offset) {}
