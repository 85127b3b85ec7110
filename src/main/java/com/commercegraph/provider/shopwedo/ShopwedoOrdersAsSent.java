package com.commercegraph.provider.shopwedo;

import com.commercegraph.order.NewOrder;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderLine;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.registry.Provider;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer to a write that ShopWeDo applied but whose read-back failed: what the gateway knows
 * without asking again. A write that happened is never reported as failed; these orders say only
 * what is certain and leave the rest empty.
 */
final class ShopwedoOrdersAsSent {

  private ShopwedoOrdersAsSent() {}

  /**
   * The order as it was sent, under ShopWeDo's new id; status UNKNOWN, since ShopWeDo decides it
   * (waiting for release, or released). No prices: ShopWeDo orders hold none.
   */
  static Order created(NewOrder order, String orderId, OffsetDateTime createdAt) {
    return new Order(
        Provider.SHOPWEDO,
        orderId,
        order.reference(),
        OrderStatus.UNKNOWN,
        null,
        createdAt,
        null,
        null,
        null,
        null,
        order.customer(),
        order.shippingAddress(),
        order.billingAddress(),
        order.lines().stream()
            .map(line -> new OrderLine(line.sku(), line.name(), line.quantity(), null, line.sku()))
            .toList(),
        List.of(),
        List.of());
  }

  /** A cancelled order known only by its id. */
  static Order cancelled(String orderId) {
    return new Order(
        Provider.SHOPWEDO,
        orderId,
        null,
        OrderStatus.CANCELLED,
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
