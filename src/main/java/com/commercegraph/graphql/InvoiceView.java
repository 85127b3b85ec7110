package com.commercegraph.graphql;

import com.commercegraph.invoice.Invoice;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Invoice")
@Description("An invoice for one order (VeePe).")
public record InvoiceView(
    @NonNull Provider provider,
    @Ignore String providerId,
    @Ignore String orderProviderId,
    @Description("The provider's own status, such as GENERATED, PAID, CANCELLED, COMPLETED.")
        String status,
    String downloadUrl,
    OffsetDateTime createdAt)
    implements Node {

  public static InvoiceView of(Invoice invoice) {
    return new InvoiceView(
        invoice.provider(),
        invoice.providerId(),
        invoice.orderProviderId(),
        invoice.status(),
        invoice.downloadUrl(),
        invoice.createdAt());
  }

  @Override
  @Id
  @NonNull
  public String getId() {
    return NodeId.encode(provider, EntityKind.INVOICE, orderProviderId + "/" + providerId);
  }

  @Id
  @NonNull
  @Description("The invoiced order's id.")
  public String getOrderId() {
    return NodeId.encode(provider, EntityKind.ORDER, orderProviderId);
  }
}
