package com.commercegraph.sandbox.veepe;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The VeePe merchant behind the simulator: orders with their status events, checkout sessions,
 * invoices and reports, in the shapes of veepe-api.txt. Seeded on start, changed in memory.
 */
@ApplicationScoped
public class VeepeSandbox {

  public static final String MERCHANT_ID = "5a4db0f0-5e6b-4c39-8a51-0c9e5e7d1f00";
  public static final String MERCHANT_NAME = "Commerce Graph Sandbox Merchant";

  /** Reports are generated this long after they are requested (computed on read). */
  public static final Duration REPORT_DELAY = Duration.ofSeconds(5);

  private static final long SEED = 1006L;
  private static final String DOWNLOADS = "https://sandbox.veepe.invalid/";

  /** Our order UUID -> the order as {@code GET /orders/{id}} shows it. */
  private final Map<String, ObjectNode> orders = new LinkedHashMap<>();

  private final Map<String, String> byReference = new HashMap<>();
  private final Map<String, ObjectNode> checkoutLinks = new HashMap<>();
  private final Map<String, ObjectNode> invoices = new LinkedHashMap<>();
  private final Map<String, ObjectNode> reports = new LinkedHashMap<>();
  private final SandboxClock clock;
  private final int seededOrders;
  // Each order's orderDate, parsed once: lists sort by it.
  private final Map<String, Instant> placedAt = new HashMap<>();
  private int created;

  /**
   * @param seededOrders orders to seed (commerce.sandbox.orders)
   */
  VeepeSandbox(
      SandboxClock clock,
      @ConfigProperty(name = "commerce.sandbox.orders", defaultValue = "36") int seededOrders) {
    this.seededOrders = seededOrders;
    this.clock = clock;
    seed(new SandboxSeed(SEED, clock.now()));
  }

  /** Newest first, as VeePe lists them, from index {@code from}; each without status events. */
  public synchronized SandboxSlice orders(long from, int size) {
    List<ObjectNode> newestFirst =
        orders.values().stream()
            .sorted(Comparator.comparing((ObjectNode o) -> placedAt.get(id(o))).reversed())
            .toList();
    SandboxSlice slice = SandboxSlice.of(newestFirst, from, size);
    return new SandboxSlice(
        slice.items().stream().map(VeepeSandbox::listed).toList(), slice.total());
  }

  private static String id(ObjectNode order) {
    return order.get("orderId").asText();
  }

  public synchronized ObjectNode order(String orderId) {
    ObjectNode order = orders.get(orderId);
    return order == null ? null : order.deepCopy();
  }

  public synchronized String orderIdForReference(String merchantOrderReference) {
    return byReference.get(merchantOrderReference);
  }

  /** Creates an OPEN order from a validated request; answers in the create response's shape. */
  public synchronized ObjectNode createOrder(JsonNode request) {
    created++;
    String id = uuid("created-order-" + created);
    Instant now = clock.now();
    ObjectNode order = SandboxJson.object();
    order.put("displayOrderId", String.format("ORD-%06d-SB", 900000 + created));
    order.put("orderId", id);
    order.put("orderType", SandboxJson.text(request, "orderType"));
    order.put("channel", SandboxJson.text(request, "channel"));
    order.put("merchantId", MERCHANT_ID);
    order.put("orderDate", now.toString());
    order.put("merchantOrderReference", SandboxJson.text(request, "merchantOrderReference"));
    order.set("orderAmount", request.get("amount").deepCopy());
    order.put("orderStatus", "OPEN");
    order.set("customer", request.path("customer").deepCopy());
    order.set("orderDetails", request.path("orderDetails").deepCopy());
    order.putArray("orderStatusEvents");
    orders.put(id, order);
    placedAt.put(id, Instant.parse(order.get("orderDate").asText()));
    byReference.put(SandboxJson.text(request, "merchantOrderReference"), id);
    return createdShape(order);
  }

  /** veepe-api.txt "Create Order" response: {@code amount} rather than {@code orderAmount}. */
  public synchronized ObjectNode createdShape(String orderId) {
    return createdShape(orders.get(orderId));
  }

  /** Applies the present parts of an update; the caller has checked the order is OPEN. */
  public synchronized void update(String orderId, JsonNode changes) {
    ObjectNode order = orders.get(orderId);
    if (changes.hasNonNull("amount")) {
      order.set("orderAmount", changes.get("amount").deepCopy());
    }
    if (changes.hasNonNull("customer")) {
      order.set("customer", changes.get("customer").deepCopy());
    }
    if (changes.hasNonNull("orderDetails")) {
      order.set("orderDetails", changes.get("orderDetails").deepCopy());
    }
  }

