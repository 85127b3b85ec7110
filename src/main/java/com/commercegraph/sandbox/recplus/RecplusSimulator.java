package com.commercegraph.sandbox.recplus;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A REC+ site's API v1 (recplus-api.txt) for the resources the gateway uses: orders, products and
 * stock. HTTP Basic auth with the Full API Access user; lists page with {@code limit} (default 25,
 * at most 1000) and {@code offset} and answer {@code href}, the items, {@code count}, {@code
 * total_count} and {@code paging}; {@code fields=*} gives full data; updates answer 204, or with
 * {@code diffOnly=true} the diff, changing nothing; errors are {@code {"errors": [{"status",
 * "message"}]}} with the same HTTP status.
 */
@Path(SandboxPaths.RECPLUS)
@Produces(MediaType.APPLICATION_JSON)
public class RecplusSimulator {

  private static final int DEFAULT_LIMIT = 25;
  private static final int MAX_LIMIT = 1000;

  private final RecplusSandbox site;
  private final RecplusWebhookSender webhooks;

  RecplusSimulator(RecplusSandbox site, RecplusWebhookSender webhooks) {
    this.site = site;
    this.webhooks = webhooks;
  }

  @GET
  @Path("/orders")
  public ObjectNode orders(
      @Context HttpHeaders headers,
      @QueryParam("limit") Integer limit,
      @QueryParam("offset") Long offset,
      @QueryParam("since_timestamp") String sinceTimestamp,
      @QueryParam("fields") String fields) {
    authorize(headers);
    checkPaging(limit, offset);
    int size = limit == null ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    SandboxSlice orders = site.orders(since(sinceTimestamp), offset == null ? 0 : offset, size);
    boolean full = "*".equals(fields);
    SandboxSlice shown =
        full
            ? orders
            : new SandboxSlice(
                orders.items().stream().map(RecplusSimulator::basicOrder).toList(), orders.total());
    Map<String, String> query = new LinkedHashMap<>();
    query.put("fields", fields == null ? "" : fields);
    if (sinceTimestamp != null) {
      query.put("since_timestamp", sinceTimestamp);
    }
    return page("orders", shown, query, limit, offset);
  }

  @GET
  @Path("/orders/{id}")
  public ObjectNode order(@Context HttpHeaders headers, @PathParam("id") String id) {
    authorize(headers);
    return found(site.order(number(id)), "Order not found");
  }

  /** recplus-api.txt: "required fields: status (see Admin > Order Statuses)". */
  @POST
  @Path("/orders/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response updateOrder(
      @Context HttpHeaders headers,
      @PathParam("id") String id,
      @QueryParam("diffOnly") boolean diffOnly,
      JsonNode update) {
    authorize(headers);
    long orderId = number(id);
    found(site.order(orderId), "Order not found");
    String status = SandboxJson.text(update, "status");
    if (status == null) {
      throw error(400, "Missing required field: status");
    }
    if (!RecplusSandbox.STATUSES.contains(status)) {
      throw error(400, "Invalid status: " + status);
    }
    ObjectNode diff = site.updateOrder(orderId, update, !diffOnly);
    if (!diffOnly && !diff.get("diff").isEmpty()) {
      webhooks.send("update.order", site.order(orderId));
    }
    return diffOnly ? Response.ok(diff).build() : Response.noContent().build();
  }

  @GET
  @Path("/products")
  public ObjectNode products(
      @Context HttpHeaders headers,
      @QueryParam("q") String q,
      @QueryParam("ids") String ids,
      @QueryParam("status") String status,
      @QueryParam("limit") Integer limit,
      @QueryParam("offset") Long offset,
      @QueryParam("fields") String fields) {
    authorize(headers);
    Set<String> wantedIds =
        ids == null || ids.isBlank()
            ? null
            : Arrays.stream(ids.split(",")).map(String::trim).collect(Collectors.toSet());
    String text = q == null ? null : q.toLowerCase(Locale.ROOT);
    List<ObjectNode> products =
        site.products("*".equals(fields)).stream()
            .filter(p -> wantedIds == null || wantedIds.contains(p.get("id").asText()))
            .filter(p -> status == null || status.equalsIgnoreCase(p.get("status").asText()))
            .filter(p -> text == null || searchText(p).contains(text))
            .toList();
    Map<String, String> query = new LinkedHashMap<>();
    query.put("fields", fields == null ? "" : fields);
    query.put("identifier", "");
    return page("products", products, query, limit, offset);
  }

