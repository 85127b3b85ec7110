package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.merge.MergedPages;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.RequestLimits;
import com.commercegraph.security.Roles;
import com.commercegraph.stock.StockLevel;
import com.commercegraph.stock.StockService;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class StockApi {

  private final StockService stock;
  private final ProviderRegistry registry;
  private final PageSizes pageSizes;
  private final MergeCursor cursors;
  private final Context context;

  StockApi(
      StockService stock,
      ProviderRegistry registry,
      RequestLimits limits,
      MergeCursor cursors,
      Context context) {
    this.stock = stock;
    this.registry = registry;
    this.pageSizes = new PageSizes(limits);
    this.cursors = cursors;
    this.context = context;
  }

  @RolesAllowed(Roles.CATALOG_READ)
  @Query("stockLevels")
  @Description(
      "Stock at Veeqo (per warehouse), REC+ and ShopWeDo: each provider's in its own order,"
          + " providers one after another.")
  public @NonNull StockLevelConnection stockLevels(
      @Name("filter") StockFilterInput filter,
      @Name("first") Integer first,
      @Name("after") String after)
      throws PartialResultException {
    int size = pageSizes.resolve(first);
    Set<Provider> providers = InputLists.chosen(filter == null ? null : filter.providers());
    Set<String> skus = InputLists.skus("filter.skus", filter == null ? null : filter.skus());
    List<ApiError> errors =
        ListAnswers.namedProviderErrors(providers, stock::keepsStock, "stock levels", registry);
    String question =
        String.join("|", "stock", Questions.sorted(providers), Questions.sorted(skus));
    MergedPages.Result<StockLevel> page =
        stock.stockLevels(providers, skus, size, cursors.decode(question, after));
    List<StockLevelEdge> edges =
        MergedConnections.edges(
            cursors, context, question, page, StockLevelView::of, StockLevelEdge::new);
    return ListAnswers.answer(
        new StockLevelConnection(edges, MergedConnections.pageInfo(cursors, question, page)),
        errors,
        page.failures());
  }

  /** A stock level by id; reached through {@code node}. */
  @RolesAllowed(Roles.CATALOG_READ)
  StockLevelView stockLevel(NodeId id) {
    try {
      return stock.stockLevel(id.provider(), id.nativeId()).map(StockLevelView::of).orElse(null);
    } catch (ProviderException e) {
      throw ApiError.of(e);
    }
  }

  @RolesAllowed(Roles.CATALOG_READ)
  @Name("stock")
  @Description("Stock for this product's SKU at the same provider (resolved in batches).")
  public List<StockLevelView> productStock(@Source List<ProductView> products) {
    return BatchAnswers.of(
        products,
        ProductView::provider,
        stock.stockFor(products.stream().map(ProductView::stockRef).toList()),
        StockLevelView::of);
  }
}
