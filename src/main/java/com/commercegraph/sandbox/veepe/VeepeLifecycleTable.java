package com.commercegraph.sandbox.veepe;

import java.util.List;
import java.util.Map;

/** veepe-api.txt "Order Lifecycle": which statuses an order may move to from each status. */
final class VeepeLifecycleTable {

  static final Map<String, List<String>> NEXT =
      Map.of(
          "OPEN", List.of("CONFIRMED", "CANCELLED", "FAILED"),
          "CONFIRMED", List.of("PROCESSING", "CANCELLED"),
          "PROCESSING", List.of("SHIPPED", "CANCELLED"),
          "SHIPPED", List.of("DELIVERED", "CANCELLED"),
          "DELIVERED", List.of("REFUNDED", "CLOSED"),
          "CANCELLED", List.of("REFUNDED", "CLOSED"),
          "FAILED", List.of("CLOSED"),
          "REFUNDED", List.of("CLOSED"),
          "CLOSED", List.of());

  /** How a seeded order reached each status from OPEN, one lifecycle step at a time. */
  static final Map<String, List<String>> PATH_FROM_OPEN =
      Map.of(
          "OPEN", List.of(),
          "CONFIRMED", List.of("CONFIRMED"),
          "PROCESSING", List.of("CONFIRMED", "PROCESSING"),
          "SHIPPED", List.of("CONFIRMED", "PROCESSING", "SHIPPED"),
          "DELIVERED", List.of("CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED"),
          "REFUNDED", List.of("CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED", "REFUNDED"),
          "CLOSED", List.of("CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED", "CLOSED"),
          "CANCELLED", List.of("CONFIRMED", "CANCELLED"),
          "FAILED", List.of("FAILED"));

  /** The order the seed walks through the statuses, so every status has orders. */
  static final List<String> STATUSES =
      List.of(
          "OPEN",
          "CONFIRMED",
          "PROCESSING",
          "SHIPPED",
          "DELIVERED",
          "CANCELLED",
          "REFUNDED",
          "FAILED",
          "CLOSED");

  static boolean allowed(String from, String to) {
    return NEXT.getOrDefault(from, List.of()).contains(to);
  }

  private VeepeLifecycleTable() {}
}
