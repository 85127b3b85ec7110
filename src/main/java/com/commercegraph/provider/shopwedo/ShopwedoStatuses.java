package com.commercegraph.provider.shopwedo;

import com.commercegraph.order.OrderStatus;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ShopWeDo order statuses onto the common {@link OrderStatus}. shopwedo-api.txt documents {@code
 * status} and {@code status_string} but none of their values, so this table is a best guess from
 * the fulfilment steps the docs name ("waiting for release", released, reserved) and the usual
 * warehouse flow, over which {@code shopwedo.status-map} sets the shop's own texts (as REC+'s
 * {@code recplus.status-map} does); anything else is {@link OrderStatus#UNKNOWN}. The text is
 * matched ignoring case, with underscores, hyphens and repeated spaces read as one space
 * (ShopWeDo's stock statuses use underscores for spaces).
 */
final class ShopwedoStatuses {

  private static final Map<String, OrderStatus> DEFAULTS =
      Map.ofEntries(
          Map.entry("new", OrderStatus.OPEN),
          Map.entry("open", OrderStatus.OPEN),
          Map.entry("pending", OrderStatus.OPEN),
          Map.entry("waiting for release", OrderStatus.OPEN),
          Map.entry("released", OrderStatus.CONFIRMED),
          Map.entry("reserved", OrderStatus.CONFIRMED),
          Map.entry("picking", OrderStatus.PROCESSING),
          Map.entry("packing", OrderStatus.PROCESSING),
          Map.entry("picked", OrderStatus.PROCESSING),
          Map.entry("packed", OrderStatus.PROCESSING),
          Map.entry("in progress", OrderStatus.PROCESSING),
          Map.entry("processing", OrderStatus.PROCESSING),
          Map.entry("shipped", OrderStatus.SHIPPED),
          Map.entry("sent", OrderStatus.SHIPPED),
          Map.entry("delivered", OrderStatus.DELIVERED),
          Map.entry("cancelled", OrderStatus.CANCELLED),
          Map.entry("canceled", OrderStatus.CANCELLED),
          Map.entry("on hold", OrderStatus.ON_HOLD));

  private final Map<String, OrderStatus> table = new HashMap<>();

  /**
   * @param configured {@code shopwedo.status-map}: the shop's texts, over the built-in guesses
   */
  ShopwedoStatuses(Map<String, OrderStatus> configured) {
    DEFAULTS.forEach((text, status) -> table.put(key(text), status));
    configured.forEach((text, status) -> table.put(key(text), status));
  }

  OrderStatus of(String statusString) {
    if (statusString == null) {
      return OrderStatus.UNKNOWN;
    }
    return table.getOrDefault(key(statusString), OrderStatus.UNKNOWN);
  }

  private static String key(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
  }
}
