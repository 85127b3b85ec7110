package com.commercegraph.graphql;

import com.commercegraph.order.OrderEdit;
import com.commercegraph.write.InputProblem;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * {@code lines} is {@code [OrderLineInput]} rather than the contract's {@code [OrderLineInput!]}:
 * SmallRye GraphQL turns {@code List<@NonNull X>} into a required {@code [X!]!} (smallrye-graphql
 * issue 753, as in {@link OrderFilterInput}), and lines are optional here. A null line is refused
 * as a user error.
 */
@Input("UpdateOrderInput")
@Description("VeePe: only OPEN orders can be updated; omitted fields stay as they are.")
public record UpdateOrderInput(
    CustomerInput customer,
    @Description("VeePe keeps one customer address; this replaces it.")
        AddressInput shippingAddress,
    @Description("Replace the order's lines; the order amount is re-priced from them.")
        List<OrderLineInput> lines,
    String note) {

  /** The problem with a null item in {@code lines}, which the schema cannot rule out. */
  Optional<InputProblem> nullLine() {
    if (lines == null) {
      return Optional.empty();
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i) == null) {
        return Optional.of(
            InputProblem.of(
                "REQUIRED", "a line must not be null", "input", "lines", String.valueOf(i)));
      }
    }
    return Optional.empty();
  }

  OrderEdit toEdit() {
    return new OrderEdit(
        customer == null ? null : customer.toCustomer(),
        shippingAddress == null ? null : shippingAddress.toAddress(),
        lines == null ? null : lines.stream().map(OrderLineInput::toLine).toList(),
        note);
  }
}
