package com.commercegraph.graphql;

import static com.commercegraph.graphql.OrderInputs.unpricedLine;
import static com.commercegraph.provider.shopwedo.ShopwedoStubs.onlyRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.provider.shopwedo.ShopwedoWireMock;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code createOrder} for ShopWeDo over HTTP: the exact createOrder form, refusals before any call,
 * ShopWeDo's own refusals as userErrors, one create per reference, and timeouts that stay
 * OUTCOME_UNKNOWN because ShopWeDo cannot be asked for the reference.
 */
@QuarkusTest
class ShopwedoCreateOrderTest {

  private static final String CREATE =
      """
      mutation Create($input: CreateOrderInput!) {
        createOrder(input: $input) {
          order { id provider providerId number status providerStatus
                  customer { name email phone }
                  shippingAddress { name line1 city postalCode countryCode email phone }
                  lines { sku name quantity } }
          userErrors { field message code }
        }
      }
      """;

  private static final DateTimeFormatter SHOP_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final WireMockServer shopwedo = ShopwedoStubs.server();

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void createSendsTheSplitAddressAndItemsOnceAndAnswersTheOrderReadBack() throws Exception {
    String reference = unique("WEB");
    ShopwedoStubs.orderCreatedAndReadBack();

    create(input(reference))
        .statusCode(200)
        .spec(MutationAnswer.accepted("createOrder"))
        .body("data.createOrder.order.provider", is("SHOPWEDO"))
        .body("data.createOrder.order.providerId", is("123"))
        .body("data.createOrder.order.number", is("WEB-1001"))
        .body("data.createOrder.order.status", is("OPEN"))
        .body("data.createOrder.order.providerStatus", is("Waiting_for_release"))
        .body(
            "data.createOrder.order.id",
            is(NodeId.encode(Provider.SHOPWEDO, EntityKind.ORDER, "123")));

    LoggedRequest create = onlyRequest("createOrder");
    assertThat(create.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    Map<String, String> form = ShopwedoStubs.form(create);
    assertThat(form.keySet()).containsExactlyInAnyOrder("auth", "data");
    assertThat(json.readTree(form.get("auth")).get("shopid").asLong())
        .isEqualTo(Long.parseLong(ShopwedoWireMock.SHOP_ID));
    ObjectNode data = (ObjectNode) json.readTree(form.get("data"));
    assertCreatedNowInBrussels(data.remove("created_at"));
    assertThat(data)
        .isEqualTo(
            json.readTree(
                """
                {
                  "external_order_id": "%s",
                  "release": false,
                  "comment": "Leave at the door",
                  "shipping_address": {
                    "firstname": "Jan", "lastname": "Van den Broeck", "company": "Peeters BV",
                    "street": "Kerkstraat", "number": "12", "box": "3",
                    "zip": "2800", "city": "Mechelen", "country_iso2": "BE",
                    "email": "jan@example.be", "phone": "+3215000000"
                  },
                  "items": [
                    {"sku": 5001, "amount": 2, "name": "Koffiebonen 1kg"},
                    {"sku": 5002, "amount": 1}
                  ]
                }
                """
                    .formatted(reference)));
    assertThat(ShopwedoStubs.data(onlyRequest("getOrder")))
        .isEqualTo(json.readTree("{\"order_id\": \"123\"}"));
  }

  @Test
  void lineSkusAreTheMerchantsCodesSentAsTheStockItemIdsOfThoseReferences() throws Exception {
    ShopwedoStubs.orderCreatedAndReadBack();

    create(input(unique("WEB")))
        .spec(MutationAnswer.accepted("createOrder"))
        .body("data.createOrder.order.lines.sku", contains("5412345000011", "5412345000028"));

    JsonNode items = json.readTree(ShopwedoStubs.form(onlyRequest("createOrder")).get("data"));
    assertThat(items.get("items").findValuesAsText("sku")).containsExactly("5001", "5002");
    // getStock read once for the codes (one slice: the shop has fewer than 50 items)
    assertThat(ShopwedoStubs.data(ShopwedoStubs.requests("getStock").get(0)))
        .isEqualTo(json.readTree("{\"limit\": 50, \"offset\": 0}"));
  }

  @Test
  void aSkuShopwedoDoesNotStockIsRefusedOnItsLineAndNothingIsCreated() {
    ShopwedoStubs.orderCreatedAndReadBack();
    Map<String, Object> input = input(unique("WEB"));
    line(input, 1).put("sku", "CG-NOT-STOCKED");

    create(input)
        .statusCode(200)
        .spec(
            MutationAnswer.refused(
                "createOrder", "order", List.of("input", "lines", "1", "sku"), "UNKNOWN_SKU"));
    assertThat(ShopwedoStubs.requests("createOrder")).isEmpty();
    assertThat(ShopwedoStubs.requests("getStock")).hasSize(1);
  }

  @Test
  void aFailedStockLookUpIsAnErrorOfACreateNeverSentNotAnUnknownOutcome() {
    String reference = unique("DOWN");
    ShopwedoStubs.orderCreatedAndReadBack();
    ShopwedoStubs.answers("getStock", aResponse().withStatus(503));

    create(input(reference))
        .statusCode(200)
        .body("data.createOrder", nullValue())
        .spec(FirstError.of("PROVIDER_UNAVAILABLE", "SHOPWEDO"));
    assertThat(ShopwedoStubs.requests("getStock")).isNotEmpty();
    assertThat(ShopwedoStubs.requests("createOrder")).isEmpty();

    // Nothing was sent, so the reference is free: the same create goes out once ShopWeDo answers.
    ShopwedoStubs.answers("getStock", ShopwedoStubs.answer(200, "get-stock.json"));
    create(input(reference)).spec(MutationAnswer.accepted("createOrder"));
    assertThat(ShopwedoStubs.requests("createOrder")).hasSize(1);
  }

  @Test
  void releaseFromTheInputIsSentAsShopwedosReleaseChoice() throws Exception {
    ShopwedoStubs.orderCreatedAndReadBack();
    Map<String, Object> input = input(unique("WEB"));
    input.put("release", true);

    create(input).spec(MutationAnswer.accepted("createOrder"));

    JsonNode data = json.readTree(ShopwedoStubs.form(onlyRequest("createOrder")).get("data"));
    assertThat(data.get("release").isBoolean()).isTrue();
    assertThat(data.get("release").booleanValue()).isTrue();
  }

  @Test
  void aBillingAddressIsSentApartWithItsOwnContactsAndLineTwoAsTheBox() throws Exception {
    String reference = unique("WEB");
    ShopwedoStubs.orderCreatedAndReadBack();
    Map<String, Object> input = input(reference);
    input.remove("note");
    input.put(
        "billingAddress",
        Map.of(
            "name", "Cher",
            "line1", "12 Main Street",
            "line2", "Flat 4",
            "city", "London",
            "postalCode", "SW1A 1AA",
            "countryCode", "GB",
            "email", "billing@example.co.uk",
            "phone", "+442071234567"));

    create(input).statusCode(200).spec(MutationAnswer.accepted("createOrder"));

    JsonNode data = ShopwedoStubs.data(onlyRequest("createOrder"));
    assertThat(data.has("comment")).isFalse();
    assertThat(data.get("billing_address"))
        .isEqualTo(
            json.readTree(
                """
                {
                  "lastname": "Cher", "street": "Main Street", "number": "12", "box": "Flat 4",
                  "zip": "SW1A 1AA", "city": "London", "country_iso2": "GB",
                  "email": "billing@example.co.uk", "phone": "+442071234567"
                }
                """));
  }

  @Test
  void aFailedReadBackStillAnswersTheCreatedOrderAsSent() {
    String reference = unique("WEB");
    ShopwedoStubs.answers("createOrder", ShopwedoStubs.answer(201, "create-order-created.json"));
    ShopwedoStubs.answers("getOrder", aResponse().withStatus(503));

    create(input(reference))
        .statusCode(200)
        .spec(MutationAnswer.accepted("createOrder"))
        .body("data.createOrder.order.providerId", is("123"))
        .body("data.createOrder.order.number", is(reference))
        .body("data.createOrder.order.status", is("UNKNOWN"))
        .body("data.createOrder.order.providerStatus", nullValue())
        .body("data.createOrder.order.customer.name", is("Jan Van den Broeck"))
        .body("data.createOrder.order.shippingAddress.line1", is("Kerkstraat 12 bus 3"))
        .body("data.createOrder.order.lines.sku", contains("5412345000011", "5412345000028"))
        .body("data.createOrder.order.lines.quantity", contains(2, 1));
    assertThat(ShopwedoStubs.requests("createOrder")).hasSize(1);
  }

  private static ValidatableResponse create(Map<String, Object> input) {
    return GraphQLClient.post(CREATE, Map.of("input", input));
  }

  static Stream<Arguments> refusedInputs() {
    return Stream.of(
        refused(
            "no shipping address",
            input -> input.remove("shippingAddress"),
            List.of("input", "shippingAddress"),
            "REQUIRED"),
        refused(
            "no house number",
            input -> address(input).put("line1", "Kerkstraat"),
            List.of("input", "shippingAddress", "line1"),
            "INVALID"),
        refused(
            "a box in line1 and a line2",
            input -> address(input).put("line2", "2nd floor"),
            List.of("input", "shippingAddress", "line2"),
            "INVALID"),
        refused(
            "no e-mail on the address or the customer",
            input -> customer(input).remove("email"),
            List.of("input", "shippingAddress", "email"),
            "REQUIRED"),
        refused(
            "no phone on the address or the customer",
            input -> customer(input).remove("phone"),
            List.of("input", "shippingAddress", "phone"),
            "REQUIRED"),
        refused(
            "a billing address without a house number",
            input ->
                input.put(
                    "billingAddress",
                    Map.of(
                        "line1", "Grote Markt",
                        "city", "Brussel",
                        "postalCode", "1000",
                        "countryCode", "BE")),
            List.of("input", "billingAddress", "line1"),
            "INVALID"),
        refused(
            "a marketplace line id",
            input -> line(input, 0).put("remoteId", "12345678901234"),
            List.of("input", "lines", "0", "remoteId"),
            "INVALID"),
        refused(
            "a channel",
            input -> input.put("channelId", "1234567"),
            List.of("input", "channelId"),
            "INVALID"),
        refused(
            "a zero quantity",
            input -> line(input, 0).put("quantity", 0),
            List.of("input", "lines", "0", "quantity"),
            "INVALID"),
        refused(
            "a country that is not ISO",
            input -> address(input).put("countryCode", "XX"),
            List.of("input", "shippingAddress", "countryCode"),
            "INVALID"),
        refused(
            "a malformed e-mail",
            input -> address(input).put("email", "jan-at-example"),
            List.of("input", "shippingAddress", "email"),
            "INVALID"),
        refused(
            "a reference over 50 characters",
            input -> input.put("reference", "R".repeat(51)),
            List.of("input", "reference"),
            "TOO_LONG"),
        refused(
            "no lines",
            input -> input.put("lines", List.of()),
            List.of("input", "lines"),
            "INVALID"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedInputs")
  void refusedInputIsAUserErrorAndShopwedoIsNotCalled(
      String name, Consumer<Map<String, Object>> change, List<String> field, String code) {
    Map<String, Object> input = input(unique("BAD"));
    change.accept(input);

    create(input).statusCode(200).spec(MutationAnswer.refused("createOrder", "order", field, code));
    assertThat(shopwedo.getAllServeEvents()).isEmpty();
  }

  @Test
  void shopwedoInvalidDataIsUserErrorsOnTheInputFieldsAndNothingIsRemembered() {
    String reference = unique("WEB");
    ShopwedoStubs.answers("createOrder", ShopwedoStubs.answer(400, "create-order-invalid.json"));

    for (int attempt = 1; attempt <= 2; attempt++) {
      create(input(reference))
          .statusCode(200)
          .body("errors", nullValue())
          .body("data.createOrder.order", nullValue())
          .body(
              "data.createOrder.userErrors.field",
              contains(
                  List.of("input", "shippingAddress", "postalCode"),
                  List.of("input", "lines", "0", "sku")))
          .body(
              "data.createOrder.userErrors.code",
              contains("PROVIDER_REJECTED", "PROVIDER_REJECTED"))
          .body(
              "data.createOrder.userErrors.message",
              contains(
                  "ShopWeDo: The zip field is required.", "ShopWeDo: The sku must be an integer."));
    }
    // Refused means not created: the corrected order may be sent again.
    assertThat(ShopwedoStubs.requests("createOrder")).hasSize(2);
    assertThat(ShopwedoStubs.requests("getOrder")).hasSize(0);
  }

  @Test
  void shopwedoFindingNoItemsIsAUserErrorOnTheLines() {
    ShopwedoStubs.answers(
        "createOrder", ShopwedoStubs.answer(400, "create-order-items-empty.json"));

    create(input(unique("WEB")))
        .statusCode(200)
        .spec(
            MutationAnswer.refused(
                "createOrder", "order", List.of("input", "lines"), "PROVIDER_REJECTED"));
  }

  @Test
  void shopwedoFailingToCreateIsAProviderRejectedError() {
    ShopwedoStubs.answers(
        "createOrder", ShopwedoStubs.answer(400, "create-order-creation-failed.json"));

    create(input(unique("WEB")))
        .statusCode(200)
        .body("data", nullValue())
        .spec(FirstError.of("PROVIDER_REJECTED", "SHOPWEDO"));
  }

  @Test
  void refusedCredentialsAreAnAuthError() {
    ShopwedoStubs.answers("createOrder", ShopwedoStubs.answer(401, "auth-invalid.json"));

    create(input(unique("WEB")))
        .statusCode(200)
        .body("data", nullValue())
        .spec(FirstError.of("PROVIDER_AUTH_FAILED", "SHOPWEDO"));
    assertThat(ShopwedoStubs.requests("createOrder")).hasSize(1);
  }

  @Test
  void theSameCreateTwiceCreatesOnceAndAnswersTheSecondFromGetOrder() {
    String reference = unique("WEB");
    ShopwedoStubs.orderCreatedAndReadBack();

    for (int attempt = 1; attempt <= 2; attempt++) {
      create(input(reference))
          .statusCode(200)
          .spec(MutationAnswer.accepted("createOrder"))
          .body("data.createOrder.order.providerId", is("123"));
    }
    assertThat(ShopwedoStubs.requests("createOrder")).hasSize(1);
    shopwedo.verify(
        2,
        postRequestedFor(urlPathEqualTo(ShopwedoStubs.API + "getOrder"))
            .withRequestBody(containing("order_id%22%3A%22123%22")));
  }

  @Test
  void aCreateTimingOutIsOutcomeUnknownAndIsNeverSentAgain() {
    String reference = unique("SLOW");
    // the tests' ShopWeDo read timeout is 1s
    ShopwedoStubs.answers(
        "createOrder",
        ShopwedoStubs.answer(201, "create-order-created.json")
            .withFixedDelay((int) Duration.ofMillis(1500).toMillis()));

    for (int attempt = 1; attempt <= 2; attempt++) {
      create(input(reference))
          .statusCode(200)
          .body("data", nullValue())
          .spec(FirstError.outcomeUnknown("SHOPWEDO", reference));
      assertThat(ShopwedoStubs.requests("createOrder")).hasSize(1);
    }
    assertThat(ShopwedoStubs.requests("getOrder")).hasSize(0);
  }

  private static Arguments refused(
      String name, Consumer<Map<String, Object>> change, List<String> field, String code) {
    return Arguments.of(name, change, field, code);
  }

  /** A Belgian order whose address has no contacts of its own: they come from the customer. */
  private static Map<String, Object> input(String reference) {
    Map<String, Object> input = new HashMap<>();
    input.put("provider", "SHOPWEDO");
    input.put("reference", reference);
    input.put(
        "customer",
        new HashMap<>(
            Map.of(
                "name", "Jan Van den Broeck", "email", "jan@example.be", "phone", "+3215000000")));
    input.put(
        "shippingAddress",
        new HashMap<>(
            Map.of(
                "company", "Peeters BV",
                "line1", "Kerkstraat 12 bus 3",
                "city", "Mechelen",
                "region", "Antwerpen",
                "postalCode", "2800",
                "countryCode", "BE")));
    input.put(
        "lines",
        List.of(
            new HashMap<>(
                Map.of(
                    "sku",
                    "5412345000011",
                    "name",
                    "Koffiebonen 1kg",
                    "quantity",
                    2,
                    "unitPrice",
                    Map.of("amount", "12.50", "currencyCode", "EUR"))),
            unpricedLine("5412345000028", 1)));
    input.put("note", "Leave at the door");
    return input;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> address(Map<String, Object> input) {
    return (Map<String, Object>) input.get("shippingAddress");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> customer(Map<String, Object> input) {
    return (Map<String, Object>) input.get("customer");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> line(Map<String, Object> input, int index) {
    return ((List<Map<String, Object>>) input.get("lines")).get(index);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void assertCreatedNowInBrussels(JsonNode createdAt) {
    assertThat(createdAt.asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    LocalDateTime sent = LocalDateTime.parse(createdAt.asText(), SHOP_TIME);
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Brussels"));
    assertThat(Duration.between(sent, now).abs()).isLessThan(Duration.ofMinutes(1));
  }
}
