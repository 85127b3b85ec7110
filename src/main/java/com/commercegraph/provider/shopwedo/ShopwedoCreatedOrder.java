package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The 201 answer of createOrder: {@code {"order_id": 123}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopwedoCreatedOrder(@JsonProperty("order_id") Long orderId) {}
