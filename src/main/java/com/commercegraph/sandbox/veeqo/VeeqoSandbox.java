package com.commercegraph.sandbox.veeqo;

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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Veeqo account behind the simulator: orders, products (one sellable each), stock entries in
 * one warehouse, and channels, in the shapes of veeqo-reference/responses. Seeded on start; every
 * change is kept in memory until the app stops.
 */
@ApplicationScoped
public class VeeqoSandbox {

  public static final long WAREHOUSE_ID = 5104;
  public static final long WEB_CHANNEL_ID = 1001;
  public static final long AMAZON_CHANNEL_ID = 1002;
  public static final long FIRST_ORDER_ID = 100001;
  public static final long FIRST_PRODUCT_ID = 2001;
  public static final long FIRST_SELLABLE_ID = 3001;

  /** veeqo-reference/references/order_statuses.json */
  public static final List<String> STATUSES =
      List.of(
          "awaiting_payment",
          "awaiting_stock",
          "awaiting_fulfillment",
          "shipped",
          "on_hold",
          "cancelled",
          "refunded");

  private static final long SEED = 5104L;
  private static final DateTimeFormatter FILTER =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final BigDecimal VAT = new BigDecimal("20.0");

  private final SandboxClock clock;
  private final int seededOrders;
  private final TreeMap<Long, ObjectNode> orders = new TreeMap<>();
  private final TreeMap<Long, ObjectNode> products = new TreeMap<>();
  private final Map<Long, ObjectNode> sellables = new TreeMap<>();
  private final Map<Long, ObjectNode> stockEntries = new TreeMap<>();
  private final TreeMap<Long, ObjectNode> channels = new TreeMap<>();
  private long nextLineItemId = 500001;
  private long nextChannelSellableId = 700001;

  /**
   * @param seededOrders orders to seed (commerce.sandbox.orders): the default few, or thousands to
   *     measure a summary at volume
   */
  VeeqoSandbox(
      SandboxClock clock,
      @ConfigProperty(name = "commerce.sandbox.orders", defaultValue = "36") int seededOrders) {
    this.clock = clock;
    this.seededOrders = seededOrders;
    seed(new SandboxSeed(SEED, clock.now()));
  }

  /** Newest first, the orders the filter keeps, from index {@code from}. */
  public synchronized SandboxSlice orders(Predicate<JsonNode> filter, long from, int size) {
    return SandboxSlice.of(
        orders.descendingMap().values().stream().filter(filter).toList(), from, size);
  }

  public synchronized ObjectNode order(long id) {
    ObjectNode order = orders.get(id);
    return order == null ? null : order.deepCopy();
  }

  /**
   * Moves the oldest order still waiting one step along Veeqo's statuses (awaiting payment, stock,
   * fulfilment, then shipped), as a warehouse working through its queue would: what the sandbox's
   * live changes show subscribers. Null when every order is settled.
   */
  public synchronized ObjectNode advanceOldestWaitingOrder() {
    List<String> steps =
        List.of("awaiting_payment", "awaiting_stock", "awaiting_fulfillment", "shipped");
    for (ObjectNode order : orders.values()) {
      int step = steps.indexOf(order.get("status").asText());
      if (step >= 0 && step < steps.size() - 1) {
        order.put("status", steps.get(step + 1));
        order.put("updated_at", time(clock.now()));
        return order.deepCopy();
      }
    }
    return null;
  }

  public synchronized List<ObjectNode> products(Predicate<JsonNode> filter) {
    return products.keySet().stream().map(this::product).filter(filter).toList();
  }

  public synchronized ObjectNode product(long id) {
    ObjectNode product = products.get(id);
    if (product == null) {
      return null;
    }
    ObjectNode shown = product.deepCopy();
    ArrayNode withStock = shown.putArray("sellables");
    for (JsonNode sellable : product.get("sellables")) {
      ObjectNode copy = sellable.deepCopy();
      ObjectNode entry = stockEntries.get(sellable.get("id").asLong());
      copy.putArray("stock_entries").add(entry.deepCopy());
      copy.put("stock_level_at_all_warehouses", entry.get("physical_stock_level").asInt());
      copy.put(
          "available_stock_level_at_all_warehouses", entry.get("available_stock_level").asInt());
      copy.put(
          "allocated_stock_level_at_all_warehouses", entry.get("allocated_stock_level").asInt());
      withStock.add(copy);
    }
    return shown;
  }

  public synchronized ObjectNode stockEntry(long sellableId, long warehouseId) {
    ObjectNode entry = warehouseId == WAREHOUSE_ID ? stockEntries.get(sellableId) : null;
    return entry == null ? null : entry.deepCopy();
  }

