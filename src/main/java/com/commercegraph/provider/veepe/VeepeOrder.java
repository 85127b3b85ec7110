package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A VeePe order as the create, list and get calls answer it.
 *
 * @param orderId VeePe's internal id (a UUID), the only id its API accepts
 * @param displayOrderId the human-readable id ({@code ORD-119123-VX})
 * @param amount the order total; veepe-api.txt names it {@code orderAmount} in list and get answers
 *     and {@code amount} in the create answer
 * @param orderDate ISO-8601 text
 * @param orderStatusEvents only in the get answer
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeepeOrder(
    String displayOrderId,
    String orderId,
    String orderType,
    String channel,
    String merchantId,
    String orderDate,
    String merchantOrderReference,
    @JsonProperty("orderAmount") @JsonAlias("amount") VeepeAmount amount,
    String orderStatus,
    VeepeCustomer customer,
    VeepeOrderDetails orderDetails,
    List<VeepeStatusEvent> orderStatusEvents) {}
