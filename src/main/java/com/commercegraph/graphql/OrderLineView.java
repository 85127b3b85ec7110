package com.commercegraph.graphql;

import com.commercegraph.catalog.Product;
import com.commercegraph.order.OrderLine;
import com.commercegraph.registry.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * @param provider the order's provider, where the line's product is looked up
 * @param productRef the provider's own id of the product behind the line; not shown to clients
 * @param product the product the order embedded for this line, where it did; not shown directly
 */
@Name("OrderLine")
public record OrderLineView(
    String sku,
    String name,
    int quantity,
    @Description("The price of one unit, before the line's discount.") MoneyView unitPrice,
    @Description(
            "What the line comes to: quantity times unit price, less the line's discount. Exact"
                + " as the provider states it (REC+ gives only this total: its unitPrice is this"
                + " shared over the units, rounded to the currency where it does not divide"
                + " evenly).")
        MoneyView total,
    @Description(
            "What was taken off this line, as a positive amount; null where the provider does not"
                + " say (VeePe, ShopWeDo).")
        MoneyView discount,
    @Description(
            "Whether the line's amounts include sales tax (VAT), as the provider documents it:"
                + " true at REC+, false at Veeqo (tax is added to the order); null where the"
                + " provider does not say (VeePe, ShopWeDo).")
        Boolean taxIncluded,
    @Ignore Provider provider,
    @Ignore String productRef,
    @Ignore Product product) {

  static OrderLineView of(Provider provider, OrderLine line) {
    return new OrderLineView(
        line.sku(),
        line.name(),
        line.quantity(),
        MoneyView.of(line.unitPrice()),
        MoneyView.of(line.total()),
        MoneyView.of(line.discount()),
        line.taxIncluded(),
        provider,
        line.productRef(),
        line.product());
  }
}