  @GET
  @Path("/products/{id}")
  public ObjectNode product(
      @Context HttpHeaders headers,
      @PathParam("id") String id,
      @QueryParam("identifier") String identifier) {
    authorize(headers);
    if ("code".equals(identifier)) {
      return found(site.productByCode(id), "Product not found");
    }
    return found(site.product(number(id)), "Product not found");
  }

  @GET
  @Path("/stock")
  public ObjectNode stock(
      @Context HttpHeaders headers,
      @QueryParam("codes") String codes,
      @QueryParam("limit") Integer limit,
      @QueryParam("offset") Long offset) {
    authorize(headers);
    Set<String> wanted =
        codes == null || codes.isBlank()
            ? null
            : Arrays.stream(codes.split(",")).map(String::trim).collect(Collectors.toSet());
    List<ObjectNode> items =
        site.stock().stream()
            .filter(item -> wanted == null || wanted.contains(item.get("code").asText()))
            .toList();
    Map<String, String> query = new LinkedHashMap<>();
    if (codes != null) {
      query.put("codes", codes);
    }
    return page("stock", items, query, limit, offset);
  }

  @GET
  @Path("/stock/{code}")
  public ObjectNode stockItem(@Context HttpHeaders headers, @PathParam("code") String code) {
    authorize(headers);
    ObjectNode item = found(site.stockItem(code), "Stock not found");
    ObjectNode shown = SandboxJson.object();
    shown.put("href", "/stock/" + code + ".json");
    shown.setAll(item);
    return shown;
  }

  /** recplus-api.txt: "Update a specific code's stock required fields: code, stock". */
  @POST
  @Path("/stock/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response updateStockItem(
      @Context HttpHeaders headers,
      @PathParam("code") String code,
      @QueryParam("diffOnly") boolean diffOnly,
      JsonNode update) {
    authorize(headers);
    found(site.stockItem(code), "Stock not found");
    requireStockFields(update);
    ObjectNode diff = site.updateStock(code, update, !diffOnly);
    return diffOnly ? Response.ok(diff).build() : Response.noContent().build();
  }

  /** recplus-api.txt: batch update "requires a direct array of stock objects". */
  @POST
  @Path("/stock")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response updateStock(
      @Context HttpHeaders headers, @QueryParam("diffOnly") boolean diffOnly, JsonNode updates) {
    authorize(headers);
    if (updates == null || !updates.isArray()) {
      throw error(400, "Batch stock update requires an array of stock objects");
    }
    // All or nothing: every object is checked before any is applied.
    for (JsonNode update : updates) {
      requireStockFields(update);
      found(site.stockItem(update.get("code").asText()), "Stock not found");
    }
    List<ObjectNode> diffs = new ArrayList<>();
    for (JsonNode update : updates) {
      diffs.add(site.updateStock(update.get("code").asText(), update, !diffOnly));
    }
    if (!diffOnly) {
      return Response.noContent().build();
    }
    ObjectNode answer = SandboxJson.object();
    answer.putArray("stock").addAll(diffs);
    return Response.ok(answer).build();
  }

  private static void requireStockFields(JsonNode update) {
    if (update == null
        || SandboxJson.text(update, "code") == null
        || !update.path("stock").canConvertToInt()
        || !update.get("stock").isNumber()) {
      throw error(400, "Missing required fields: code, stock");
    }
  }

