package com.commercegraph.graphql;

import com.commercegraph.provider.veepe.VeepeOrderEdit;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateOrderInput")
@Description("VeePe: only OPEN orders can be updated; omitted fields stay as they are.")
public record UpdateOrderInput(
    CustomerInput customer,
    @Description("VeePe keeps one customer address; this replaces it.")
        AddressInput shippingAddress,
    @Description("Replace the order's lines; the order amount is re-priced from them.")
        List<@NonNull OrderLineInput> lines,
    String note) {

  VeepeOrderEdit toEdit() {
    return new VeepeOrderEdit(
        customer == null ? null : customer.toCustomer(),
        shippingAddress == null ? null : shippingAddress.toAddress(),
        lines == null ? null : lines.stream().map(OrderLineInput::toLine).toList(),
        note);
  }
}
