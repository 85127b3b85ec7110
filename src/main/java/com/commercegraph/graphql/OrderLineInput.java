package com.commercegraph.graphql;

import com.commercegraph.order.NewOrderLine;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrderLineInput")
public record OrderLineInput(
    @Description(
            "Provider-side product reference: Veeqo sellable id, ShopWeDo SKU id, or a name for"
                + " VeePe lines.")
        @NonNull
        String sku,
    String name,
    int quantity,
    MoneyInput unitPrice,
    @Description("Veeqo only: the marketplace line item id (Amazon buyer protection).")
        String remoteId) {

  NewOrderLine toLine() {
    return new NewOrderLine(
        sku, name, quantity, unitPrice == null ? null : unitPrice.toMoney(), remoteId);
  }
}