  /** Moves the order on and records the event; the caller has checked the lifecycle allows it. */
  public synchronized void changeStatus(String orderId, String status, String note) {
    ObjectNode order = orders.get(orderId);
    order.put("orderStatus", status);
    addEvent(order, status, note == null ? "Order " + status : note, clock.now());
  }

  /** veepe-api.txt: the first request creates the session; later ones answer the same one. */
  public synchronized ObjectNode checkoutLink(String orderId) {
    return checkoutLinks
        .computeIfAbsent(
            orderId,
            id -> {
              Instant now = clock.now();
              ObjectNode link = SandboxJson.object();
              link.put("sessionId", "chk_" + id.substring(0, 10).replace("-", ""));
              link.put("orderId", id);
              link.put("checkoutPageUrl", DOWNLOADS + "checkout/" + id);
              link.put("createdAt", now.toString());
              link.put("expiresAt", now.plus(1, ChronoUnit.DAYS).toString());
              return link;
            })
        .deepCopy();
  }

  /** Generates the invoice; answers the ids and the creation date, as the create call does. */
  public synchronized ObjectNode createInvoice(String orderId) {
    ObjectNode invoice = invoice(orderId, clock.now(), "invoice-" + (invoices.size() + 1));
    ObjectNode answer = SandboxJson.object();
    answer.put("orderId", orderId);
    answer.put("invoiceId", invoice.get("invoiceId").asText());
    answer.put("createdDate", invoice.get("createdDate").asText());
    return answer;
  }

  public synchronized ObjectNode invoice(String orderId, String invoiceId) {
    ObjectNode invoice = invoices.get(invoiceId);
    return invoice == null || !orderId.equals(invoice.get("orderId").asText())
        ? null
        : invoice.deepCopy();
  }

  public synchronized ObjectNode requestReport(String type) {
    ObjectNode report = SandboxJson.object();
    report.put("reportId", uuid("report-" + (reports.size() + 1)));
    report.put("type", type);
    report.put("createdAt", clock.now().toString());
    reports.put(report.get("reportId").asText(), report);
    return report(report.get("reportId").asText());
  }

  /** Newest first. */
  public synchronized List<ObjectNode> reports() {
    List<ObjectNode> shown = new ArrayList<>();
    reports.keySet().forEach(id -> shown.add(0, report(id)));
    return shown;
  }

  /** PENDING until {@link #REPORT_DELAY} after the request, COMPLETED with a link after that. */
  public synchronized ObjectNode report(String reportId) {
    ObjectNode stored = reports.get(reportId);
    if (stored == null) {
      return null;
    }
    ObjectNode report = SandboxJson.object();
    report.put("reportId", reportId);
    report.put("type", stored.get("type").asText());
    Instant requested = Instant.parse(stored.get("createdAt").asText());
    boolean done = !clock.now().isBefore(requested.plus(REPORT_DELAY));
    report.put("status", done ? "COMPLETED" : "PENDING");
    report.put(
        "message", done ? "Report generated successfully" : "Report generation request accepted");
    if (done) {
      report.put("downloadLink", DOWNLOADS + "reports/" + reportId + ".pdf");
    } else {
      report.putNull("downloadLink");
    }
    report.put("createdAt", stored.get("createdAt").asText());
    return report;
  }

  private ObjectNode invoice(String orderId, Instant at, String seedName) {
    ObjectNode invoice = SandboxJson.object();
    String invoiceId = uuid(seedName);
    invoice.put("orderId", orderId);
    invoice.put("invoiceId", invoiceId);
    invoice.put("createdDate", at.toString());
    invoice.put("merchantId", MERCHANT_ID);
    invoice.put("merchantName", MERCHANT_NAME);
    invoice.put("status", "COMPLETED");
    invoice.put("updatedAt", at.plusSeconds(7).toString());
    invoice.put("downloadLink", DOWNLOADS + "invoices/" + invoiceId + ".pdf");
    invoices.put(invoiceId, invoice);
    return invoice;
  }

  private static ObjectNode listed(ObjectNode order) {
    ObjectNode shown = order.deepCopy();
    shown.remove("orderStatusEvents");
    shown.remove("orderType");
    return shown;
  }

