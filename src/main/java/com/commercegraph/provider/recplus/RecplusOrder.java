package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A REC+ order as sent by {@code GET /orders/{id}} (and by {@code GET /orders?fields=*}).
 *
 * @param startDate when the order was placed, site time without an offset
 * @param status the site's own status text ("Payment Received")
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusOrder(
    long id,
    @JsonProperty("invoice_id") Long invoiceId,
    @JsonProperty("start_date") String startDate,
    @JsonProperty("payment_date") String paymentDate,
    String status,
    RecplusUser user,
    @JsonProperty("delivery_address") RecplusAddress deliveryAddress,
    RecplusTotals totals,
    List<RecplusOrderLine> lines,
    @JsonProperty("customers_order_id") String customersOrderId,
    String fob,
    @JsonProperty("required_by_date") String requiredByDate,
    @JsonProperty("purchase_order_number") String purchaseOrderNumber,
    @JsonProperty("delivery_note") String deliveryNote) {

  public RecplusOrder {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }
}
