package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The data of a createOrder call. Null fields are left out of the request.
 *
 * @param externalOrderId the caller's unique order number (required)
 * @param release true asks ShopWeDo to release the order once stock allows; absent leaves it
 *     waiting for release
 * @param createdAt wall-clock time in the configured {@code shopwedo.time-zone}; see {@link
 *     ShopwedoMapper#shopTime}
 * @param billingAddress absent means ShopWeDo uses the shipping address
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShopwedoNewOrder(
    @JsonProperty("external_order_id") String externalOrderId,
    @JsonProperty("external_order_reference") String externalOrderReference,
    Boolean release,
    // shopwedo-api.txt: "Format YYY-mm-dd H:i:s", PHP's H:i:s being zero-padded 24-hour time
    @JsonProperty("created_at") @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss")
        LocalDateTime createdAt,
    String comment,
    @JsonProperty("shipping_address") ShopwedoAddress shippingAddress,
    @JsonProperty("billing_address") ShopwedoAddress billingAddress,
    List<ShopwedoItem> items) {}
