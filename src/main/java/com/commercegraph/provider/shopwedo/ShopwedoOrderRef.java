package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The data of getOrder and cancelOrder: the ShopWeDo order id, sent as a string as documented. */
record ShopwedoOrderRef(@JsonProperty("order_id") String orderId) {}
