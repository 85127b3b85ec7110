package com.commercegraph.sandbox.shopwedo;

import com.commercegraph.sandbox.LeakyBucket;
import com.commercegraph.sandbox.SandboxClock;
import com.commercegraph.sandbox.SandboxCredentials;
import com.commercegraph.sandbox.SandboxJson;
import com.commercegraph.sandbox.SandboxPaths;
import com.commercegraph.sandbox.SimulatedError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * ShopWeDo's REST API 1.1 (shopwedo-api.txt, NOTES.md): every method is {@code POST
 * {base}/{method}} with {@code auth} and {@code data}, sent as form fields holding JSON text (what
 * public clients send) or as one JSON body (what the docs print); both are accepted. Auth failures
 * answer 401 and bad requests 400, each with {@code {"error": "..."}}.
 */
@Path(SandboxPaths.SHOPWEDO)
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class ShopwedoSimulator {

  /** shopwedo-api.txt getStock: "limits and defaults to 50". */
  static final int STOCK_PAGE = 50;

  /** shopwedo-api.txt getProducts: the offset is a page of 100. */
  static final int PRODUCT_PAGE = 100;

  private static final List<String> REQUIRED_ADDRESS_FIELDS =
      List.of("street", "number", "zip", "city", "country_iso2", "email", "phone");

  private final ShopwedoSandbox shop;
  private final ShopwedoAuthCheck auth;
  private final ObjectMapper json;
  private final SandboxClock clock;

  private final LeakyBucket bucket;
  private final boolean rateLimited;

  /**
   * @param burst requests ShopWeDo takes at once before its rate applies
   *     (commerce.sandbox.shopwedo-burst)
   * @param rateLimited enforce the rate at all (commerce.sandbox.rate-limits)
   */
  ShopwedoSimulator(
      ShopwedoSandbox shop,
      ShopwedoAuthCheck auth,
      ObjectMapper json,
      SandboxClock clock,
      @ConfigProperty(name = "commerce.sandbox.shopwedo-burst", defaultValue = "5") int burst,
      @ConfigProperty(name = "commerce.sandbox.rate-limits", defaultValue = "true")
          boolean rateLimited) {
    this.rateLimited = rateLimited;
    this.shop = shop;
    this.auth = auth;
    this.json = json;
    this.clock = clock;
    // NOTES.md: about 3 requests per second (a third-party source; shopwedo-api.txt names no
    // limit, so the answer past it is the usual 429 with Retry-After). "About": a few may arrive
    // bunched, as they do over a network.
    this.bucket = new LeakyBucket(burst, 3);
  }

  /** shopwedo-api.txt: 202 when the auth object is valid. */
  @POST
  @Path("/authTest")
  public Response authTest(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
    authorized(type, body);
    return Response.accepted().build();
  }

  @POST
  @Path("/createOrder")
  public Response createOrder(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
    JsonNode data = authorized(type, body);
    JsonNode items = data.get("items");
    if (items == null || !items.isArray() || items.isEmpty()) {
      throw refused(orderError("order_items_empty"));
    }
    ObjectNode problems = SandboxJson.object();
    String externalId = SandboxJson.text(data, "external_order_id");
    if (externalId == null || externalId.isBlank()) {
      problem(problems, "external_order_id", "The external order id field is required.");
    } else if (shop.hasExternalOrderId(externalId)) {
      problem(problems, "external_order_id", "The external order id has already been taken.");
    }
    JsonNode shipping = data.get("shipping_address");
    for (String field : REQUIRED_ADDRESS_FIELDS) {
      String value = SandboxJson.text(shipping, field);
      if (value == null || value.isBlank()) {
        problem(problems, "shipping_address." + field, "The " + field + " field is required.");
      }
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (!item.path("sku").canConvertToLong() || !item.path("sku").isIntegralNumber()) {
        problem(problems, "items." + i + ".sku", "The sku must be an integer.");
      } else if (!shop.hasStockItem(item.get("sku").asLong())) {
        problem(problems, "items." + i + ".sku", "The selected sku is invalid.");
      }
      if (!item.path("amount").isIntegralNumber() || item.get("amount").asInt() < 1) {
        problem(problems, "items." + i + ".amount", "The amount must be at least 1.");
      }
    }
    if (!problems.isEmpty()) {
      ObjectNode error = orderError("order_invalid_data");
      error.set("errors", problems);
      throw refused(error);
    }
    ObjectNode created = SandboxJson.object();
    created.put("order_id", shop.createOrder(data));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  /** NOTES.md: getOrder answers an array that holds the order. */
  @POST
  @Path("/getOrder")
  public ArrayNode getOrder(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
    ObjectNode order = existingOrder(authorized(type, body));
    ArrayNode answer = SandboxJson.array();
    answer.add(order);
    return answer;
  }

  /** shopwedo-api.txt: 400 when "the order fulfilment is started or fulfilment is done". */
  @POST
  @Path("/cancelOrder")
  public Response cancelOrder(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
    ObjectNode order = existingOrder(authorized(type, body));
    int status = order.get("status").asInt();
    if (ShopwedoSandbox.FULFILMENT_STARTED.contains(status)) {
      throw refused(error("Order fulfilment has already started"));
    }
    if (status == ShopwedoSandbox.CANCELLED) {
      throw refused(error("Order is already cancelled"));
    }
    shop.cancel(order.get("order_id").asLong());
    return Response.ok().build();
  }

  @POST
  @Path("/getStock")
  public List<ObjectNode> getStock(
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
    JsonNode data = authorized(type, body);
    Long sku = null;
    if (data.hasNonNull("sku")) {
      if (!data.get("sku").canConvertToLong()) {
        throw refused(error("sku must be an integer"));
      }
      sku = data.get("sku").asLong();
      if (!shop.hasStockItem(sku)) {
        throw refused(error("Stock item not found"));
      }
    }
    int limit = Math.min(STOCK_PAGE, data.path("limit").asInt(STOCK_PAGE));
    int offset = data.path("offset").asInt(0);
    if (limit < 1 || offset < 0) {
      throw refused(error("limit must be positive and offset not negative"));
    }
    return shop.stock(sku, limit, offset);
  }

  @POST
  @Path("/getProducts")
  public List<ObjectNode> getProducts(
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
    JsonNode data = authorized(type, body);
    List<Long> ids = ids(data.get("product_id"));
    List<Long> categories = ids(data.get("category_id"));
    List<ObjectNode> products =
        shop.products().stream()
            .filter(p -> ids.isEmpty() || ids.contains(p.get("product_id").asLong()))
            // Sandbox products have no collections, so a category filter matches none.
            .filter(p -> categories.isEmpty())
            .toList();
    if (!data.hasNonNull("offset")) {
      return products;
    }
    int page = data.get("offset").asInt();
    return products.stream().skip((long) page * PRODUCT_PAGE).limit(PRODUCT_PAGE).toList();
  }

  /** The request's {@code data}, once its {@code auth} has been accepted. */
  private JsonNode authorized(String type, String body) {
    Map<String, JsonNode> request = parse(type, body);
    auth.refusal(request.get("auth"))
        .ifPresent(
            reason -> {
              throw new SimulatedError(401, error(reason));
            });
    if (rateLimited && !bucket.admit(SandboxCredentials.SHOPWEDO_SHOP_ID, clock.now())) {
      throw new SimulatedError(429, error("Too many requests"), Map.of("Retry-After", "1"));
    }
    JsonNode data = request.get("data");
    return data == null || data.isNull() ? SandboxJson.object() : data;
  }

  private ObjectNode existingOrder(JsonNode data) {
    String id = SandboxJson.text(data, "order_id");
    ObjectNode order = null;
    if (id != null && id.matches("[0-9]{1,18}")) {
      order = shop.order(Long.parseLong(id));
    }
    if (order == null) {
      throw refused(error("Order not found"));
    }
    return order;
  }

  private Map<String, JsonNode> parse(String type, String body) {
    Map<String, JsonNode> request = new HashMap<>();
    if (body == null || body.isBlank()) {
      return request;
    }
    try {
      if (type != null && type.startsWith(MediaType.APPLICATION_JSON)) {
        JsonNode whole = json.readTree(body);
        request.put("auth", whole.get("auth"));
        request.put("data", whole.get("data"));
        return request;
      }
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
          String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          request.put(name, json.readTree(value));
        }
      }
      return request;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw refused(error("auth and data must be JSON"));
    }
  }

  private static List<Long> ids(JsonNode filter) {
    if (filter == null || filter.isNull()) {
      return List.of();
    }
    if (filter.isArray()) {
      return StreamSupport.stream(filter.spliterator(), false).map(JsonNode::asLong).toList();
    }
    return List.of(filter.asLong());
  }

  private static void problem(ObjectNode problems, String field, String message) {
    ArrayNode messages =
        problems.has(field) ? (ArrayNode) problems.get(field) : problems.putArray(field);
    messages.add(message);
  }

  private static ObjectNode orderError(String code) {
    ObjectNode body = SandboxJson.object();
    body.put("order_id", false);
    body.put("error", code);
    return body;
  }

  private static ObjectNode error(String message) {
    ObjectNode body = SandboxJson.object();
    body.put("error", message);
    return body;
  }

  private static SimulatedError refused(ObjectNode body) {
    return new SimulatedError(400, body);
  }
}
