package com.commercegraph.order;

import com.commercegraph.money.Money;
import com.commercegraph.registry.Provider;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order as the gateway shows it, whichever provider holds it.
 *
 * @param providerId the provider's own id, used to address the order there
 * @param number the human-readable number (VeePe displayOrderId, Veeqo number, REC+ id, ShopWeDo
 *     external_order_id)
 * @param providerStatus the provider's status exactly as it sent it
 * @param shipping delivery charges, where the provider gives them apart from the lines
 * @param discount discounts and coupons, as a positive amount taken off the total
 * @param allowedTransitions statuses this order may move to next; empty without a lifecycle
 */
public record Order(
    Provider provider,
    String providerId,
    String number,
    OrderStatus status,
    String providerStatus,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    Money total,
    Money shipping,
    Money discount,
    Customer customer,
    Address shippingAddress,
    Address billingAddress,
    List<OrderLine> lines,
    List<OrderStatus> allowedTransitions,
    List<OrderStatusEvent> statusHistory) {

  public Order {
    lines = List.copyOf(lines);
    allowedTransitions = List.copyOf(allowedTransitions);
    statusHistory = List.copyOf(statusHistory);
  }

  /**
   * An order known to exist, of which only the provider's id is known (reading it failed): status
   * UNKNOWN, nothing else. A later read of the id gives the provider's own view.
   */
  public static Order idOnly(Provider provider, String providerId) {
    return new Order(
        provider,
        providerId,
        null,
        OrderStatus.UNKNOWN,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of());
  }
}
