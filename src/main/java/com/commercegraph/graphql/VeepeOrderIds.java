package com.commercegraph.graphql;

import com.commercegraph.order.InputProblem;
import com.commercegraph.provider.EntityKind;
import com.commercegraph.provider.Provider;
import java.util.List;
import java.util.Optional;

/** Order id arguments of VeePe-only mutations: other providers' orders are refused, not sent. */
final class VeepeOrderIds {

  private VeepeOrderIds() {}

  /**
   * The problem that stops the mutation when the id is a valid order id of another provider.
   *
   * @throws ApiError BAD_USER_INPUT when the id is not an order id at all
   */
  static Optional<InputProblem> notVeepe(NodeId order, String argument) {
    if (order.provider() == Provider.VEEPE) {
      return Optional.empty();
    }
    return Optional.of(
        new InputProblem(
            List.of(argument),
            "only VeePe orders support this; the id is a " + order.provider() + " order",
            "UNSUPPORTED"));
  }

  static NodeId require(String id) {
    return NodeIds.require(id, EntityKind.ORDER);
  }
}
