package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * A Veeqo order (orders.md, responses/orders/show.json). Money fields are JSON numbers read
 * straight into decimals.
 *
 * @param currencyCode absent in the documented sample; the channel's currency applies then
 * @param createdAt ISO 8601 as Veeqo sends it; parsed by the mapper
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VeeqoOrder(
    long id,
    String number,
    String status,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("updated_at") String updatedAt,
    @JsonProperty("currency_code") String currencyCode,
    @JsonProperty("subtotal_price") BigDecimal subtotalPrice,
    @JsonProperty("total_price") BigDecimal totalPrice,
    @JsonProperty("total_tax") BigDecimal totalTax,
    @JsonProperty("total_discounts") BigDecimal totalDiscounts,
    @JsonProperty("delivery_cost") BigDecimal deliveryCost,
    @JsonProperty("deliver_to") VeeqoAddress deliverTo,
    VeeqoCustomer customer,
    VeeqoChannel channel,
    @JsonProperty("line_items") List<VeeqoLineItem> lineItems) {

  public VeeqoOrder {
    lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
  }
}
