package com.commercegraph.provider.veepe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An invoice as {@code POST /orders/{orderId}/invoice} (ids and date only) and {@code GET
 * /orders/{orderId}/invoice/{invoiceId}} (everything) answer it.
 *
 * @param status such as GENERATED, PAID, CANCELLED, COMPLETED
 * @param createdDate ISO-8601 text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeepeInvoice(
    String orderId,
    String invoiceId,
    String merchantId,
    String merchantName,
    String status,
    String downloadLink,
    String createdDate,
    String updatedAt) {}