  /** stock_entries.md: sets the physical level; available follows, allocations stay. */
  public synchronized ObjectNode updateStockEntry(
      long sellableId, long warehouseId, int physical, boolean infinite, String location) {
    ObjectNode entry = warehouseId == WAREHOUSE_ID ? stockEntries.get(sellableId) : null;
    if (entry == null) {
      return null;
    }
    entry.put("physical_stock_level", physical);
    entry.put("infinite", infinite);
    if (location != null) {
      entry.put("location", location);
    }
    entry.put("available_stock_level", physical - entry.get("allocated_stock_level").asInt());
    entry.put("stock_running_low", physical < 10);
    entry.put("updated_at", time(clock.now()));
    return entry.deepCopy();
  }

  public synchronized List<ObjectNode> channels() {
    return channels.values().stream().map(ObjectNode::deepCopy).toList();
  }

  public synchronized ObjectNode channel(long id) {
    ObjectNode channel = channels.get(id);
    return channel == null ? null : channel.deepCopy();
  }

  public synchronized ObjectNode createChannel(JsonNode request) {
    long id = channels.lastKey() + 1;
    ObjectNode channel = SandboxJson.object();
    channel.put("id", id);
    channel.put("type_code", SandboxJson.text(request, "type_code"));
    channel.put("name", SandboxJson.text(request, "name"));
    channel.put("short_name", SandboxJson.text(request, "short_name"));
    String currency = SandboxJson.text(request, "currency_code");
    channel.put("currency_code", currency == null ? "GBP" : currency);
    channel.put("state", "active");
    JsonNode custom = request.get("custom_integration_channel_specific_attributes");
    if (custom != null && custom.isObject()) {
      channel.set("custom_integration_channel_specific", custom.deepCopy());
    }
    channels.put(id, channel);
    return channel.deepCopy();
  }

  public synchronized boolean hasSellable(long id) {
    return sellables.containsKey(id);
  }

  /** veeqo-amazon-buyer-protection.txt step 2: the created link, as a JSON:API resource. */
  public synchronized ObjectNode createChannelSellable(
      JsonNode attributes, String channelProductId) {
    long id = nextChannelSellableId++;
    ObjectNode data = SandboxJson.object();
    data.put("id", String.valueOf(id));
    data.put("type", "channel_sellable");
    ObjectNode shown = data.putObject("attributes");
    shown.put("remote_title", SandboxJson.text(attributes, "remote_title"));
    shown.put("remote_sku", SandboxJson.text(attributes, "remote_sku"));
    shown.put("remote_price", "0.0");
    shown.put("remote_id", SandboxJson.text(attributes, "remote_id"));
    shown.put("active", true);
    ObjectNode relationships = data.putObject("relationships");
    relationship(relationships, "channel", SandboxJson.text(attributes, "channel_id"), "channel");
    relationship(
        relationships,
        "channel_product",
        channelProductId != null ? channelProductId : String.valueOf(id + 100000),
        "channel_product");
    relationship(
        relationships, "sellable", SandboxJson.text(attributes, "sellable_id"), "sellable");
    ObjectNode document = SandboxJson.object();
    document.set("data", data);
    return document;
  }

  /**
   * Creates the order from an {@code order} request body the simulator has validated: every line's
   * sellable exists and the channel exists. Lines allocate stock, as Veeqo does for new orders.
   */
  public synchronized ObjectNode createOrder(JsonNode request) {
    long id = orders.isEmpty() ? FIRST_ORDER_ID : orders.lastKey() + 1;
    Instant now = clock.now();
    ObjectNode order = SandboxJson.object();
    order.put("id", id);
    String number = SandboxJson.text(request, "number");
    order.put("number", number == null ? "#SB-" + id : number);
    order.put("status", "awaiting_fulfillment");
    order.put("created_at", time(now));
    order.put("updated_at", time(now));
    ObjectNode channel = channels.get(request.get("channel_id").asLong());
    String currency = SandboxJson.text(request, "currency_code");
    if (currency != null) {
      order.put("currency_code", currency);
    }
    ArrayNode lines = order.putArray("line_items");
    for (JsonNode requested : request.get("line_items_attributes")) {
      ObjectNode sellable = sellables.get(requested.get("sellable_id").asLong());
      BigDecimal price =
          requested.hasNonNull("price_per_unit")
              ? requested.get("price_per_unit").decimalValue()
              : sellable.get("price").decimalValue();
      BigDecimal taxRate =
          requested.hasNonNull("tax_rate") ? requested.get("tax_rate").decimalValue() : VAT;
      lines.add(lineItem(sellable, requested.get("quantity").asInt(), price, taxRate, now));
    }
    order.set("deliver_to", address(request.get("deliver_to_attributes")));
    ObjectNode customer = SandboxJson.object();
    JsonNode newCustomer = request.get("customer_attributes");
    customer.put(
        "id", request.hasNonNull("customer_id") ? request.get("customer_id").asLong() : id);
    customer.put("email", SandboxJson.text(newCustomer, "email"));
    customer.put("phone", SandboxJson.text(newCustomer, "phone"));
    customer.put("mobile", SandboxJson.text(newCustomer, "mobile"));
    customer.set(
        "billing_address",
        address(newCustomer == null ? null : newCustomer.get("billing_address_attributes")));
    order.set("customer", customer);
    order.set("channel", channel.deepCopy());
    price(order, decimal(request, "delivery_cost"), decimal(request, "total_discounts"));
    allocate(order);
    orders.put(id, order);
    return order.deepCopy();
  }

