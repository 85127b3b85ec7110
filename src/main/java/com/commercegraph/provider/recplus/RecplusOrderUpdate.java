package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The body of {@code POST /orders/{id}}: a partial update, so absent (null) fields are not sent and
 * stay as they are. recplus-api.txt: "required fields: status (see Admin &gt; Order Statuses)
 * updatable fields: customers_order_id, fob, purchase_order_number, required_by_date, status,
 * delivery_note".
 *
 * @param status one of the site's own status texts, exactly as configured in its admin
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecplusOrderUpdate(
    String status,
    @JsonProperty("customers_order_id") String customersOrderId,
    String fob,
    @JsonProperty("purchase_order_number") String purchaseOrderNumber,
    @JsonProperty("required_by_date") String requiredByDate,
    @JsonProperty("delivery_note") String deliveryNote) {

  public RecplusOrderUpdate {
    Objects.requireNonNull(status, "status");
  }

  /** An update of the status text alone. */
  public static RecplusOrderUpdate status(String status) {
    return new RecplusOrderUpdate(status, null, null, null, null, null);
  }
}
