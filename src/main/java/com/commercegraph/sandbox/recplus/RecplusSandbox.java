package com.commercegraph.sandbox.recplus;

import com.commercegraph.sandbox.SandboxCatalog;
import com.commercegraph.sandbox.SandboxClock;
import com.commercegraph.sandbox.SandboxJson;
import com.commercegraph.sandbox.SandboxSeed;
import com.commercegraph.sandbox.SandboxSlice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The REC+ site behind the simulator: orders, products and stock by code, in the shapes of
 * recplus-api.txt. Dates are site time without an offset (Europe/London), prices decimal strings.
 */
@ApplicationScoped
public class RecplusSandbox {

  public static final long FIRST_ORDER_ID = 112401;
  public static final long FIRST_PRODUCT_ID = 58701;
  public static final ZoneId SITE_ZONE = ZoneId.of("Europe/London");

  /** The site's own order statuses (Admin > Order Statuses), the README's built-in texts. */
  public static final List<String> STATUSES =
      List.of(
          "Pending",
          "Awaiting Payment",
          "Payment Received",
          "Processing",
          "Dispatched",
          "Delivered",
          "Cancelled",
          "Refunded",
          "On Hold");

  private static final long SEED = 825L;
  private static final DateTimeFormatter SITE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final TreeMap<Long, ObjectNode> orders = new TreeMap<>();
  private final TreeMap<Long, ObjectNode> products = new TreeMap<>();

  /** Code -> {@code {"code", "stock", "cost"}}. */
  private final Map<String, ObjectNode> stock = new LinkedHashMap<>();

  private final int seededOrders;

  /**
   * @param seededOrders orders to seed (commerce.sandbox.orders)
   */
  RecplusSandbox(
      SandboxClock clock,
      @ConfigProperty(name = "commerce.sandbox.orders", defaultValue = "36") int seededOrders) {
    this.seededOrders = seededOrders;
    seed(new SandboxSeed(SEED, clock.now()));
  }

  /** Oldest first, as REC+ lists by id, from offset {@code from}. */
  public synchronized SandboxSlice orders(Instant placedSince, long from, int size) {
    return SandboxSlice.of(
        orders.values().stream()
            .filter(order -> placedSince == null || !placed(order).isBefore(placedSince))
            .toList(),
        from,
        size);
  }

  public synchronized ObjectNode order(long id) {
    ObjectNode order = orders.get(id);
    return order == null ? null : order.deepCopy();
  }

  /**
   * What the update would change, field by field; applied only when {@code apply}. The diff's shape
   * is the sandbox's choice ({@code {"diff": {"field": {"from", "to"}}}}): recplus-api.txt does not
   * document it.
   */
  public synchronized ObjectNode updateOrder(long id, JsonNode update, boolean apply) {
    ObjectNode order = orders.get(id);
    ObjectNode diff = SandboxJson.object();
    for (String field :
        List.of(
            "status",
            "customers_order_id",
            "fob",
            "purchase_order_number",
            "required_by_date",
            "delivery_note")) {
      String wanted = SandboxJson.text(update, field);
      String now = SandboxJson.text(order, field);
      if (wanted != null && !wanted.equals(now)) {
        ObjectNode change = diff.putObject(field);
        change.put("from", now);
        change.put("to", wanted);
        if (apply) {
          order.put(field, wanted);
          if ("status".equals(field)) {
            order.get("lines").forEach(line -> ((ObjectNode) line).put("status", wanted));
          }
        }
      }
    }
    ObjectNode answer = SandboxJson.object();
    answer.set("diff", diff);
    return answer;
  }

  /**
   * Moves the oldest order on its way (Pending to Delivered) one status along: the sandbox's live
   * changes. Null when every order is delivered or off that path.
   */
  public synchronized ObjectNode advanceOldestOpenOrder() {
    List<String> path = STATUSES.subList(0, STATUSES.indexOf("Delivered") + 1);
    for (ObjectNode order : orders.values()) {
      int at = path.indexOf(order.get("status").asText());
      if (at >= 0 && at < path.size() - 1) {
        updateOrder(
            order.get("id").asLong(), SandboxJson.object().put("status", path.get(at + 1)), true);
        return order.deepCopy();
      }
    }
    return null;
  }

  public synchronized List<ObjectNode> products(boolean full) {
    return products.values().stream().map(product -> shown(product, full)).toList();
  }

  public synchronized ObjectNode product(long id) {
    ObjectNode product = products.get(id);
    return product == null ? null : shown(product, true);
  }

  public synchronized ObjectNode productByCode(String code) {
    return products.values().stream()
        .filter(product -> code.equals(product.get("code").asText()))
        .findFirst()
        .map(product -> shown(product, true))
        .orElse(null);
  }

