package com.commercegraph.graphql;

import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Order")
@Description("An order at one provider, in the gateway's common shape.")
public record OrderView(
    @NonNull Provider provider,
    @NonNull String providerId,
    @Description(
            "Human-readable number: VeePe displayOrderId, Veeqo number, REC+ id, ShopWeDo"
                + " external_order_id.")
        String number,
    @NonNull OrderStatus status,
    @Description("The provider's own status, exactly as it sent it.") String providerStatus,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    MoneyView total,
    @Description("Delivery charges, where the provider gives them apart from the lines.")
        MoneyView shipping,
    @Description("Discounts and coupons taken off the total, as a positive amount.")
        MoneyView discount,
    Customer customer,
    Address shippingAddress,
    Address billingAddress,
    @NonNull List<@NonNull OrderLineView> lines,
    @Description(
            "Statuses this order may move to next (VeePe lifecycle); empty where the provider has no"
                + " lifecycle.")
        @NonNull
        List<@NonNull OrderStatus> allowedTransitions,
    @NonNull List<@NonNull OrderStatusEventView> statusHistory)
    implements Node {

  public static OrderView of(Order order) {
    return new OrderView(
        order.provider(),
        order.providerId(),
        order.number(),
        order.status(),
        order.providerStatus(),
        order.createdAt(),
        order.updatedAt(),
        MoneyView.of(order.total()),
        MoneyView.of(order.shipping()),
        MoneyView.of(order.discount()),
        order.customer(),
        order.shippingAddress(),
        order.billingAddress(),
        order.lines().stream().map(line -> OrderLineView.of(order.provider(), line)).toList(),
        order.allowedTransitions(),
        order.statusHistory().stream().map(OrderStatusEventView::of).toList());
  }

  @Override
  @Id
  @NonNull
  public String getId() {
    return NodeId.encode(provider, EntityKind.ORDER, providerId);
  }
}
