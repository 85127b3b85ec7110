package com.commercegraph.provider.veepe;

import com.commercegraph.order.OrderStatus;
import java.util.Locale;
import java.util.Map;

/**
 * VeePe's order statuses on the common {@link OrderStatus}. veepe-api.txt: the allowed statuses are
 * OPEN, CONFIRMED, PROCESSING, SHIPPED, DELIVERED, CANCELLED, REFUNDED, FAILED, CLOSED, which the
 * common status has under the same names. Anything else (such as the COMPLETED the status
 * endpoint's prose mentions but its list does not) is UNKNOWN.
 */
public final class VeepeOrderStatuses {

  private static final Map<String, OrderStatus> TABLE =
      Map.of(
          "OPEN", OrderStatus.OPEN,
          "CONFIRMED", OrderStatus.CONFIRMED,
          "PROCESSING", OrderStatus.PROCESSING,
          "SHIPPED", OrderStatus.SHIPPED,
          "DELIVERED", OrderStatus.DELIVERED,
          "CANCELLED", OrderStatus.CANCELLED,
          "REFUNDED", OrderStatus.REFUNDED,
          "FAILED", OrderStatus.FAILED,
          "CLOSED", OrderStatus.CLOSED);

  private VeepeOrderStatuses() {}

  public static OrderStatus toCommon(String veepeStatus) {
    if (veepeStatus == null) {
      return OrderStatus.UNKNOWN;
    }
    // VeePe's samples are all upper case; a lower-case status still means the same thing.
    return TABLE.getOrDefault(veepeStatus.trim().toUpperCase(Locale.ROOT), OrderStatus.UNKNOWN);
  }
}
