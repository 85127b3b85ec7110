package com.commercegraph.graphql;

import static com.commercegraph.graphql.OrderInputs.line;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checks every new order passes before any provider is called, whatever the provider: each
 * failure is a userError with the input field's path, and nothing reaches the wire.
 */
@QuarkusTest
class CreateOrderValidationTest {

  private static final String CREATE =
      """
      mutation Create($input: CreateOrderInput!) {
        createOrder(input: $input) { order { id } userErrors { field message code } }
      }
      """;

  private final WireMockServer veeqo = VeeqoStubs.server();

  @Test
  void everyCommonMistakeIsAUserErrorWithItsFieldPathAndNothingIsSent() {
    Map<String, Object> input = validInput();
    input.put("reference", "");
    input.put("customer", Map.of("name", "Ada", "email", "not-an-email"));
    input.put(
        "shippingAddress",
        Map.of("line1", "1 Main St", "city", "Leeds", "postalCode", "LS1", "countryCode", "XX"));
    input.put(
        "lines",
        List.of(
            line("101", 0, "9.99", "GBP"),
            line("102", 1, "1.5", "JPY"),
            line("103", 1, "2.00", "ZZZ"),
            line("104", 1, "2.001", "GBP")));

    JsonPath answer = create(input);

    assertThat(answer.getString("data.createOrder.order")).isNull();
    assertThat(errors(answer))
        .contains(
            "REQUIRED input.reference",
            "INVALID input.customer.email",
            "INVALID input.shippingAddress.countryCode",
            "INVALID input.lines.0.quantity",
            "INVALID input.lines.1.unitPrice.amount",
            "INVALID input.lines.2.unitPrice.currencyCode",
            "INVALID input.lines.3.unitPrice.amount");
    assertThat(veeqo.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void aTotalThatTheLinesDoNotAddUpToIsRefused() {
    Map<String, Object> input = validInput();
    input.put("total", Map.of("amount", "20.00", "currencyCode", "GBP"));

    JsonPath answer = create(input);

    assertThat(errors(answer)).containsExactly("TOTAL_MISMATCH input.total");
    assertThat(veeqo.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void linesInDifferentCurrenciesAreRefused() {
    Map<String, Object> input = validInput();
    input.put("lines", List.of(line("101", 1, "9.99", "GBP"), line("102", 1, "9.99", "EUR")));

    assertThat(errors(create(input)))
        .contains("CURRENCY_MISMATCH input.lines.1.unitPrice.currencyCode");
    assertThat(veeqo.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  private static Map<String, Object> validInput() {
    Map<String, Object> input = new HashMap<>();
    input.put("provider", "VEEQO");
    input.put("reference", "AMZ-111-2222222-3333333");
    input.put("channelId", "1234567");
    input.put("customer", Map.of("name", "Ada Lovelace", "email", "ada@example.com"));
    input.put(
        "shippingAddress",
        Map.of(
            "name", "Ada Lovelace",
            "line1", "1 Main St",
            "city", "Leeds",
            "postalCode", "LS1 1AA",
            "countryCode", "GB"));
    input.put("lines", List.of(line("101", 2, "9.99", "GBP")));
    return input;
  }

  private static JsonPath create(Map<String, Object> input) {
    JsonPath answer =
        GraphQLClient.post(CREATE, Map.of("input", input)).statusCode(200).extract().jsonPath();
    assertThat(answer.getList("errors")).isNull();
    return answer;
  }

  private static List<String> errors(JsonPath answer) {
    List<Map<String, Object>> userErrors = answer.getList("data.createOrder.userErrors");
    return userErrors.stream()
        .map(e -> e.get("code") + " " + String.join(".", (List<String>) e.get("field")))
        .toList();
  }
}
