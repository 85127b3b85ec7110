package com.commercegraph.sandbox.veepe;

import com.commercegraph.sandbox.SandboxCredentials;
import com.commercegraph.sandbox.SandboxJson;
import com.commercegraph.sandbox.SandboxPaths;
import com.commercegraph.sandbox.SandboxSlice;
import com.commercegraph.sandbox.SimulatedError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * VeePe's API (veepe-api.txt): the JSON token endpoint, bearer tokens that expire, the order
 * lifecycle (409 for a forbidden transition, only OPEN orders can be updated), idempotent creation
 * by {@code merchantOrderReference}, checkout links, invoices and reports, pages of 10 with the
 * totals as strings, and errors as {@code {"errorCode", "errorMessage"}}.
 *
 * <p>veepe-api.txt shows one error code ({@code 1006}, token not valid or expired); the others are
 * the sandbox's own numbers: 1001 validation, 1004 not found, 1007 client credentials refused, 1009
 * conflict.
 */
@Path(SandboxPaths.VEEPE)
@Produces(MediaType.APPLICATION_JSON)
public class VeepeSimulator {

  static final int PAGE_SIZE = 10;
  private static final List<String> ORDER_TYPES = List.of("SALE", "PURCHASE");
  private static final List<String> CHANNELS = List.of("APP", "ECOMM", "WEB");
  private static final List<String> REPORT_TYPES = List.of("ORDER_REPORT", "TRANSACTIONS_REPORT");

  private final VeepeSandbox veepe;
  private final VeepeTokenIssuer tokens;

  VeepeSimulator(VeepeSandbox veepe, VeepeTokenIssuer tokens) {
    this.veepe = veepe;
    this.tokens = tokens;
  }

  /** veepe-api.txt "Generate Access Token": JSON only, camelCase fields. */
  @POST
  @Path("/token")
  @Consumes(MediaType.APPLICATION_JSON)
  public ObjectNode token(JsonNode request) {
    if (request == null || !"client_credentials".equals(SandboxJson.text(request, "grantType"))) {
      throw error(400, 1001, "grantType must be client_credentials");
    }
    if (!SandboxCredentials.VEEPE_CLIENT_ID.equals(SandboxJson.text(request, "clientId"))
        || !SandboxCredentials.VEEPE_CLIENT_SECRET.equals(
            SandboxJson.text(request, "clientSecret"))) {
      throw error(401, 1007, "Invalid client credentials");
    }
    ObjectNode answer = SandboxJson.object();
    answer.put("access_token", tokens.issue());
    answer.put("token_type", "Bearer");
    answer.put("expires_in", VeepeTokenIssuer.LIFETIME.toSeconds());
    answer.put("scope", "orders invoices reports");
    return answer;
  }

  @POST
  @Path("/orders")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createOrder(@Context HttpHeaders headers, JsonNode request) {
    authorize(headers);
    validateNewOrder(request);
    String reference = SandboxJson.text(request, "merchantOrderReference");
    String existing = veepe.orderIdForReference(reference);
    if (existing != null) {
      // veepe-api.txt "Idempotency": duplicate references return the existing order.
      return Response.ok(veepe.createdShape(existing)).build();
    }
    return Response.status(Response.Status.CREATED).entity(veepe.createOrder(request)).build();
  }

  @GET
  @Path("/orders")
  public ObjectNode orders(@Context HttpHeaders headers, @QueryParam("page") Integer page) {
    authorize(headers);
    int index = page == null || page < 1 ? 1 : page;
    return page(veepe.orders((long) (index - 1) * PAGE_SIZE, PAGE_SIZE), index);
  }

  @GET
  @Path("/orders/{orderId}")
  public ObjectNode order(@Context HttpHeaders headers, @PathParam("orderId") String orderId) {
    authorize(headers);
    return existing(orderId);
  }

  @PUT
  @Path("/orders/{orderId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ObjectNode updateOrder(
      @Context HttpHeaders headers, @PathParam("orderId") String orderId, JsonNode changes) {
    authorize(headers);
    ObjectNode order = existing(orderId);
    if (!"OPEN".equals(order.get("orderStatus").asText())) {
      throw error(409, 1009, "Only OPEN orders can be updated");
    }
    if (changes == null || !changes.isObject()) {
      throw error(400, 1001, "Request body is required");
    }
    if (changes.hasNonNull("amount")) {
      validateAmount(changes.get("amount"));
    }
    veepe.update(orderId, changes);
    return success();
  }

  @PUT
  @Path("/orders/{orderId}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  public ObjectNode changeStatus(
      @Context HttpHeaders headers, @PathParam("orderId") String orderId, JsonNode change) {
    authorize(headers);
    ObjectNode order = existing(orderId);
    String status = SandboxJson.text(change, "orderStatus");
    if (status == null || !VeepeLifecycleTable.NEXT.containsKey(status)) {
      throw error(400, 1001, "orderStatus must be one of " + VeepeLifecycleTable.NEXT.keySet());
    }
    String current = order.get("orderStatus").asText();
    if (!VeepeLifecycleTable.allowed(current, status)) {
      throw error(409, 1009, "Invalid status transition from " + current + " to " + status);
    }
    veepe.changeStatus(orderId, status, SandboxJson.text(change, "note"));
    return success();
  }