  public synchronized List<ObjectNode> stock() {
    return stock.values().stream().map(ObjectNode::deepCopy).toList();
  }

  public synchronized ObjectNode stockItem(String code) {
    ObjectNode item = stock.get(code);
    return item == null ? null : item.deepCopy();
  }

  /** Like {@link #updateOrder}: the diff of {@code stock} and {@code cost}, applied if asked. */
  public synchronized ObjectNode updateStock(String code, JsonNode update, boolean apply) {
    ObjectNode item = stock.get(code);
    ObjectNode diff = SandboxJson.object();
    int wantedStock = update.get("stock").asInt();
    if (wantedStock != item.get("stock").asInt()) {
      ObjectNode change = diff.putObject("stock");
      change.put("from", item.get("stock").asInt());
      change.put("to", wantedStock);
    }
    String wantedCost = SandboxJson.text(update, "cost");
    if (wantedCost != null && !wantedCost.equals(item.get("cost").asText())) {
      ObjectNode change = diff.putObject("cost");
      change.put("from", item.get("cost").asText());
      change.put("to", wantedCost);
    }
    if (apply) {
      item.put("stock", wantedStock);
      if (wantedCost != null) {
        item.put("cost", wantedCost);
      }
    }
    ObjectNode answer = SandboxJson.object();
    answer.put("code", code);
    answer.set("diff", diff);
    return answer;
  }

  private ObjectNode shown(ObjectNode product, boolean full) {
    ObjectNode shown = SandboxJson.object();
    for (String field : List.of("href", "id", "name", "code", "status", "link", "image", "price")) {
      shown.set(field, product.get(field).deepCopy());
    }
    if (full) {
      shown.put("short_desc", product.get("short_desc").asText());
      shown.put("desc", product.get("desc").asText());
      ObjectNode productStock = shown.putObject("stock");
      productStock.put("qty", stock.get(product.get("code").asText()).get("stock").asInt());
      productStock.put("options_group_use_as_stock", "");
      productStock.put("pack_qty", 1);
      productStock.put("alert_qty", "");
      productStock.put("stop_qty", "");
      productStock.put("back_in_stock_date", "");
    }
    return shown;
  }

  static Instant placed(JsonNode order) {
    return LocalDateTime.parse(order.get("start_date").asText()).atZone(SITE_ZONE).toInstant();
  }

  static String siteTime(Instant at) {
    return SITE_TIME.format(at.atZone(SITE_ZONE));
  }

