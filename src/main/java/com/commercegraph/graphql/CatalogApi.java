package com.commercegraph.graphql;

import com.commercegraph.catalog.CatalogService;
import com.commercegraph.catalog.Product;
import com.commercegraph.catalog.ProductQuery;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.merge.MergedPages;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.RequestLimits;
import com.commercegraph.security.Roles;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class CatalogApi {

  private final CatalogService catalog;
  private final ProviderRegistry registry;
  private final PageSizes pageSizes;
  private final MergeCursor cursors;
  private final Context context;

  CatalogApi(
      CatalogService catalog,
      ProviderRegistry registry,
      RequestLimits limits,
      MergeCursor cursors,
      Context context) {
    this.catalog = catalog;
    this.registry = registry;
    this.pageSizes = new PageSizes(limits);
    this.cursors = cursors;
    this.context = context;
  }

  @RolesAllowed(Roles.CATALOG_READ)
  @Query("product")
  @Description("A product by its id; null when the provider has no such product.")
  public ProductView product(@NonNull @Id @Name("id") String id) {
    NodeId nodeId = NodeIds.require(id, EntityKind.PRODUCT);
    try {
      return catalog
          .product(nodeId.provider(), nodeId.nativeId())
          .map(ProductView::of)
          .orElse(null);
    } catch (ProviderException e) {
      throw ApiError.of(e);
    }
  }

  @RolesAllowed(Roles.CATALOG_READ)
  @Query("products")
  @Description(
      "The catalogues of Veeqo, REC+ and ShopWeDo: each provider's products in its own order,"
          + " providers one after another.")
  public @NonNull ProductConnection products(
      @Name("filter") ProductFilterInput filter,
      @Name("first") Integer first,
      @Name("after") String after)
      throws PartialResultException {
    int size = pageSizes.resolve(first);
    Set<Provider> providers = InputLists.chosen(filter == null ? null : filter.providers());
    String search =
        filter == null || filter.search() == null || filter.search().isBlank()
            ? null
            : filter.search().trim();
    if (search != null && search.length() > 200) {
      throw ApiError.badUserInput("filter.search", "filter.search is longer than 200 characters");
    }
    ProductQuery query =
        new ProductQuery(
            search, InputLists.skus("filter.skus", filter == null ? null : filter.skus()));
    List<ApiError> errors =
        ListAnswers.namedProviderErrors(
            providers, catalog::hasCatalog, "a product catalogue", registry);
    String question =
        String.join(
            "|",
            "products",
            Questions.sorted(providers),
            String.valueOf(search),
            Questions.sorted(query.skus()));
    MergedPages.Result<Product> page =
        catalog.products(providers, query, size, cursors.decode(question, after));
    List<ProductEdge> edges =
        MergedConnections.edges(
            cursors, context, question, page, ProductView::of, ProductEdge::new);
    return ListAnswers.answer(
        new ProductConnection(edges, MergedConnections.pageInfo(cursors, question, page)),
        errors,
        page.failures());
  }

  @RolesAllowed(Roles.CATALOG_READ)
  @Name("product")
  @Description(
      "The catalogue product behind the line, where the provider can say (resolved in batches).")
  public List<ProductView> lineProducts(@Source List<OrderLineView> lines) {
    return BatchAnswers.of(
        lines,
        OrderLineView::provider,
        catalog.productsFor(
            lines.stream()
                .map(l -> new CatalogService.LineRef(l.provider(), l.productRef(), l.product()))
                .toList()),
        ProductView::of);
  }
}