  private static ObjectNode createdShape(ObjectNode order) {
    ObjectNode shown = SandboxJson.object();
    for (String field :
        List.of("displayOrderId", "orderId", "orderType", "channel", "merchantOrderReference")) {
      shown.set(field, order.get(field).deepCopy());
    }
    shown.set("amount", order.get("orderAmount").deepCopy());
    shown.put("orderStatus", order.get("orderStatus").asText());
    shown.set("customer", order.get("customer").deepCopy());
    shown.set("orderDetails", order.get("orderDetails").deepCopy());
    shown.put("orderDate", order.get("orderDate").asText());
    return shown;
  }

  private static void addEvent(ObjectNode order, String status, String comment, Instant at) {
    ObjectNode event = ((ArrayNode) order.get("orderStatusEvents")).addObject();
    event.put("eventName", "ORDER_STATUS_UPDATED");
    ObjectNode payload = event.putObject("payload");
    payload.put("createdAt", at.toString());
    payload.put("orderStatus", status);
    payload.put("orderStatusComment", comment);
  }

  /** Name-based, so that seeded ids are the same on every start. */
  static String uuid(String name) {
    return UUID.nameUUIDFromBytes(("veepe-sandbox:" + name).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private void seed(SandboxSeed seed) {
    List<String> channels = List.of("APP", "ECOMM", "WEB");
    for (int i = 0; i < seededOrders; i++) {
      Instant placed = seed.pastTime(i, seededOrders);
      String status = VeepeLifecycleTable.STATUSES.get(i % VeepeLifecycleTable.STATUSES.size());
      String id = uuid("order-" + (i + 1));
      ObjectNode order = SandboxJson.object();
      order.put("displayOrderId", String.format("ORD-%06d-SB", 100000 + i * 7919 % 900000));
      order.put("orderId", id);
      order.put("orderType", "SALE");
      order.put("channel", channels.get(i % channels.size()));
      order.put("merchantId", MERCHANT_ID);
      order.put("orderDate", placed.toString());
      order.put("merchantOrderReference", "SB-REF-" + (1001 + i));
      ObjectNode details = SandboxJson.object();
      ArrayNode items = details.putArray("items");
      long total = 0;
      int lines = seed.between(1, 3);
      for (int n = 0; n < lines; n++) {
        SandboxCatalog.Item item = seed.pick(SandboxCatalog.ITEMS);
        int quantity = seed.between(1, 3);
        // Amounts are in paise; the catalogue's pound prices are read as rupees here.
        long unitPrice = item.price().multiply(BigDecimal.valueOf(100)).longValue();
        ObjectNode line = items.addObject();
        line.put("name", item.name());
        line.put("quantity", quantity);
        line.put("unitPrice", unitPrice);
        total += unitPrice * quantity;
      }
      details.putObject("metadata").put("source", "sandbox_seed");
      ObjectNode amount = order.putObject("orderAmount");
      amount.put("value", total);
      amount.put("currency", "INR");
      order.put("orderStatus", status);
      SandboxSeed.Customer who = seed.pick(SandboxSeed.CUSTOMERS);
      ObjectNode customer = order.putObject("customer");
      customer.put("name", who.fullName());
      customer.put("email", who.email());
      customer.put("phone", who.phone());
      ObjectNode address = customer.putObject("address");
      address.put("street", who.number() + " " + who.street());
      address.put("city", who.city());
      address.put("state", "");
      address.put("postalCode", who.zip());
      address.put("country", alpha3(who.country()));
      order.set("orderDetails", details);
      order.putArray("orderStatusEvents");
      Instant at = placed;
      for (String step : VeepeLifecycleTable.PATH_FROM_OPEN.get(status)) {
        at = at.plus(seed.between(1, 20), ChronoUnit.HOURS);
        addEvent(order, step, "Order " + step, at);
      }
      orders.put(id, order);
      placedAt.put(id, Instant.parse(order.get("orderDate").asText()));
      placedAt.put(id, Instant.parse(order.get("orderDate").asText()));
      byReference.put(order.get("merchantOrderReference").asText(), id);
      if (List.of("DELIVERED", "REFUNDED", "CLOSED").contains(status)) {
        invoice(id, at, "seed-invoice-" + (i + 1));
      }
    }
    Instant now = clock.now();
    for (int r = 3; r >= 1; r--) {
      ObjectNode report = SandboxJson.object();
      report.put("reportId", uuid("seed-report-" + r));
      report.put("type", r == 2 ? "TRANSACTIONS_REPORT" : "ORDER_REPORT");
      report.put("createdAt", now.minus(r * 9L, ChronoUnit.DAYS).toString());
      reports.put(report.get("reportId").asText(), report);
    }
  }

  private static String alpha3(String alpha2) {
    return new Locale("", alpha2).getISO3Country();
  }
}
