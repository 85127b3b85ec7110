package com.commercegraph.graphql;

import com.commercegraph.order.InputProblem;
import com.commercegraph.order.WriteResult;
import com.commercegraph.provider.ProviderException;
import com.commercegraph.provider.veepe.VeepeWrites;
import com.commercegraph.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Getting an order paid and billed at VeePe: checkout links and invoices. */
@GraphQLApi
public class PaymentApi {

  private final VeepeWrites veepe;

  PaymentApi(VeepeWrites veepe) {
    this.veepe = veepe;
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("createCheckoutLink")
  @Description("VeePe: the hosted checkout page where the customer pays the order.")
  public @NonNull CheckoutLinkPayload createCheckoutLink(
      @NonNull @Id @Name("orderId") String orderId) {
    NodeId order = VeepeOrderIds.require(orderId);
    Optional<InputProblem> unsupported = VeepeOrderIds.notVeepe(order, "orderId");
    if (unsupported.isPresent()) {
      return CheckoutLinkPayload.of(WriteResult.refused(unsupported.get()));
    }
    try {
      return CheckoutLinkPayload.of(veepe.checkoutLink(order.nativeId()));
    } catch (ProviderException e) {
      throw WriteErrors.of(e, orderId);
    }
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("createInvoice")
  @Description("VeePe: generates an invoice for the order; read it with invoice(id:) for its link.")
  public @NonNull InvoicePayload createInvoice(@NonNull @Id @Name("orderId") String orderId) {
    NodeId order = VeepeOrderIds.require(orderId);
    Optional<InputProblem> unsupported = VeepeOrderIds.notVeepe(order, "orderId");
    if (unsupported.isPresent()) {
      return InvoicePayload.of(WriteResult.refused(unsupported.get()));
    }
    try {
      return InvoicePayload.of(veepe.createInvoice(order.nativeId()));
    } catch (ProviderException e) {
      throw WriteErrors.of(e, orderId);
    }
  }
}