  private void allocate(ObjectNode order) {
    if (List.of("cancelled", "refunded", "shipped").contains(order.get("status").asText())) {
      return;
    }
    for (JsonNode line : order.get("line_items")) {
      ObjectNode entry = stockEntries.get(line.get("sellable").get("id").asLong());
      int allocated = entry.get("allocated_stock_level").asInt() + line.get("quantity").asInt();
      entry.put("allocated_stock_level", allocated);
      entry.put("available_stock_level", entry.get("physical_stock_level").asInt() - allocated);
    }
  }

  private static void price(ObjectNode order, BigDecimal delivery, BigDecimal discounts) {
    BigDecimal subtotal = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    for (JsonNode line : order.get("line_items")) {
      BigDecimal lineTotal =
          line.get("price_per_unit")
              .decimalValue()
              .multiply(BigDecimal.valueOf(line.get("quantity").asInt()));
      subtotal = subtotal.add(lineTotal);
      BigDecimal rate = line.get("tax_rate").decimalValue();
      tax =
          tax.add(
              lineTotal
                  .multiply(rate)
                  .divide(rate.add(BigDecimal.valueOf(100)), 2, RoundingMode.HALF_UP));
    }
    order.put("subtotal_price", subtotal.setScale(2, RoundingMode.HALF_UP));
    order.put("delivery_cost", delivery.setScale(2, RoundingMode.HALF_UP));
    order.put("total_discounts", discounts.setScale(2, RoundingMode.HALF_UP));
    order.put("total_tax", tax);
    order.put(
        "total_price",
        subtotal.add(delivery).subtract(discounts).setScale(2, RoundingMode.HALF_UP));
  }

  private ObjectNode lineItem(
      ObjectNode sellable, int quantity, BigDecimal price, BigDecimal taxRate, Instant at) {
    ObjectNode line = SandboxJson.object();
    line.put("id", nextLineItemId++);
    line.put("price_per_unit", price);
    line.put("quantity", quantity);
    line.put("tax_rate", taxRate);
    line.put("taxless_discount_per_unit", BigDecimal.ZERO.setScale(1));
    line.putNull("additional_options");
    line.put("created_at", time(at));
    line.put("updated_at", time(at));
    line.set("sellable", sellable.deepCopy());
    return line;
  }

  private static ObjectNode address(JsonNode given) {
    ObjectNode address = SandboxJson.object();
    for (String field :
        List.of(
            "first_name",
            "last_name",
            "company",
            "address1",
            "address2",
            "city",
            "state",
            "zip",
            "country",
            "phone",
            "email")) {
      address.put(field, SandboxJson.text(given, field));
    }
    return address;
  }

  private static void relationship(ObjectNode relationships, String name, String id, String type) {
    ObjectNode data = relationships.putObject(name).putObject("data");
    data.put("id", id);
    data.put("type", type);
  }