  private static void authorize(HttpHeaders headers) {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    String expected =
        SandboxCredentials.RECPLUS_USERNAME + ":" + SandboxCredentials.RECPLUS_PASSWORD;
    if (authorization == null || !authorization.startsWith("Basic ")) {
      throw unauthorized();
    }
    String given;
    try {
      given =
          new String(
              Base64.getDecoder().decode(authorization.substring("Basic ".length()).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw unauthorized();
    }
    if (!expected.equals(given)) {
      throw unauthorized();
    }
  }

  private static SimulatedError unauthorized() {
    return new SimulatedError(
        401,
        errors(401, "Unauthorized: invalid API username or password"),
        Map.of(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"REC+ API\""));
  }

  /**
   * One page in REC+'s list shape. The hrefs repeat the request's own filters, as in
   * recplus-api.txt's example ({@code /products.json?fields=&identifier=&limit=25&offset=25}).
   */
  private static ObjectNode page(
      String resource,
      List<ObjectNode> all,
      Map<String, String> query,
      Integer limit,
      Long offset) {
    checkPaging(limit, offset);
    int size = limit == null ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    return page(
        resource, SandboxSlice.of(all, offset == null ? 0 : offset, size), query, limit, offset);
  }

  private static void checkPaging(Integer limit, Long offset) {
    if ((limit != null && limit < 1) || (offset != null && offset < 0)) {
      throw error(400, "limit must be positive and offset not negative");
    }
  }

  /** One page in REC+'s list shape, from a slice of the list starting at {@code offset}. */
  private static ObjectNode page(
      String resource, SandboxSlice slice, Map<String, String> query, Integer limit, Long offset) {
    int size = limit == null ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    long start = offset == null ? 0 : offset;
    int total = slice.total();
    String base =
        "/"
            + resource
            + ".json?"
            + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    String separator = query.isEmpty() ? "" : "&";
    long lastOffset = total == 0 ? 0 : ((total - 1) / size) * (long) size;
    ObjectNode answer = SandboxJson.object();
    answer.put("href", query.isEmpty() ? "/" + resource + ".json" : base);
    answer.putArray(resource).addAll(slice.items());
    answer.put("count", slice.items().size());
    answer.put("total_count", total);
    ObjectNode paging = answer.putObject("paging");
    paging.put("offset", start);
    paging.put("limit", size);
    paging.put("first_page_href", base + separator + "limit=" + size + "&offset=0");
    paging.put("last_page_href", base + separator + "limit=" + size + "&offset=" + lastOffset);
    if (start + size < total) {
      paging.put(
          "next_page_href", base + separator + "limit=" + size + "&offset=" + (start + size));
    } else {
      paging.putNull("next_page_href");
    }
    if (start > 0) {
      paging.put(
          "previous_page_href",
          base + separator + "limit=" + size + "&offset=" + Math.max(0, start - size));
    } else {
      paging.putNull("previous_page_href");
    }
    return answer;
  }

  /** recplus-api.txt: Unix seconds or a site-time date such as 2020-06-11T07:45:02. */
  private static Instant since(String sinceTimestamp) {
    if (sinceTimestamp == null || sinceTimestamp.isBlank()) {
      return null;
    }
    try {
      if (sinceTimestamp.matches("[0-9]+")) {
        return Instant.ofEpochSecond(Long.parseLong(sinceTimestamp));
      }
      return LocalDateTime.parse(sinceTimestamp).atZone(RecplusSandbox.SITE_ZONE).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw error(400, "Invalid since_timestamp");
    }
  }

  private static ObjectNode basicOrder(ObjectNode order) {
    ObjectNode basic = SandboxJson.object();
    for (String field :
        List.of("href", "id", "invoice_id", "start_date", "payment_date", "status", "totals")) {
      basic.set(field, order.get(field));
    }
    return basic;
  }

  private static String searchText(JsonNode product) {
    return (product.get("id").asText()
            + " "
            + product.get("code").asText()
            + " "
            + product.get("name").asText()
            + " "
            + SandboxJson.text(product, "desc"))
        .toLowerCase(Locale.ROOT);
  }

  private static long number(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw error(404, "Not found");
    }
  }

  private static ObjectNode found(ObjectNode entity, String message) {
    if (entity == null) {
      throw error(404, message);
    }
    return entity;
  }

  private static SimulatedError error(int status, String message) {
    return new SimulatedError(status, errors(status, message));
  }

  private static ObjectNode errors(int status, String message) {
    ObjectNode body = SandboxJson.object();
    ObjectNode error = body.putArray("errors").addObject();
    error.put("status", status);
    error.put("message", message);
    return body;
  }
}
