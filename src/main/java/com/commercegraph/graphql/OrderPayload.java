package com.commercegraph.graphql;

import com.commercegraph.order.Order;
import com.commercegraph.order.WriteResult;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record OrderPayload(OrderView order, @NonNull List<@NonNull UserError> userErrors) {

  static OrderPayload of(WriteResult<Order> result) {
    return new OrderPayload(
        result.value() == null ? null : OrderView.of(result.value()),
        UserError.of(result.problems()));
  }
}
