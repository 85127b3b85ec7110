package com.commercegraph.graphql;

import java.util.HashMap;
import java.util.Map;

/** Parts of the GraphQL order inputs as tests send them: lines and amounts of money. */
public final class OrderInputs {

  private OrderInputs() {}

  /** A line of {@code quantity} of {@code sku} at a unit price; changeable, for the variations. */
  public static Map<String, Object> line(
      String sku, int quantity, String amount, String currencyCode) {
    return new HashMap<>(
        Map.of("sku", sku, "quantity", quantity, "unitPrice", money(amount, currencyCode)));
  }

  /** A line without a price, which some providers refuse. */
  public static Map<String, Object> unpricedLine(String sku, int quantity) {
    return new HashMap<>(Map.of("sku", sku, "quantity", quantity));
  }

  /** A {@code Money} input. */
  public static Map<String, Object> money(String amount, String currencyCode) {
    return Map.of("amount", amount, "currencyCode", currencyCode);
  }
}
