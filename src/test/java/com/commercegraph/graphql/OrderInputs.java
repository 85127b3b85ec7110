package com.commercegraph.graphql;

import java.util.HashMap;
import java.util.List;
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

  /**
   * The Amazon order of veeqo-amazon-buyer-protection.txt (step 3) for Veeqo, under {@code
   * reference}: changeable, for the variations.
   */
  public static Map<String, Object> veeqoAmazonOrder(String reference) {
    Map<String, Object> line = line("111222333", 1, "25.00", "USD");
    line.put("remoteId", "12345678901234");
    Map<String, Object> input = new HashMap<>();
    input.put("provider", "VEEQO");
    input.put("reference", reference);
    input.put(
        "customer",
        Map.of("name", "John Smith", "email", "john.smith@example.com", "phone", "+12065551234"));
    input.put("shippingAddress", amazonBuyersAddress());
    input.put("lines", List.of(line));
    input.put("channelId", "1234567");
    return input;
  }

  /** Where the Amazon buyer of {@link #veeqoAmazonOrder} lives. */
  public static Map<String, Object> amazonBuyersAddress() {
    return Map.of(
        "line1", "123 Main St",
        "city", "Seattle",
        "region", "WA",
        "postalCode", "98101",
        "countryCode", "US");
  }

  /**
   * A ShopWeDo order of {@code quantity} of {@code sku} to a Belgian address with the customer's
   * contacts (what ShopWeDo requires); changeable, for the variations.
   */
  public static Map<String, Object> shopwedoOrder(String reference, String sku, int quantity) {
    Map<String, Object> input = new HashMap<>();
    input.put("provider", "SHOPWEDO");
    input.put("reference", reference);
    input.put(
        "customer",
        Map.of("name", "Jan Peeters", "email", "jan@example.be", "phone", "+3215000000"));
    input.put(
        "shippingAddress",
        Map.of(
            "line1",
            "Kerkstraat 12",
            "city",
            "Mechelen",
            "postalCode",
            "2800",
            "countryCode",
            "BE"));
    input.put("lines", List.of(Map.of("sku", sku, "quantity", quantity)));
    return input;
  }

  /** A {@code Money} input. */
  public static Map<String, Object> money(String amount, String currencyCode) {
    return Map.of("amount", amount, "currencyCode", currencyCode);
  }
}
