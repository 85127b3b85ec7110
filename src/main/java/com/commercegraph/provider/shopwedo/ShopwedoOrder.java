package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An order as getOrder returns it. ShopWeDo orders carry no prices. Fields typed "integer|bool" in
 * shopwedo-api.txt (app, warehouse, customer ids) and the undocumented shipment objects are not
 * read.
 *
 * @param status ShopWeDo's numeric status; its values are undocumented, so {@link #statusString} is
 *     what gets mapped
 * @param paidAt absent when ShopWeDo sends {@code false}
 * @param shippedAt the last announced shipment date; absent when there is no shipment
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopwedoOrder(
    @JsonProperty("order_id") Long orderId,
    @JsonProperty("external_order_id") String externalOrderId,
    @JsonProperty("external_order_reference") String externalOrderReference,
    @JsonProperty("created_at") ShopwedoTimestamp createdAt,
    Integer status,
    @JsonProperty("status_string") String statusString,
    @JsonProperty("payment_method") String paymentMethod,
    @JsonProperty("paid_at") ShopwedoTimestamp paidAt,
    @JsonProperty("shipping_address") ShopwedoAddress shippingAddress,
    @JsonProperty("billing_address") ShopwedoAddress billingAddress,
    @JsonProperty("shipped_at") ShopwedoTimestamp shippedAt,
    String comment,
    String language,
    List<ShopwedoItem> items) {}
