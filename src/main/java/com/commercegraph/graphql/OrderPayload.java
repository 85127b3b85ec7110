package com.commercegraph.graphql;

import com.commercegraph.order.Order;
import com.commercegraph.write.WriteResult;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record OrderPayload(
    OrderView order,
    @Description(
            "Dry runs: what the provider would change, as the provider's own JSON text (REC+"
                + " diffOnly); null otherwise.")
        String diff,
    @NonNull List<@NonNull UserError> userErrors) {

  static OrderPayload of(WriteResult<Order> result) {
    return withDiff(result, null);
  }

  static OrderPayload withDiff(WriteResult<Order> result, String diff) {
    return new OrderPayload(
        result.value() == null ? null : OrderView.of(result.value()),
        diff,
        UserError.of(result.problems()));
  }
}
