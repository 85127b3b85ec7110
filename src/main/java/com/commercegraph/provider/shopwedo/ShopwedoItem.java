package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One order line, as sent with createOrder and returned by getOrder.
 *
 * @param sku ShopWeDo's own numeric id of the stock item, not a merchant SKU code
 * @param amount the quantity ordered
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShopwedoItem(Long sku, Integer amount, String name, String comment) {}
