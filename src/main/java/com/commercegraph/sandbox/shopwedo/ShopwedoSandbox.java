package com.commercegraph.sandbox.shopwedo;

import com.commercegraph.sandbox.SandboxCatalog;
import com.commercegraph.sandbox.SandboxClock;
import com.commercegraph.sandbox.SandboxCredentials;
import com.commercegraph.sandbox.SandboxJson;
import com.commercegraph.sandbox.SandboxSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ShopWeDo shop behind the simulator: fulfilment orders, stock items and webshop products in
 * the shapes of shopwedo-api.txt. Dates are Brussels wall-clock time without an offset.
 *
 * <p>shopwedo-api.txt names {@code status}/{@code status_string} but lists no values; the sample's
 * {@code 4 Waiting_for_release} is kept and the rest is the sandbox's own table ({@link
 * #STATUSES}).
 */
@ApplicationScoped
public class ShopwedoSandbox {

  public static final long FIRST_ORDER_ID = 120001;
  public static final long FIRST_SKU = 5001;
  public static final long FIRST_PRODUCT_ID = 801;
  public static final long WAREHOUSE_ID = 1;
  public static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Brussels");

  /** Numeric status -> status_string. */
  public static final Map<Integer, String> STATUSES =
      Map.of(
          4, "Waiting_for_release",
          5, "Released",
          6, "Picking",
          7, "Packed",
          8, "Shipped",
          9, "Delivered",
          10, "Cancelled",
          11, "On_hold");

  public static final int WAITING_FOR_RELEASE = 4;
  public static final int RELEASED = 5;
  public static final int CANCELLED = 10;

  /** shopwedo-api.txt cancelOrder: refused once fulfilment is started or done. */
  public static final List<Integer> FULFILMENT_STARTED = List.of(6, 7, 8, 9);

  /** Released and in-fulfilment orders hold stock: it is no longer available to promise. */
  private static final List<Integer> HOLDING_STOCK = List.of(5, 6, 7);

  private static final long SEED = 4711L;
  private static final DateTimeFormatter SHOP_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final SandboxClock clock;
  private final TreeMap<Long, ObjectNode> orders = new TreeMap<>();
  private final TreeMap<Long, ObjectNode> stock = new TreeMap<>();
  private final TreeMap<Long, ObjectNode> products = new TreeMap<>();

  ShopwedoSandbox(SandboxClock clock) {
    this.clock = clock;
    seed(new SandboxSeed(SEED, clock.now()));
  }

  public synchronized ObjectNode order(long id) {
    ObjectNode order = orders.get(id);
    return order == null ? null : order.deepCopy();
  }

  public synchronized boolean hasExternalOrderId(String externalOrderId) {
    return orders.values().stream()
        .anyMatch(order -> externalOrderId.equals(order.get("external_order_id").asText()));
  }

  public synchronized boolean hasStockItem(long sku) {
    return stock.containsKey(sku);
  }

  /** Creates the order from validated data; released at once when {@code release} is true. */
  public synchronized long createOrder(JsonNode data) {
    long id = orders.isEmpty() ? FIRST_ORDER_ID : orders.lastKey() + 1;
    Instant now = clock.now();
    ObjectNode order = SandboxJson.object();
    order.put("order_id", id);
    order.put("parent_order_id", 0);
    order.put("external_order_id", SandboxJson.text(data, "external_order_id"));
    String reference = SandboxJson.text(data, "external_order_reference");
    order.put("external_order_reference", reference == null ? "" : reference);
    common(order);
    String createdAt = SandboxJson.text(data, "created_at");
    order.put("created_at", createdAt == null ? shopTime(now) : createdAt);
    boolean release = data.path("release").asBoolean(false);
    status(order, release ? RELEASED : WAITING_FOR_RELEASE);
    order.put("customer_id", false);
    order.put("payment_method", "EXTERN");
    order.put("paid_at", false);
    order.put("desired_delivery_date", false);
    order.set("shipping_address", address(data.get("shipping_address")));
    JsonNode billing = data.get("billing_address");
    order.set(
        "billing_address",
        address(billing != null && billing.isObject() ? billing : data.get("shipping_address")));
    order.put("shipping", false);
    order.put("shipped_at", false);
    String comment = SandboxJson.text(data, "comment");
    order.put("comment", comment == null ? "" : comment);
    String packing = SandboxJson.text(data, "comment_packing");
    order.put("comment_packing", packing == null ? "" : packing);
    order.put("language", "nl");
    ArrayNode items = order.putArray("items");
    for (JsonNode requested : data.get("items")) {
      ObjectNode item = items.addObject();
      long sku = requested.get("sku").asLong();
      item.put("sku", sku);
      item.put("amount", requested.get("amount").asInt());
      String name = SandboxJson.text(requested, "name");
      item.put("name", name == null ? stock.get(sku).get("description").asText() : name);
      String itemComment = SandboxJson.text(requested, "comment");
      item.put("comment", itemComment == null ? "" : itemComment);
    }
    orders.put(id, order);
    recomputeAvailable();
    return id;
  }

