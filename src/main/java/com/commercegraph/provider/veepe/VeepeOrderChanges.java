package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code PUT /orders/{orderId}}; absent parts are left out of the JSON, so that VeePe
 * keeps them as they are (as in the documented cURL example, which sends only a customer).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VeepeOrderChanges(
    VeepeAmount amount, VeepeCustomer customer, VeepeOrderDetails orderDetails) {}
