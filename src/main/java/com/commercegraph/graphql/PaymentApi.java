package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.invoice.InvoiceService;
import com.commercegraph.payment.PaymentService;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Getting an order paid and billed at VeePe: checkout links and invoices. */
@GraphQLApi
public class PaymentApi {

  private final PaymentService payments;
  private final InvoiceService invoices;

  PaymentApi(PaymentService payments, InvoiceService invoices) {
    this.payments = payments;
    this.invoices = invoices;
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("createCheckoutLink")
  @Description("VeePe: the hosted checkout page where the customer pays the order.")
  public @NonNull CheckoutLinkPayload createCheckoutLink(
      @NonNull @Id @Name("orderId") String orderId) {
    NodeId order = NodeIds.require(orderId, EntityKind.ORDER);
    try {
      return CheckoutLinkPayload.of(payments.checkoutLink(order.provider(), order.nativeId()));
    } catch (ProviderException e) {
      throw WriteErrors.of(e, orderId);
    }
  }

  @RolesAllowed(Roles.ORDERS_WRITE)
  @Mutation("createInvoice")
  @Description("VeePe: generates an invoice for the order; read it with invoice(id:) for its link.")
  public @NonNull InvoicePayload createInvoice(@NonNull @Id @Name("orderId") String orderId) {
    NodeId order = NodeIds.require(orderId, EntityKind.ORDER);
    try {
      return InvoicePayload.of(invoices.create(order.provider(), order.nativeId()));
    } catch (ProviderException e) {
      throw WriteErrors.of(e, orderId);
    }
  }
}
