package com.commercegraph.graphql;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class NodeApi {

  private final OrderApi orders;
  private final CatalogApi catalog;
  private final StockApi stock;
  private final InvoiceApi invoices;
  private final ReportApi reports;

  NodeApi(
      OrderApi orders, CatalogApi catalog, StockApi stock, InvoiceApi invoices, ReportApi reports) {
    this.orders = orders;
    this.catalog = catalog;
    this.stock = stock;
    this.invoices = invoices;
    this.reports = reports;
  }

  @Authenticated
  @Query("node")
  @Description("Anything by its id; null when the provider has no such thing.")
  public Node node(@NonNull @Id @Name("id") String id) {
    NodeId nodeId =
        NodeId.decode(id).orElseThrow(() -> ApiError.badUserInput("id", "id is not a valid id"));
    return switch (nodeId.kind()) {
      case ORDER -> orders.order(id);
      case PRODUCT -> catalog.product(id);
      case STOCK_LEVEL -> stock.stockLevel(nodeId);
      case INVOICE -> invoices.invoice(id);
      case REPORT -> reports.report(id);
      default -> throw ApiError.badUserInput("id names nothing node can fetch");
    };
  }
}