  /** Cancels the order; the caller has checked that fulfilment has not started. */
  public synchronized void cancel(long id) {
    status(orders.get(id), CANCELLED);
    recomputeAvailable();
  }

  /** One page of stock items, by sku; a null sku means all of them. */
  public synchronized List<ObjectNode> stock(Long sku, int limit, int offset) {
    return stock.values().stream()
        .filter(item -> sku == null || item.get("sku").asLong() == sku)
        .skip(offset)
        .limit(limit)
        .map(ObjectNode::deepCopy)
        .toList();
  }

  public synchronized List<ObjectNode> products() {
    return products.values().stream()
        .map(
            product -> {
              ObjectNode shown = product.deepCopy();
              ObjectNode item = stock.get(product.get("sku").asLong());
              shown.put("ATP", item.get("atp").asInt());
              shown.put("status", item.get("atp").asInt() > 0 ? 1 : 2);
              return shown;
            })
        .toList();
  }

  private void recomputeAvailable() {
    Map<Long, Integer> held = new TreeMap<>();
    for (ObjectNode order : orders.values()) {
      if (HOLDING_STOCK.contains(order.get("status").asInt())) {
        for (JsonNode item : order.get("items")) {
          held.merge(item.get("sku").asLong(), item.get("amount").asInt(), Integer::sum);
        }
      }
    }
    String now = shopTime(clock.now());
    for (ObjectNode item : stock.values()) {
      int atp =
          Math.max(0, item.get("level").asInt() - held.getOrDefault(item.get("sku").asLong(), 0));
      if (atp != item.get("atp").asInt()) {
        item.put("atp", atp);
        item.put("last_atp_update", now);
      }
      item.put("status", atp > 0 ? 1 : 2);
      item.put("status_string", atp > 0 ? "in_stock" : "out_of_stock");
    }
  }

  private static void status(ObjectNode order, int status) {
    order.put("status", status);
    order.put("status_string", STATUSES.get(status));
  }

  private static void common(ObjectNode order) {
    order.put("shop_id", Long.parseLong(SandboxCredentials.SHOPWEDO_SHOP_ID));
    order.put("app_id", false);
    order.put("app_name", false);
    order.put("warehouse_id", WAREHOUSE_ID);
  }

  private static ObjectNode address(JsonNode given) {
    ObjectNode address = SandboxJson.object();
    for (String field :
        List.of(
            "firstname",
            "lastname",
            "company",
            "vat",
            "street",
            "number",
            "box",
            "zip",
            "city",
            "country_iso2",
            "email",
            "phone")) {
      String value = SandboxJson.text(given, field);
      address.put(field, value == null ? "" : value);
    }
    return address;
  }

  static String shopTime(Instant at) {
    return SHOP_TIME.format(at.atZone(SHOP_ZONE));
  }

