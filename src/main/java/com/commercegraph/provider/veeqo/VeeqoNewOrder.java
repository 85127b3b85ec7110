package com.commercegraph.provider.veeqo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order to create in Veeqo, sent as {@code {"order": {...}}} without null fields (orders.md
 * "Create a New Order", requests/orders/*.json, veeqo-amazon-buyer-protection.txt step 3).
 *
 * <p>Veeqo needs either {@code customerId} or {@code customer}, and either {@code deliverToId} or
 * {@code deliverTo}. For Amazon buyer protection, {@code number} is the Amazon order id exactly and
 * each line's {@code remoteId} the Amazon line item id.
 *
 * @param dueDate as Veeqo takes it, e.g. {@code 2026-05-15}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VeeqoNewOrder(
    @JsonProperty("channel_id") long channelId,
    String number,
    @JsonProperty("customer_id") Long customerId,
    @JsonProperty("deliver_to_id") Long deliverToId,
    @JsonProperty("delivery_method_id") Long deliveryMethodId,
    @JsonProperty("due_date") String dueDate,
    @JsonProperty("send_notification_email") Boolean sendNotificationEmail,
    @JsonProperty("delivery_cost") BigDecimal deliveryCost,
    @JsonProperty("total_tax") BigDecimal totalTax,
    @JsonProperty("total_discounts") BigDecimal totalDiscounts,
    @JsonProperty("currency_code") String currencyCode,
    @JsonProperty("line_items_attributes") List<LineItem> lineItems,
    @JsonProperty("customer_attributes") NewCustomer customer,
    @JsonProperty("deliver_to_attributes") VeeqoAddress deliverTo,
    @JsonProperty("payment_attributes") Payment payment,
    @JsonProperty("customer_note_attributes") Note customerNote) {

  public VeeqoNewOrder {
    lineItems = List.copyOf(lineItems);
  }

  /** orders.md "line_items_attributes"; {@code remoteId} per the Amazon buyer-protection guide. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LineItem(
      @JsonProperty("sellable_id") long sellableId,
      int quantity,
      @JsonProperty("price_per_unit") BigDecimal pricePerUnit,
      @JsonProperty("tax_rate") BigDecimal taxRate,
      @JsonProperty("taxless_discount_per_unit") BigDecimal taxlessDiscountPerUnit,
      @JsonProperty("remote_id") String remoteId,
      @JsonProperty("additional_options") String additionalOptions) {}

  /** requests/orders/create_full_with_new_customer.json {@code customer_attributes}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NewCustomer(
      String email,
      String phone,
      String mobile,
      @JsonProperty("billing_address_attributes") VeeqoAddress billingAddress) {}

  /**
   * @param paymentType one of Veeqo's payment types (orders.md: none, cash, credit_card, paypal...)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Payment(
      @JsonProperty("payment_type") String paymentType,
      @JsonProperty("reference_number") String referenceNumber) {}

  public record Note(String text) {}
}