  private static BigDecimal decimal(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).decimalValue() : BigDecimal.ZERO;
  }

  /** Veeqo body times: ISO 8601 in UTC with milliseconds ({@code 2018-01-19T18:11:06.820Z}). */
  static String time(Instant at) {
    return at.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /**
   * orders.md: filters take {@code YYYY-MM-DD HH:MM:SS}, read in UTC; ISO 8601 is accepted too.
   *
   * @throws DateTimeParseException for anything else
   */
  static Instant filterTime(String text) {
    try {
      return LocalDateTime.parse(text.trim(), FILTER).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notVeeqoFormat) {
      return Instant.parse(text.trim());
    }
  }

  private void seed(SandboxSeed seed) {
    Instant catalogueDate = clock.now().minus(400, ChronoUnit.DAYS);
    seedChannel(WEB_CHANNEL_ID, "Sandbox Web Shop", "direct", "SW");
    seedChannel(AMAZON_CHANNEL_ID, "Amazon UK (Sandbox)", "amazon", "AZ");
    long productId = FIRST_PRODUCT_ID;
    long sellableId = FIRST_SELLABLE_ID;
    for (SandboxCatalog.Item item : SandboxCatalog.veeqo()) {
      ObjectNode sellable = SandboxJson.object();
      sellable.put("id", sellableId);
      sellable.put("type", "ProductVariant");
      sellable.put("title", "Default");
      sellable.put("sku_code", item.sku());
      sellable.put("upc_code", item.barcode());
      sellable.put("product_title", item.name());
      sellable.put("sellable_title", item.name());
      sellable.put("full_title", item.name());
      sellable.put("price", item.price());
      sellable.put(
          "cost_price", item.price().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP));
      sellable.put("tax_rate", 20.0);
      sellable.put("created_at", time(catalogueDate));
      sellable.put("updated_at", time(catalogueDate));
      sellables.put(sellableId, sellable);
      ObjectNode product = SandboxJson.object();
      product.put("id", productId);
      product.put("title", item.name());
      product.put("description", "<p>" + item.name() + "</p>");
      product.put("created_at", time(catalogueDate));
      product.put("updated_at", time(catalogueDate));
      product.putArray("sellables").add(sellable);
      products.put(productId, product);
      ObjectNode entry = SandboxJson.object();
      entry.put("sellable_id", sellableId);
      entry.put("warehouse_id", WAREHOUSE_ID);
      entry.put("infinite", false);
      entry.put("allocated_stock_level", 0);
      entry.put("physical_stock_level", item.stock());
      entry.put("available_stock_level", item.stock());
      entry.put("incoming_stock_level", 0);
      entry.put("location", "Aisle " + (sellableId - FIRST_SELLABLE_ID + 1));
      entry.put("stock_running_low", item.stock() < 10);
      entry.put("updated_at", time(catalogueDate));
      ObjectNode warehouse = entry.putObject("warehouse");
      warehouse.put("id", WAREHOUSE_ID);
      warehouse.put("name", "Sandbox Warehouse");
      stockEntries.put(sellableId, entry);
      productId++;
      sellableId++;
    }
    List<Long> sellableIds = new ArrayList<>(sellables.keySet());
    for (int i = 0; i < seededOrders; i++) {
      Instant placed = seed.pastTime(i, seededOrders);
      long id = FIRST_ORDER_ID + i;
      ObjectNode order = SandboxJson.object();
      order.put("id", id);
      order.put("number", "#SB-" + id);
      order.put("status", STATUSES.get(i % STATUSES.size()));
      order.put("created_at", time(placed));
      order.put("updated_at", time(placed.plus(seed.between(1, 48), ChronoUnit.HOURS)));
      ArrayNode lines = order.putArray("line_items");
      int count = seed.between(1, 3);
      for (int n = 0; n < count; n++) {
        ObjectNode sellable = sellables.get(seed.pick(sellableIds));
        lines.add(
            lineItem(
                sellable, seed.between(1, 3), sellable.get("price").decimalValue(), VAT, placed));
      }
      SandboxSeed.Customer who = seed.pick(SandboxSeed.CUSTOMERS);
      ObjectNode deliverTo = SandboxJson.object();
      deliverTo.put("id", 800000 + i);
      deliverTo.put("first_name", who.firstName());
      deliverTo.put("last_name", who.lastName());
      deliverTo.put("company", "");
      deliverTo.put("address1", who.number() + " " + who.street());
      deliverTo.put("address2", "");
      deliverTo.put("city", who.city());
      deliverTo.put("state", "");
      deliverTo.put("zip", who.zip());
      deliverTo.put("country", who.country());
      deliverTo.put("phone", who.phone());
      deliverTo.put("email", who.email());
      order.set("deliver_to", deliverTo);
      ObjectNode customer = SandboxJson.object();
      customer.put("id", 900000 + SandboxSeed.CUSTOMERS.indexOf(who));
      customer.put("email", who.email());
      customer.put("phone", who.phone());
      customer.put("mobile", "");
      customer.set("billing_address", deliverTo.deepCopy());
      order.set("customer", customer);
      order.set(
          "channel", channels.get(i % 3 == 0 ? AMAZON_CHANNEL_ID : WEB_CHANNEL_ID).deepCopy());
      price(order, new BigDecimal(i % 2 == 0 ? "3.95" : "0.00"), BigDecimal.ZERO);
      allocate(order);
      orders.put(id, order);
    }
  }

  private void seedChannel(long id, String name, String integration, String shortName) {
    ObjectNode channel = SandboxJson.object();
    channel.put("id", id);
    channel.put("type_code", "amazon".equals(integration) ? "custom_integration" : "direct");
    channel.put("name", name);
    channel.put("short_name", shortName);
    channel.put("currency_code", "GBP");
    channel.put("state", "active");
    if ("amazon".equals(integration)) {
      channel.putObject("custom_integration_channel_specific").put("integration_type", "amazon");
    }
    channels.put(id, channel);
  }
}