  private void seed(SandboxSeed seed) {
    long productId = FIRST_PRODUCT_ID;
    for (SandboxCatalog.Item item : SandboxCatalog.recplus()) {
      ObjectNode product = SandboxJson.object();
      product.put("href", "/products/" + productId + ".json");
      product.put("id", productId);
      product.put("name", item.name());
      product.put("code", item.sku());
      product.put("status", "live");
      product.put(
          "link",
          "https://shop.sandbox.invalid/" + item.sku() + "--product--" + productId + ".html");
      product.put("image", "https://shop.sandbox.invalid/images/" + item.sku() + ".jpg");
      ObjectNode price = product.putObject("price");
      price.put("normal", item.price().setScale(2).toPlainString());
      price.put("special_offer", productId % 4 == 0 ? discounted(item.price()) : "0.00");
      product.put("short_desc", item.name());
      product.put("desc", "<p>" + item.name() + "</p>");
      products.put(productId, product);
      ObjectNode stockItem = SandboxJson.object();
      stockItem.put("code", item.sku());
      stockItem.put("stock", item.stock());
      stockItem.put(
          "cost",
          item.price().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP).toPlainString());
      stock.put(item.sku(), stockItem);
      productId++;
    }
    List<ObjectNode> catalogue = List.copyOf(products.values());
    long lineId = 20001;
    for (int i = 0; i < seededOrders; i++) {
      long id = FIRST_ORDER_ID + i;
      Instant placedAt = seed.pastTime(i, seededOrders);
      String status = STATUSES.get(i % STATUSES.size());
      ObjectNode order = SandboxJson.object();
      order.put("href", "/orders/" + id + ".json");
      order.put("id", id);
      order.put("invoice_id", 901 + i);
      order.put("session_id", "s.sandbox." + id);
      order.put("start_date", siteTime(placedAt));
      boolean paid = !List.of("Pending", "Awaiting Payment").contains(status);
      order.put("payment_date", paid ? siteTime(placedAt.plus(2, ChronoUnit.MINUTES)) : "");
      ObjectNode method = order.putObject("payment_method");
      method.put("href", "/payment-methods/58.json");
      method.put("id", 58);
      method.put("name", "PayPal Express Checkout");
      order.put("status", status);
      SandboxSeed.Customer who = seed.pick(SandboxSeed.CUSTOMERS);
      ObjectNode user = order.putObject("user");
      long userId = 123 + SandboxSeed.CUSTOMERS.indexOf(who);
      user.put("href", "/users/" + userId + ".json");
      user.put("id", userId);
      user.put("full_name", who.fullName());
      user.put("membership_code", "");
      user.put("email", who.email());
      user.set("billing_address", address(who));
      order.set("delivery_address", address(who));
      ArrayNode lines = order.putArray("lines");
      int qty = 0;
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal vat = BigDecimal.ZERO;
      int count = seed.between(1, 3);
      for (int n = 0; n < count; n++) {
        ObjectNode product = seed.pick(catalogue);
        int quantity = seed.between(1, 3);
        BigDecimal each = new BigDecimal(product.get("price").get("normal").asText());
        BigDecimal lineTotal = each.multiply(BigDecimal.valueOf(quantity));
        BigDecimal lineVat = lineTotal.divide(BigDecimal.valueOf(6), 2, RoundingMode.HALF_UP);
        ObjectNode line = lines.addObject();
        line.put("id", lineId++);
        line.put("line_rel_id", 0);
        line.put("line_type", "PRODUCT");
        line.put("line_desc", product.get("name").asText() + " - " + product.get("code").asText());
        ObjectNode rel = line.putObject("rel_data").putObject("product");
        rel.put("href", product.get("href").asText());
        rel.put("id", product.get("id").asLong());
        rel.put("name", product.get("name").asText());
        rel.put("code", product.get("code").asText());
        line.put("status", status);
        line.put("qty", quantity);
        line.put("price", lineTotal.setScale(2).toPlainString());
        line.put("vat", lineVat.toPlainString());
        line.put("vat_percentage", 20);
        // REC+ computes these as floats (NOTES.md), e.g. 22.900000000000006; doubles on purpose.
        line.put("each_price_ex_vat", each.doubleValue() / 1.2);
        line.put("each_price_vat", each.doubleValue() - each.doubleValue() / 1.2);
        line.put("each_price_discount_ex_vat", "0.00");
        line.put("each_price_discount_vat", 0);
        line.put("weight", 0);
        qty += quantity;
        total = total.add(lineTotal);
        vat = vat.add(lineVat);
      }
      ObjectNode delivery = lines.addObject();
      delivery.put("id", lineId++);
      delivery.put("line_rel_id", 0);
      delivery.put("line_type", "DELIVERY");
      delivery.put("line_desc", "Standard");
      ObjectNode rel = delivery.putObject("rel_data").putObject("delivery");
      rel.put("href", "/delivery-methods/1.json");
      rel.put("id", 1);
      rel.put("name", "Standard");
      delivery.put("status", status);
      delivery.put("qty", 1);
      delivery.put("price", "3.95");
      delivery.put("vat", "0.66");
      delivery.put("vat_percentage", 20);
      delivery.put("each_price_ex_vat", 3.29);
      delivery.put("each_price_vat", 0.66);
      delivery.put("each_price_discount_ex_vat", 0);
      delivery.put("each_price_discount_vat", 0);
      delivery.put("weight", 0);
      ObjectNode totals = order.putObject("totals");
      totals.put("qty", qty);
      totals.put("price", total.add(new BigDecimal("3.95")).setScale(2).toPlainString());
      totals.put("vat", vat.add(new BigDecimal("0.66")).toPlainString());
      totals.put("weight", 0);
      totals.put("delivery", "3.95");
      order.put("is_free_delivery", false);
      order.put("customers_order_id", "");
      order.put("fob", "");
      order.put("required_by_date", "");
      order.put("purchase_order_number", "");
      order.put("delivery_note", "");
      orders.put(id, order);
    }
  }

  private static String discounted(BigDecimal price) {
    return price.multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static ObjectNode address(SandboxSeed.Customer who) {
    ObjectNode address = SandboxJson.object();
    address.put("recipient_name", who.fullName());
    address.put("business_name", "");
    address.put("line_1", who.number() + " " + who.street());
    address.put("line_2", "");
    address.put("town", who.city());
    ObjectNode region = address.putObject("region");
    region.put("href", "/regions/243.json");
    region.put("country", countryName(who.country()));
    region.put("county", "");
    address.put("post_code", who.zip());
    address.put("tel_no", who.phone());
    address.put("mobile_tel_no", "");
    address.put("fax_no", "");
    return address;
  }

  // REC+ sends the country as a display name, and "UK" for the United Kingdom (recplus-api.txt).
  private static String countryName(String alpha2) {
    return "GB".equals(alpha2) ? "UK" : new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
  }
}
