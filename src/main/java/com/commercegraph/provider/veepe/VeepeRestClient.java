package com.commercegraph.provider.veepe;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * VeePe's order, invoice and report endpoints (veepe-api.txt), relative to the base URL that ends
 * in {@code /v1}. Built and wrapped by {@link VeepeClient}, which adds the bearer token and maps
 * errors; nothing else calls it.
 */
// Registered under its key only so that quarkus.rest-client."veepe".* is read: the client is
// built by VeepeClient, which applies those settings (settings/StandardRestClientKeys).
@RegisterRestClient(configKey = "veepe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface VeepeRestClient {

  @POST
  @Path("/orders")
  VeepeOrder createOrder(VeepeNewOrder order);

  @GET
  @Path("/orders")
  VeepePage<VeepeOrder> orders(@QueryParam("page") int page);

  @GET
  @Path("/orders/{orderId}")
  VeepeOrder order(@PathParam("orderId") String orderId);

  @PUT
  @Path("/orders/{orderId}")
  VeepeSuccess updateOrder(@PathParam("orderId") String orderId, VeepeOrderChanges changes);

  @PUT
  @Path("/orders/{orderId}/status")
  VeepeSuccess changeStatus(@PathParam("orderId") String orderId, VeepeStatusChange change);

  @GET
  @Path("/orders/{orderId}/checkout-link")
  VeepeCheckoutLink checkoutLink(@PathParam("orderId") String orderId);

  /** veepe-api.txt documents no request body, only the order id in the path. */
  @POST
  @Path("/orders/{orderId}/invoice")
  VeepeInvoice createInvoice(@PathParam("orderId") String orderId);

  @GET
  @Path("/orders/{orderId}/invoice/{invoiceId}")
  VeepeInvoice invoice(
      @PathParam("orderId") String orderId, @PathParam("invoiceId") String invoiceId);

  @POST
  @Path("/reports")
  VeepeReport requestReport(VeepeReportRequest request);

  @GET
  @Path("/reports")
  VeepePage<VeepeReport> reports(@QueryParam("page") int page);

  @GET
  @Path("/reports/{reportId}")
  VeepeReport report(@PathParam("reportId") String reportId);
}
