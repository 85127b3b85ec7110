package com.commercegraph.sandbox.veeqo;

import com.commercegraph.sandbox.LeakyBucket;
import com.commercegraph.sandbox.SandboxClock;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Veeqo's REST API as the gateway uses it (veeqo-reference/, veeqo-api.txt,
 * veeqo-amazon-buyer-protection.txt): {@code x-api-key} or {@code Authorization: Bearer}, the leaky
 * bucket (429), {@code page}/{@code page_size} lists with the {@code X-Total-Count}, {@code
 * X-Total-Pages-Count}, {@code X-Page-Index} and {@code X-Per-Page} headers. Veeqo documents no
 * error body; as a Rails app it answers {@code {"error_messages": ...}}, which the simulator uses.
 */
@Path(SandboxPaths.VEEQO)
@Produces(MediaType.APPLICATION_JSON)
public class VeeqoSimulator {

  private static final int DEFAULT_PAGE_SIZE = 12;
  private static final String JSON_API = "application/vnd.api+json";

  private final VeeqoSandbox veeqo;
  private final SandboxClock clock;
  // http_codes.md, 429: a bucket per credential that holds 100 requests and drains 5 per second.
  private final LeakyBucket bucket = new LeakyBucket(100, 5);

  private final boolean rateLimited;

  /**
   * @param rateLimited enforce Veeqo's rate limit (commerce.sandbox.rate-limits); off only to
   *     measure the gateway itself with its own limits off
   */
  VeeqoSimulator(
      VeeqoSandbox veeqo,
      SandboxClock clock,
      @ConfigProperty(name = "commerce.sandbox.rate-limits", defaultValue = "true")
          boolean rateLimited) {
    this.veeqo = veeqo;
    this.clock = clock;
    this.rateLimited = rateLimited;
  }

  @GET
  @Path("/orders")
  public Response orders(
      @Context HttpHeaders headers,
      @QueryParam("since_id") Long sinceId,
      @QueryParam("created_at_min") String createdAtMin,
      @QueryParam("updated_at_min") String updatedAtMin,
      @QueryParam("status") String status,
      @QueryParam("query") String query,
      @QueryParam("tags") String tags,
      @QueryParam("page") Integer page,
      @QueryParam("page_size") Integer pageSize) {
    authorize(headers);
    if (status != null && !VeeqoSandbox.STATUSES.contains(status)) {
      throw invalid("status is not one of " + String.join(", ", VeeqoSandbox.STATUSES));
    }
    Predicate<JsonNode> filter =
        afterId(sinceId)
            .and(notBefore("created_at", createdAtMin))
            .and(notBefore("updated_at", updatedAtMin))
            .and(order -> status == null || status.equals(order.get("status").asText()))
            .and(order -> matches(order, query, "number", "deliver_to", "customer"));
    int size = pageSize == null || pageSize < 1 ? DEFAULT_PAGE_SIZE : pageSize;
    int index = page == null || page < 1 ? 1 : page;
    return page(veeqo.orders(filter, (long) (index - 1) * size, size), index, size);
  }

  @GET
  @Path("/orders/{id}")
  public ObjectNode order(@Context HttpHeaders headers, @PathParam("id") long id) {
    authorize(headers);
    return found(veeqo.order(id));
  }

  @POST
  @Path("/orders")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createOrder(@Context HttpHeaders headers, JsonNode body) {
    authorize(headers);
    JsonNode order = body == null ? null : body.get("order");
    if (order == null || !order.isObject()) {
      throw invalid("order is missing");
    }
    if (!order.hasNonNull("channel_id")
        || veeqo.channel(order.get("channel_id").asLong()) == null) {
      throw invalid("channel_id must be an existing channel");
    }
    JsonNode lines = order.get("line_items_attributes");
    if (lines == null || !lines.isArray() || lines.isEmpty()) {
      throw invalid("line_items_attributes can't be blank");
    }
    for (JsonNode line : lines) {
      if (!line.hasNonNull("sellable_id") || !veeqo.hasSellable(line.get("sellable_id").asLong())) {
        throw invalid("line_items_attributes sellable_id must be an existing sellable");
      }
      if (!line.hasNonNull("quantity") || line.get("quantity").asInt() < 1) {
        throw invalid("line_items_attributes quantity must be greater than 0");
      }
    }
    // orders.md: a new order needs a customer (id or attributes) and a delivery address.
    if (!order.hasNonNull("customer_id") && !order.hasNonNull("customer_attributes")) {
      throw invalid("customer can't be blank");
    }
    if (!order.hasNonNull("deliver_to_id") && !order.hasNonNull("deliver_to_attributes")) {
      throw invalid("deliver_to can't be blank");
    }
    return Response.status(Response.Status.CREATED).entity(veeqo.createOrder(order)).build();
  }

