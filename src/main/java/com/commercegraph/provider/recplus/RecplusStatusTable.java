package com.commercegraph.provider.recplus;

import com.commercegraph.order.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * REC+ order status texts onto the common {@link OrderStatus}. REC+ statuses are free text set up
 * per site (recplus-api.txt: "see Admin &gt; Order Statuses"), so the table is configuration
 * ({@code recplus.status-map}) over defaults for the usual texts; texts match ignoring case and
 * surrounding spaces, and anything else is {@link OrderStatus#UNKNOWN}.
 */
@ApplicationScoped
public class RecplusStatusTable {

  static final Map<String, OrderStatus> DEFAULTS =
      Map.ofEntries(
          Map.entry("Pending", OrderStatus.OPEN),
          Map.entry("Awaiting Payment", OrderStatus.OPEN),
          Map.entry("Payment Received", OrderStatus.CONFIRMED),
          Map.entry("Processing", OrderStatus.PROCESSING),
          Map.entry("Dispatched", OrderStatus.SHIPPED),
          Map.entry("Shipped", OrderStatus.SHIPPED),
          Map.entry("Delivered", OrderStatus.DELIVERED),
          Map.entry("Cancelled", OrderStatus.CANCELLED),
          Map.entry("Refunded", OrderStatus.REFUNDED),
          Map.entry("On Hold", OrderStatus.ON_HOLD));

  private final Map<String, OrderStatus> byText = new HashMap<>();

  RecplusStatusTable(RecplusConfig config) {
    DEFAULTS.forEach((text, status) -> byText.put(key(text), status));
    config.statusMap().forEach((text, status) -> byText.put(key(text), status));
  }

  public OrderStatus statusOf(String providerStatus) {
    if (providerStatus == null) {
      return OrderStatus.UNKNOWN;
    }
    return byText.getOrDefault(key(providerStatus), OrderStatus.UNKNOWN);
  }

  private static String key(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }
}