  private void seed(SandboxSeed seed) {
    Instant stocked = clock.now().minus(2, ChronoUnit.DAYS);
    long sku = FIRST_SKU;
    long productId = FIRST_PRODUCT_ID;
    for (SandboxCatalog.Item catalogued : SandboxCatalog.shopwedo()) {
      ObjectNode item = SandboxJson.object();
      item.put("sku", sku);
      item.put("reference", catalogued.sku());
      item.put("description", catalogued.name());
      item.put("warehouse_id", WAREHOUSE_ID);
      item.put("weight", 100 + (int) (sku - FIRST_SKU) * 75);
      item.put("items_in_box", 1);
      item.put("level", catalogued.stock());
      item.put("atp", catalogued.stock());
      item.put("status", 1);
      item.put("status_string", "in_stock");
      item.put("tht_alert", "none");
      item.put("tht_date", false);
      item.put("last_update", shopTime(stocked));
      item.put("last_atp_update", shopTime(stocked));
      stock.put(sku, item);
      ObjectNode product = SandboxJson.object();
      product.put("product_id", productId);
      product.put("product_parent_id", 0);
      product.put("sku", sku);
      product.set("name", translations(catalogued.name()));
      product.set("description", translations(catalogued.name()));
      // ShopWeDo prices are ex VAT; the catalogue's are incl. 21% Belgian VAT.
      product.put(
          "price", catalogued.price().divide(new BigDecimal("1.21"), 4, RoundingMode.HALF_UP));
      product.put("VAT", 21);
      product.putArray("promotions");
      // shopwedo-api.txt: the inventory item's barcode, which its stock item keeps as reference
      // ("Barcode or similar"); this shop uses its own codes there, shared with its other shops.
      product.put("barcode", catalogued.sku());
      product.put("weight", item.get("weight").asInt());
      product.put("sort", productId - FIRST_PRODUCT_ID + 1);
      product.put("is_featured", productId % 3 == 0);
      product.put("is_virtual", false);
      product.put("is_nostock", false);
      product.putArray("images");
      product.putArray("categories");
      product.putArray("childs");
      product.putArray("related_products");
      products.put(productId, product);
      sku++;
      productId++;
    }
    List<Integer> statuses = List.copyOf(new TreeMap<>(STATUSES).keySet());
    List<Long> skus = List.copyOf(stock.keySet());
    for (int i = 0; i < SandboxSeed.ORDERS_PER_PROVIDER; i++) {
      long id = FIRST_ORDER_ID + i;
      Instant placed = seed.pastTime(i, SandboxSeed.ORDERS_PER_PROVIDER);
      int status = statuses.get(i % statuses.size());
      ObjectNode order = SandboxJson.object();
      order.put("order_id", id);
      order.put("parent_order_id", 0);
      order.put("external_order_id", "WEB-" + (2001 + i));
      order.put("external_order_reference", "INV-SB-" + (3001 + i));
      common(order);
      order.put("created_at", shopTime(placed));
      status(order, status);
      order.put("customer_id", false);
      order.put("payment_method", "EXTERN");
      order.put("paid_at", shopTime(placed));
      order.put("desired_delivery_date", false);
      SandboxSeed.Customer who = seed.pick(SandboxSeed.CUSTOMERS);
      ObjectNode address = SandboxJson.object();
      address.put("firstname", who.firstName());
      address.put("lastname", who.lastName());
      address.put("company", "");
      address.put("vat", "");
      address.put("street", who.street());
      address.put("number", who.number());
      address.put("box", "");
      address.put("zip", who.zip());
      address.put("city", who.city());
      address.put("country_iso2", who.country());
      address.put("email", who.email());
      address.put("phone", who.phone());
      order.set("shipping_address", address);
      order.set("billing_address", address.deepCopy());
      order.put("shipping", false);
      if (status == 8 || status == 9) {
        order.put("shipped_at", shopTime(placed.plus(seed.between(12, 60), ChronoUnit.HOURS)));
      } else {
        order.put("shipped_at", false);
      }
      order.put("comment", "");
      order.put("comment_packing", "");
      order.put("language", "nl");
      ArrayNode items = order.putArray("items");
      int count = seed.between(1, 3);
      for (int n = 0; n < count; n++) {
        long itemSku = seed.pick(skus);
        ObjectNode item = items.addObject();
        item.put("sku", itemSku);
        item.put("amount", seed.between(1, 2));
        item.put("name", stock.get(itemSku).get("description").asText());
        item.put("comment", "");
      }
      orders.put(id, order);
    }
    recomputeAvailable();
  }

  private static ObjectNode translations(String english) {
    ObjectNode text = SandboxJson.object();
    text.put("nl", english);
    text.put("fr", english);
    text.put("en", english);
    text.put("de", english);
    return text;
  }
}
