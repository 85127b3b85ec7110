package com.commercegraph.graphql;

import com.commercegraph.catalog.Product;
import com.commercegraph.order.OrderLine;
import com.commercegraph.registry.Provider;
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
    MoneyView unitPrice,
    @Ignore Provider provider,
    @Ignore String productRef,
    @Ignore Product product) {

  static OrderLineView of(Provider provider, OrderLine line) {
    return new OrderLineView(
        line.sku(),
        line.name(),
        line.quantity(),
        MoneyView.of(line.unitPrice()),
        provider,
        line.productRef(),
        line.product());
  }
}