  @GET
  @Path("/products")
  public Response products(
      @Context HttpHeaders headers,
      @QueryParam("since_id") Long sinceId,
      @QueryParam("created_at_min") String createdAtMin,
      @QueryParam("updated_at_min") String updatedAtMin,
      @QueryParam("query") String query,
      @QueryParam("warehouse_id") Long warehouseId,
      @QueryParam("page") Integer page,
      @QueryParam("page_size") Integer pageSize) {
    authorize(headers);
    Predicate<JsonNode> filter =
        afterId(sinceId)
            .and(notBefore("created_at", createdAtMin))
            .and(notBefore("updated_at", updatedAtMin))
            .and(product -> matches(product, query, "title", "sellables"))
            .and(product -> warehouseId == null || warehouseId == VeeqoSandbox.WAREHOUSE_ID);
    return page(veeqo.products(filter), page, pageSize);
  }

  @GET
  @Path("/products/{id}")
  public ObjectNode product(@Context HttpHeaders headers, @PathParam("id") long id) {
    authorize(headers);
    return found(veeqo.product(id));
  }

  @GET
  @Path("/sellables/{sellableId}/warehouses/{warehouseId}/stock_entry")
  public ObjectNode stockEntry(
      @Context HttpHeaders headers,
      @PathParam("sellableId") long sellableId,
      @PathParam("warehouseId") long warehouseId) {
    authorize(headers);
    return found(veeqo.stockEntry(sellableId, warehouseId));
  }

  @PUT
  @Path("/sellables/{sellableId}/warehouses/{warehouseId}/stock_entry")
  @Consumes(MediaType.APPLICATION_JSON)
  public ObjectNode updateStockEntry(
      @Context HttpHeaders headers,
      @PathParam("sellableId") long sellableId,
      @PathParam("warehouseId") long warehouseId,
      JsonNode body) {
    authorize(headers);
    JsonNode entry = body == null ? null : body.get("stock_entry");
    // stock_entries.md: physical_stock_level and infinite are required.
    if (entry == null
        || !entry.path("physical_stock_level").canConvertToInt()
        || !entry.path("infinite").isBoolean()) {
      throw invalid("stock_entry needs physical_stock_level and infinite");
    }
    return found(
        veeqo.updateStockEntry(
            sellableId,
            warehouseId,
            entry.get("physical_stock_level").asInt(),
            entry.get("infinite").asBoolean(),
            SandboxJson.text(entry, "location")));
  }

  @GET
  @Path("/channels")
  public Response channels(
      @Context HttpHeaders headers,
      @QueryParam("page") Integer page,
      @QueryParam("page_size") Integer pageSize) {
    authorize(headers);
    return page(veeqo.channels(), page, pageSize);
  }

  @POST
  @Path("/channels")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createChannel(@Context HttpHeaders headers, JsonNode body) {
    authorize(headers);
    JsonNode channel = body == null ? null : body.get("channel");
    if (channel == null || SandboxJson.text(channel, "name") == null) {
      throw invalid("name can't be blank");
    }
    if (!List.of("direct", "retail", "custom_integration")
        .contains(SandboxJson.text(channel, "type_code"))) {
      throw invalid("type_code is not included in the list");
    }
    return Response.status(Response.Status.CREATED).entity(veeqo.createChannel(channel)).build();
  }

