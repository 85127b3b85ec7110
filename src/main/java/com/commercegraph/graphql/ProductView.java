package com.commercegraph.graphql;

import com.commercegraph.catalog.Product;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.commercegraph.stock.StockService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * @param product the product as the service knows it, for the batched stock look-up
 */
@Name("Product")
public record ProductView(
    @NonNull Provider provider,
    @NonNull String providerId,
    String sku,
    String name,
    String description,
    MoneyView price,
    @Description(
            "Whether price includes sales tax (VAT), as the provider documents it: true at REC+"
                + " (prices as the shop shows them), false at Veeqo and ShopWeDo (ex VAT); null"
                + " where the provider does not say.")
        Boolean taxIncluded,
    @Ignore Product product)
    implements Node {

  static ProductView of(Product product) {
    return product == null
        ? null
        : new ProductView(
            product.provider(),
            product.providerId(),
            product.sku(),
            product.name(),
            product.description(),
            MoneyView.of(product.price()),
            product.taxIncluded(),
            product);
  }

  StockService.ProductRef stockRef() {
    return new StockService.ProductRef(provider, sku, product.stock());
  }

  @Override
  @Id
  @NonNull
  public String getId() {
    return NodeId.encode(provider, EntityKind.PRODUCT, providerId);
  }
}
