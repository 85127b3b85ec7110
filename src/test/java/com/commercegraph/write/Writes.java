package com.commercegraph.write;

import com.commercegraph.graphql.OrderInputs;
import com.commercegraph.provider.TestResources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Mutation documents, inputs and provider payloads shared by the write-path tests. */
final class Writes {

  static final String CREATE =
      """
      mutation Create($input: CreateOrderInput!) {
        createOrder(input: $input) {
          order { id provider providerId number status }
          userErrors { field message code }
        }
      }
      """;

  static final String OUTCOME =
      """
      query Outcome($provider: Provider!, $reference: String!) {
        writeOutcome(provider: $provider, reference: $reference) {
          provider reference state providerId since order { providerId number }
        }
      }
      """;

  static final String RESOLVE =
      """
      mutation Resolve($provider: Provider!, $reference: String!, $providerId: String,
                       $notApplied: Boolean) {
        resolveWrite(provider: $provider, reference: $reference, providerId: $providerId,
                     notApplied: $notApplied) {
          outcome { state providerId order { providerId } }
          userErrors { field message code }
        }
      }
      """;

  /** shopwedo/create-order-created.json: ShopWeDo's id for the new order. */
  static final String SHOPWEDO_ORDER_ID = "123";

  /** veeqo/orders/show.json: Veeqo's id for its sample order. */
  static final String VEEQO_ORDER_ID = "13359622";

  private Writes() {}

  static Map<String, Object> veeqoInput(String reference) {
    Map<String, Object> input = new HashMap<>();
    input.put("provider", "VEEQO");
    input.put("reference", reference);
    input.put("channelId", "1234567");
    input.put("customer", Map.of("name", "John Smith", "email", "john.smith@example.com"));
    input.put(
        "shippingAddress",
        Map.of(
            "line1", "123 Main St", "city", "Seattle", "postalCode", "98101", "countryCode", "US"));
    input.put(
        "lines",
        List.of(
            Map.of(
                "sku",
                "111222333",
                "quantity",
                1,
                "unitPrice",
                Map.of("amount", "25.00", "currencyCode", "USD"))));
    return input;
  }

  static Map<String, Object> veepeInput(String reference) {
    Map<String, Object> input = new HashMap<>();
    input.put("provider", "VEEPE");
    input.put("reference", reference);
    input.put("customer", Map.of("name", "Vikas Pandey", "email", "vikas@example.com"));
    input.put(
        "lines",
        List.of(
            Map.of(
                "sku",
                "USB-C-1M",
                "quantity",
                2,
                "unitPrice",
                Map.of("amount", "2.50", "currencyCode", "INR"))));
    return input;
  }

  static Map<String, Object> shopwedoInput(String reference) {
    // shopwedo/get-stock.json: the merchant's code of stock item 5001
    return OrderInputs.shopwedoOrder(reference, "5412345000011", 2);
  }

  /** Veeqo's sample order (responses/orders/show.json) under the given number. */
  static String veeqoOrder(String number) {
    return TestResources.read("veeqo/orders/show.json")
        .replace("\"rdr1234\"", "\"" + number + "\"");
  }
}
