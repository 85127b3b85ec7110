package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The hosted checkout session of an order.
 *
 * @param checkoutPageUrl shareable with the customer without authentication
 * @param expiresAt ISO-8601 text, absent when the link does not expire
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeepeCheckoutLink(
    String sessionId, String orderId, String checkoutPageUrl, String createdAt, String expiresAt) {}
