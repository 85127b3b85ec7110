package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.invoice.InvoiceService;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class InvoiceApi {

  private final InvoiceService invoices;

  InvoiceApi(InvoiceService invoices) {
    this.invoices = invoices;
  }

  @RolesAllowed(Roles.FINANCE_READ)
  @Query("invoice")
  @Description("An invoice by its id; null when the provider has no such invoice.")
  public InvoiceView invoice(@NonNull @Id @Name("id") String id) {
    NodeId nodeId = NodeIds.require(id, EntityKind.INVOICE);
    try {
      return invoices
          .invoice(nodeId.provider(), nodeId.nativeId())
          .map(InvoiceView::of)
          .orElse(null);
    } catch (ProviderException e) {
      throw ApiError.of(e);
    }
  }
}