  /** veeqo-amazon-buyer-protection.txt: JSON:API only; any other content type answers 415. */
  @POST
  @Path("/api/v2/channel_sellables")
  @Consumes(MediaType.WILDCARD)
  @Produces({JSON_API, MediaType.APPLICATION_JSON})
  public Response createChannelSellable(@Context HttpHeaders headers, JsonNode body) {
    authorize(headers);
    MediaType type = headers.getMediaType();
    if (type == null || !JSON_API.equals(type.getType() + "/" + type.getSubtype())) {
      throw new SimulatedError(415, errors("Content-Type must be " + JSON_API));
    }
    JsonNode attributes = body == null ? null : body.path("data").get("attributes");
    if (attributes == null
        || !attributes.hasNonNull("sellable_id")
        || !veeqo.hasSellable(attributes.get("sellable_id").asLong())) {
      throw invalid("sellable_id must be an existing sellable");
    }
    if (!attributes.hasNonNull("channel_id")
        || veeqo.channel(attributes.get("channel_id").asLong()) == null) {
      throw invalid("channel_id must be an existing channel");
    }
    String channelProductId =
        SandboxJson.text(
            body.path("data").path("relationships").path("channel_product").path("data"), "id");
    return Response.status(Response.Status.CREATED)
        .type(JSON_API)
        .entity(veeqo.createChannelSellable(attributes, channelProductId))
        .build();
  }

  private void authorize(HttpHeaders headers) {
    String key = headers.getHeaderString("x-api-key");
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    String credential;
    if (authorization != null
        && authorization.equals("Bearer " + SandboxCredentials.VEEQO_OAUTH_TOKEN)) {
      credential = "oauth";
    } else if (SandboxCredentials.VEEQO_API_KEY.equals(key)) {
      credential = "api-key";
    } else {
      throw new SimulatedError(401, errors("Unauthorized: the API key or token is not valid"));
    }
    if (rateLimited && !bucket.admit(credential, clock.now())) {
      throw new SimulatedError(429, errors("API request limit reached"));
    }
  }

  private static Response page(List<ObjectNode> all, Integer page, Integer pageSize) {
    int size = pageSize == null || pageSize < 1 ? DEFAULT_PAGE_SIZE : pageSize;
    int index = page == null || page < 1 ? 1 : page;
    return page(SandboxSlice.of(all, (long) (index - 1) * size, size), index, size);
  }

  private static Response page(SandboxSlice slice, int index, int size) {
    return Response.ok(slice.items())
        .header("X-Total-Count", slice.total())
        .header("X-Total-Pages-Count", (slice.total() + size - 1) / size)
        .header("X-Page-Index", index)
        .header("X-Per-Page", size)
        .build();
  }

  private static Predicate<JsonNode> afterId(Long sinceId) {
    return node -> sinceId == null || node.get("id").asLong() > sinceId;
  }

  private static Predicate<JsonNode> notBefore(String field, String filter) {
    if (filter == null || filter.isBlank()) {
      return node -> true;
    }
    Instant min;
    try {
      min = VeeqoSandbox.filterTime(filter);
    } catch (DateTimeParseException e) {
      throw invalid(field + " filter must be YYYY-MM-DD HH:MM:SS");
    }
    return node -> !Instant.parse(node.get(field).asText()).isBefore(min);
  }

  /** Free text search: the query appears, ignoring case, in any text of the named fields. */
  private static boolean matches(JsonNode node, String query, String... fields) {
    if (query == null || query.isBlank()) {
      return true;
    }
    String wanted = query.toLowerCase(Locale.ROOT);
    for (String field : fields) {
      JsonNode value = node.get(field);
      if (value != null && value.toString().toLowerCase(Locale.ROOT).contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static ObjectNode found(ObjectNode entity) {
    if (entity == null) {
      throw new SimulatedError(404, errors("Not found"));
    }
    return entity;
  }

  private static SimulatedError invalid(String message) {
    return new SimulatedError(400, errors(message));
  }

  private static ObjectNode errors(String message) {
    ObjectNode body = SandboxJson.object();
    body.putArray("error_messages").add(message);
    return body;
  }
}