  @GET
  @Path("/orders/{orderId}/checkout-link")
  public ObjectNode checkoutLink(
      @Context HttpHeaders headers, @PathParam("orderId") String orderId) {
    authorize(headers);
    existing(orderId);
    return veepe.checkoutLink(orderId);
  }

  @POST
  @Path("/orders/{orderId}/invoice")
  public Response createInvoice(
      @Context HttpHeaders headers, @PathParam("orderId") String orderId) {
    authorize(headers);
    existing(orderId);
    return Response.status(Response.Status.CREATED).entity(veepe.createInvoice(orderId)).build();
  }

  @GET
  @Path("/orders/{orderId}/invoice/{invoiceId}")
  public ObjectNode invoice(
      @Context HttpHeaders headers,
      @PathParam("orderId") String orderId,
      @PathParam("invoiceId") String invoiceId) {
    authorize(headers);
    ObjectNode invoice = veepe.invoice(orderId, invoiceId);
    if (invoice == null) {
      throw error(404, 1004, "Invoice not found");
    }
    return invoice;
  }

  @POST
  @Path("/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response requestReport(@Context HttpHeaders headers, JsonNode request) {
    authorize(headers);
    String type = SandboxJson.text(request, "type");
    if (!REPORT_TYPES.contains(type)) {
      throw error(400, 1001, "type must be one of " + REPORT_TYPES);
    }
    long start = millis(request, "startTimestamp");
    long end = millis(request, "endTimestamp");
    if (start > end) {
      throw error(400, 1001, "startTimestamp must not be after endTimestamp");
    }
    return Response.status(Response.Status.CREATED).entity(veepe.requestReport(type)).build();
  }

  @GET
  @Path("/reports")
  public ObjectNode reports(@Context HttpHeaders headers, @QueryParam("page") Integer page) {
    authorize(headers);
    return page(veepe.reports(), page);
  }

  @GET
  @Path("/reports/{reportId}")
  public ObjectNode report(@Context HttpHeaders headers, @PathParam("reportId") String reportId) {
    authorize(headers);
    ObjectNode report = veepe.report(reportId);
    if (report == null) {
      throw error(404, 1004, "Report not found");
    }
    return report;
  }

  private void authorize(HttpHeaders headers) {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    String token =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring("Bearer ".length()).trim()
            : null;
    if (!tokens.valid(token)) {
      throw error(401, 1006, "Token is not valid or has expired");
    }
  }

  private ObjectNode existing(String orderId) {
    ObjectNode order = veepe.order(orderId);
    if (order == null) {
      // veepe-api.txt: the API takes the orderId UUID, never the displayOrderId.
      throw error(404, 1004, "Order not found");
    }
    return order;
  }

  private static void validateNewOrder(JsonNode request) {
    if (request == null || !request.isObject()) {
      throw error(400, 1001, "Request body is required");
    }
    String reference = SandboxJson.text(request, "merchantOrderReference");
    if (reference == null || reference.length() < 3 || reference.length() > 50) {
      throw error(400, 1001, "Merchant Order Reference must have at least 3 and max 50 characters");
    }
    if (!ORDER_TYPES.contains(SandboxJson.text(request, "orderType"))) {
      throw error(400, 1001, "orderType must be one of " + ORDER_TYPES);
    }
    if (!CHANNELS.contains(SandboxJson.text(request, "channel"))) {
      throw error(400, 1001, "channel must be one of " + CHANNELS);
    }
    validateAmount(request.get("amount"));
    if (SandboxJson.text(request.get("customer"), "name") == null) {
      throw error(400, 1001, "customer.name is required");
    }
    JsonNode items = request.path("orderDetails").get("items");
    if (items == null || !items.isArray() || items.isEmpty()) {
      throw error(400, 1001, "orderDetails.items must not be empty");
    }
  }

  private static void validateAmount(JsonNode amount) {
    if (amount == null
        || !amount.path("value").canConvertToLong()
        || !amount.path("value").isIntegralNumber()
        || amount.get("value").asLong() <= 0
        || SandboxJson.text(amount, "currency") == null) {
      throw error(400, 1001, "amount needs a positive value in minor units and a currency");
    }
  }

  private static long millis(JsonNode request, String field) {
    try {
      return Long.parseLong(SandboxJson.text(request, field));
    } catch (NumberFormatException | NullPointerException e) {
      throw error(400, 1001, field + " must be epoch milliseconds");
    }
  }

  private static ObjectNode page(List<ObjectNode> all, Integer page) {
    int index = page == null || page < 1 ? 1 : page;
    return page(SandboxSlice.of(all, (long) (index - 1) * PAGE_SIZE, PAGE_SIZE), index);
  }

  private static ObjectNode page(SandboxSlice slice, int index) {
    ObjectNode answer = SandboxJson.object();
    // veepe-api.txt's samples send the totals and the page number as strings.
    answer.put("totalRecords", String.valueOf(slice.total()));
    answer.put("totalPages", String.valueOf((slice.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    answer.put("page", String.valueOf(index));
    answer.putArray("data").addAll(slice.items());
    return answer;
  }

  private static ObjectNode success() {
    ObjectNode answer = SandboxJson.object();
    answer.put("success", true);
    return answer;
  }

  private static SimulatedError error(int status, int code, String message) {
    ObjectNode body = SandboxJson.object();
    body.put("errorCode", code);
    body.put("errorMessage", message);
    return new SimulatedError(status, body);
  }
}
