package com.commercegraph.graphql;

import com.commercegraph.order.NewOrder;
import com.commercegraph.registry.Provider;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateOrderInput")
public record CreateOrderInput(
    @NonNull Provider provider,
    @Description(
            "Idempotency key / external number: VeePe merchantOrderReference, Veeqo number,"
                + " ShopWeDo external_order_id.")
        @NonNull
        String reference,
    @NonNull CustomerInput customer,
    AddressInput shippingAddress,
    AddressInput billingAddress,
    @NonNull List<@NonNull OrderLineInput> lines,
    @Description("Veeqo: the channel (store) id; required there.") String channelId,
    @Description(
            "Veeqo: the delivery method id (orders.md: required); defaults to the gateway's"
                + " VEEQO_DELIVERY_METHOD_ID.")
        String deliveryMethodId,
    String note,
    @Description(
            "The total the client expects; refused when the lines (unit price times quantity) do"
                + " not add up to it.")
        MoneyInput total,
    @Description(
            "ShopWeDo: release the order for fulfilment once all its stock is available (ShopWeDo"
                + " reserves it until then); false leaves it waiting for release. Defaults to the"
                + " gateway's SHOPWEDO_RELEASE (false). Other providers have no such step.")
        Boolean release) {

  NewOrder toNewOrder() {
    return new NewOrder(
        provider,
        reference,
        customer.toCustomer(),
        shippingAddress == null ? null : shippingAddress.toAddress(),
        billingAddress == null ? null : billingAddress.toAddress(),
        lines.stream().map(OrderLineInput::toLine).toList(),
        channelId,
        deliveryMethodId,
        note,
        total == null ? null : total.toMoney(),
        release);
  }
}
