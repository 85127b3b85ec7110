package com.commercegraph.graphql;

import com.commercegraph.order.OrderEdit;
import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * {@code lines} is an optional list of required lines ({@code [OrderLineInput!]}); see {@link
 * OrderFilterInput} for why it carries {@code @Nullable}.
 */
@Input("UpdateOrderInput")
@Description("VeePe: only OPEN orders can be updated; omitted fields stay as they are.")
public record UpdateOrderInput(
    CustomerInput customer,
    @Description("VeePe keeps one customer address; this replaces it.")
        AddressInput shippingAddress,
    @Description("Replace the order's lines; the order amount is re-priced from them.") @Nullable
        List<@NonNull OrderLineInput> lines,
    String note) {

  OrderEdit toEdit() {
    return new OrderEdit(
        customer == null ? null : customer.toCustomer(),
        shippingAddress == null ? null : shippingAddress.toAddress(),
        lines == null ? null : lines.stream().map(OrderLineInput::toLine).toList(),
        note);
  }
}
