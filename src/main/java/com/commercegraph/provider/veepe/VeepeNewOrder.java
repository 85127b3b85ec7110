package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code POST /orders}.
 *
 * @param orderType such as {@code SALE}
 * @param channel the order's origin, such as {@code APP}
 * @param merchantOrderReference 3 to 50 characters, unique per merchant; VeePe answers a duplicate
 *     with the order it already has, which makes creating an order safe to retry
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VeepeNewOrder(
    String orderType,
    String channel,
    String merchantOrderReference,
    VeepeAmount amount,
    VeepeCustomer customer,
    VeepeOrderDetails orderDetails) {}
