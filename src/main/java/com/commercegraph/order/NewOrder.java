package com.commercegraph.order;

import com.commercegraph.money.Money;
import com.commercegraph.registry.Provider;
import java.util.List;

/**
 * An order to create at one provider, in the gateway's terms.
 *
 * @param reference the client's idempotency key and external number: VeePe merchantOrderReference,
 *     Veeqo number, ShopWeDo external_order_id
 * @param channelId Veeqo only: the channel (store) the order belongs to
 * @param deliveryMethodId Veeqo only: the delivery method; null for the configured default
 * @param expectedTotal the total the client expects, if it sent one: refused when the lines do not
 *     add up to it
 * @param release ShopWeDo only: whether ShopWeDo releases the order for fulfilment once stock
 *     allows; null for the configured default
 */
public record NewOrder(
    Provider provider,
    String reference,
    Customer customer,
    Address shippingAddress,
    Address billingAddress,
    List<NewOrderLine> lines,
    String channelId,
    String deliveryMethodId,
    String note,
    Money expectedTotal,
    Boolean release) {

  public NewOrder {
    lines = List.copyOf(lines);
  }
}
