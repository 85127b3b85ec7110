package com.commercegraph.graphql;

import com.commercegraph.order.event.OrderEventFilter;
import com.commercegraph.order.event.OrderEventStream;
import com.commercegraph.order.event.SubscriberTooSlowException;
import com.commercegraph.security.Roles;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;

@GraphQLApi
public class OrderEventApi {

  private final OrderEventStream events;

  OrderEventApi(OrderEventStream events) {
    this.events = events;
  }

  @RolesAllowed(Roles.ORDERS_READ)
  @Subscription("orderEvents")
  @Description(
      "Orders as they arrive and change, over WebSocket (graphql-transport-ws or graphql-ws):"
          + " REC+ webhooks, polls of Veeqo, VeePe and the ShopWeDo orders the gateway created or"
          + " read, and the gateway's own writes, each change once. A subscriber that leaves too"
          + " many events unread gets SUBSCRIBER_TOO_SLOW and the stream ends.")
  public Multi<OrderEventView> orderEvents(@Name("filter") OrderEventFilterInput filter) {
    return events
        .subscribe(filter(filter))
        .map(OrderEventView::of)
        .onFailure(SubscriberTooSlowException.class)
        .transform(e -> ApiError.subscriberTooSlow((SubscriberTooSlowException) e));
  }

  private static OrderEventFilter filter(OrderEventFilterInput input) {
    if (input == null) {
      return OrderEventFilter.everything();
    }
    return new OrderEventFilter(
        Set.copyOf(orEmpty(input.providers())),
        Set.copyOf(orEmpty(input.statuses())),
        Set.copyOf(orEmpty(input.types())));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
