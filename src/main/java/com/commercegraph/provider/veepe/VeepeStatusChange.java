package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code PUT /orders/{orderId}/status}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VeepeStatusChange(String orderStatus, String note) {}
