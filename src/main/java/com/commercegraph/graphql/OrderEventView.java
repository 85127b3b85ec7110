package com.commercegraph.graphql;

import com.commercegraph.order.OrderStatus;
import com.commercegraph.order.event.EventSource;
import com.commercegraph.order.event.OrderEvent;
import com.commercegraph.order.event.OrderEventType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("OrderEvent")
@Description("One change of one order.")
public record OrderEventView(
    @NonNull OrderEventType type,
    @Description("The order as it is after the change.") @NonNull OrderView order,
    @Description("The status before the change, where the gateway knew it.")
        OrderStatus previousStatus,
    @Description("When the gateway learnt of the change.") @NonNull OffsetDateTime at,
    @NonNull EventSource source) {

  public static OrderEventView of(OrderEvent event) {
    return new OrderEventView(
        event.type(),
        OrderView.of(event.order()),
        event.previousStatus(),
        event.at(),
        event.source());
  }
}
