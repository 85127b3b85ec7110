package com.commercegraph.provider.shopwedo;

import static com.commercegraph.provider.shopwedo.ShopwedoStubs.API;
import static com.commercegraph.provider.shopwedo.ShopwedoStubs.answer;
import static com.commercegraph.provider.shopwedo.ShopwedoStubs.answers;
import static com.commercegraph.provider.shopwedo.ShopwedoStubs.auth;
import static com.commercegraph.provider.shopwedo.ShopwedoStubs.data;
import static com.commercegraph.provider.shopwedo.ShopwedoStubs.form;
import static com.commercegraph.provider.shopwedo.ShopwedoStubs.onlyRequest;
import static com.commercegraph.provider.shopwedo.ShopwedoStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commercegraph.failure.ProviderAuthException;
import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.failure.ProviderRateLimitedException;
import com.commercegraph.failure.ProviderRejectedException;
import com.commercegraph.failure.ProviderTimeoutException;
import com.commercegraph.failure.ProviderUnavailableException;
import com.commercegraph.provider.JsonAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShopwedoClientTest {

  private final WireMockServer wireMock = ShopwedoStubs.server();

  @Inject ShopwedoClient client;
  @Inject ShopwedoMapper mapper;
  @Inject ShopwedoConfig config;
  @Inject ObjectMapper json;

  @Test
  void authTestPostsASignedFormWithEmptyData() throws Exception {
    answers("authTest", aResponse().withStatus(202));
    long before = Instant.now().getEpochSecond();

    client.authTest();

    wireMock.verify(
        exactly(1),
        postRequestedFor(urlEqualTo(API + "authTest"))
            .withHeader("Content-Type", containing("application/x-www-form-urlencoded")));
    LoggedRequest request = onlyRequest("authTest");
    Map<String, String> form = form(request);
    assertThat(form).containsOnlyKeys("auth", "data");
    assertThat(form.get("data")).isEqualTo("{}");
    JsonNode auth = json.readTree(form.get("auth"));
    assertThat(auth.properties().stream().map(Map.Entry::getKey))
        .containsExactlyInAnyOrder("shopid", "timestamp", "salt", "token");
    assertThat(auth.get("shopid").isIntegralNumber()).isTrue();
    assertThat(auth.get("shopid").asLong()).isEqualTo(Long.parseLong(ShopwedoWireMock.SHOP_ID));
    assertThat(auth.get("timestamp").isIntegralNumber()).isTrue();
    assertThat(auth.get("timestamp").asLong()).isBetween(before, Instant.now().getEpochSecond());
    assertThat(auth.get("salt").asText()).matches("[0-9a-f]{32}");
    assertThat(request.getBodyAsString()).doesNotContain(ShopwedoWireMock.SHOP_KEY);
  }

  @Test
  void shopwedoTokenIsHmacOfIdKeyTimestampSalt() throws Exception {
    answers("authTest", aResponse().withStatus(202));

    client.authTest();

    JsonNode auth = auth(onlyRequest("authTest"));
    String message =
        auth.get("shopid").asText()
            + ShopwedoWireMock.SHOP_KEY
            + auth.get("timestamp").asText()
            + auth.get("salt").asText();
    assertThat(auth.get("token").asText()).isEqualTo(hmacSha512Hex(message));
  }

  @Test
  void everyCallIsSignedWithAFreshSalt() throws Exception {
    answers("authTest", aResponse().withStatus(202));

    client.authTest();
    client.authTest();

    List<String> salts =
        requests("authTest").stream().map(request -> auth(request).get("salt").asText()).toList();
    assertThat(salts).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void authTimestampComesFromTheInjectedClock() throws Exception {
    answers("authTest", aResponse().withStatus(202));
    Instant fixed = Instant.parse("2024-07-01T12:00:00Z");
    ShopwedoClient fixedClient =
        new ShopwedoClient(config, json, Clock.fixed(fixed, ZoneOffset.UTC));

    try {
      fixedClient.authTest();
    } finally {
      fixedClient.close();
    }

    JsonNode auth = auth(onlyRequest("authTest"));
    assertThat(auth.get("timestamp").asLong()).isEqualTo(fixed.getEpochSecond());
    assertThat(auth.get("token").asText())
        .isEqualTo(
            hmacSha512Hex(
                ShopwedoWireMock.SHOP_ID
                    + ShopwedoWireMock.SHOP_KEY
                    + fixed.getEpochSecond()
                    + auth.get("salt").asText()));
  }

  @Test
  void invalidAuthIsProviderAuthFailedWithShopwedoMessage() {
    answers("authTest", answer(401, "auth-invalid.json"));

    assertThatThrownBy(client::authTest)
        .isInstanceOfSatisfying(
            ProviderAuthException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PROVIDER_AUTH_FAILED");
              assertThat(e.httpStatus()).contains(401);
              assertThat(e.providerCode()).isEmpty();
              assertThat(e.providerMessage()).contains("Oops!");
              assertThat(e.outcomeUnknown()).isFalse();
            });
  }

  @Test
  void createOrderSendsTheDocumentedFieldsWithoutNullsAndReturnsTheId() throws Exception {
    answers("createOrder", answer(201, "create-order-created.json"));
    ShopwedoAddress shipping = ShopwedoSamples.peetersInMechelen("Jan", "3");
    ShopwedoNewOrder order =
        new ShopwedoNewOrder(
            "WEB-1001",
            "INV-42",
            true,
            mapper.shopTime(OffsetDateTime.parse("2024-07-01T12:05:09Z")),
            "Leave at the door",
            shipping,
            null,
            List.of(
                new ShopwedoItem(5001L, 2, "Koffiebonen 1kg", null),
                new ShopwedoItem(5002L, 1, null, "gift")));

    long id = client.createOrder(order);

    assertThat(id).isEqualTo(123);
    wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(API + "createOrder")));
    JsonNode data = data(onlyRequest("createOrder"));
    assertThat(data)
        .isEqualTo(
            json.readTree(
                """
                {
                  "external_order_id": "WEB-1001",
                  "external_order_reference": "INV-42",
                  "release": true,
                  "created_at": "2024-07-01 14:05:09",
                  "comment": "Leave at the door",
                  "shipping_address": {
                    "firstname": "Jan", "lastname": "Peeters", "street": "Kerkstraat",
                    "number": "12", "box": "3", "zip": "2800", "city": "Mechelen",
                    "country_iso2": "BE", "email": "jan@example.be", "phone": "+3215000000"
                  },
                  "items": [
                    {"sku": 5001, "amount": 2, "name": "Koffiebonen 1kg"},
                    {"sku": 5002, "amount": 1, "comment": "gift"}
                  ]
                }
                """));
  }

  @Test
  void createOrderInvalidDataIsRejectedWithShopwedoCodeAndFieldErrors() {
    answers("createOrder", answer(400, "create-order-invalid.json"));

    assertThatThrownBy(() -> client.createOrder(minimalOrder()))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PROVIDER_REJECTED");
              assertThat(e.httpStatus()).contains(400);
              assertThat(e.providerCode()).contains("order_invalid_data");
              assertThat(e.providerMessage().orElseThrow())
                  .contains("shipping_address.zip", "items.0.sku");
              assertThat(e.outcomeUnknown()).isFalse();
            });
  }

  @Test
  void createOrderWithoutItemsIsRejectedWithShopwedoCode() {
    answers("createOrder", answer(400, "create-order-items-empty.json"));

    assertThatThrownBy(() -> client.createOrder(minimalOrder()))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class,
            e -> {
              assertThat(e.providerCode()).contains("order_items_empty");
              assertThat(e.providerMessage()).isEmpty();
            });
  }

  @Test
  void createOrderAnsweredWithoutAnIdIsAnOutcomeUnknownBadResponse() {
    answers("createOrder", JsonAnswer.of(201, "{}"));

    assertThatThrownBy(() -> client.createOrder(minimalOrder()))
        .isInstanceOfSatisfying(
            ProviderBadResponseException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PROVIDER_BAD_RESPONSE");
              assertThat(e.outcomeUnknown()).isTrue();
            });
  }

  @Test
  void createOrderTimingOutIsATimeoutWithUnknownOutcome() {
    answers("createOrder", answer(201, "create-order-created.json").withFixedDelay(1500));

    assertThatThrownBy(() -> client.createOrder(minimalOrder()))
        .isInstanceOfSatisfying(
            ProviderTimeoutException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PROVIDER_TIMEOUT");
              assertThat(e.httpStatus()).isEmpty();
              assertThat(e.outcomeUnknown()).isTrue();
            });
  }

  @Test
  void createOrderOnADroppedConnectionIsUnavailableWithUnknownOutcome() {
    answers("createOrder", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThatThrownBy(() -> client.createOrder(minimalOrder()))
        .isInstanceOfSatisfying(
            ProviderUnavailableException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PROVIDER_UNAVAILABLE");
              assertThat(e.outcomeUnknown()).isTrue();
            });
  }

  @Test
  void getOrderSendsTheIdAndReadsTheOrderOutOfTheArray() throws Exception {
    answers("getOrder", answer(200, "get-order.json"));

    ShopwedoOrder order = client.order("123");

    JsonNode data = data(onlyRequest("getOrder"));
    assertThat(data).isEqualTo(json.readTree("{\"order_id\": \"123\"}"));
    assertThat(order.orderId()).isEqualTo(123);
    assertThat(order.externalOrderId()).isEqualTo("WEB-1001");
    assertThat(order.externalOrderReference()).isEqualTo("INV-2024-0042");
    assertThat(order.status()).isEqualTo(4);
    assertThat(order.statusString()).isEqualTo("Waiting_for_release");
    assertThat(order.paymentMethod()).isEqualTo("EXTERN");
    assertThat(order.createdAt()).isEqualTo(new ShopwedoTimestamp("2024-03-05 14:30:00", null));
    assertThat(order.paidAt()).isNull();
    assertThat(order.shippedAt())
        .isEqualTo(new ShopwedoTimestamp("2024-07-01 09:15:00.000000", "Europe/Brussels"));
    assertThat(order.shippingAddress().street()).isEqualTo("Kerkstraat");
    assertThat(order.shippingAddress().box()).isEqualTo("3");
    assertThat(order.items())
        .containsExactly(
            new ShopwedoItem(5001L, 2, "Koffiebonen 1kg", ""),
            new ShopwedoItem(5002L, 1, "Filterpapier", "gift"));
  }

  @Test
  void getOrderNotFoundBodyIsProviderNotFound() {
    answers("getOrder", answer(400, "get-order-not-found.json"));

    assertThatThrownBy(() -> client.order("999"))
        .isInstanceOfSatisfying(
            ProviderNotFoundException.class,
            e -> {
              assertThat(e.code()).isEqualTo("NOT_FOUND");
              assertThat(e.httpStatus()).contains(400);
              assertThat(e.providerMessage()).contains("Order not found");
            });
  }

  @Test
  void getOrderPlain400WithoutAReasonStaysRejected() {
    answers("getOrder", aResponse().withStatus(400));

    assertThatThrownBy(() -> client.order("abc"))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PROVIDER_REJECTED");
              assertThat(e.httpStatus()).contains(400);
              assertThat(e.providerCode()).isEmpty();
              assertThat(e.providerMessage()).isEmpty();
            });
  }

  @Test
  void getOrderAnsweringAnEmptyArrayIsNotFound() {
    answers("getOrder", JsonAnswer.of(200, "[]"));

    assertThatThrownBy(() -> client.order("123")).isInstanceOf(ProviderNotFoundException.class);
  }

  @Test
  void cancelOrderSendsTheId() throws Exception {
    answers("cancelOrder", aResponse().withStatus(200));

    client.cancelOrder("123");

    wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(API + "cancelOrder")));
    JsonNode data = data(onlyRequest("cancelOrder"));
    assertThat(data).isEqualTo(json.readTree("{\"order_id\": \"123\"}"));
  }

  @Test
  void cancelOrderRefusedOnceFulfilmentStartedIsRejectedWithShopwedoText() {
    answers("cancelOrder", answer(400, "cancel-order-refused.json"));

    assertThatThrownBy(() -> client.cancelOrder("123"))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PROVIDER_REJECTED");
              assertThat(e.httpStatus()).contains(400);
              assertThat(e.providerMessage()).contains("Order fulfilment has already started");
              assertThat(e.outcomeUnknown()).isFalse();
            });
  }

  @Test
  void cancelOrderTimingOutHasUnknownOutcome() {
    answers("cancelOrder", aResponse().withStatus(200).withFixedDelay(1500));

    assertThatThrownBy(() -> client.cancelOrder("123"))
        .isInstanceOfSatisfying(
            ProviderTimeoutException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
  }

  @Test
  void getStockSendsSkuLimitAndOffsetAndReadsTheItems() throws Exception {
    answers("getStock", answer(200, "get-stock.json"));

    List<ShopwedoStockItem> items = client.stock(5001L, 50, 100);

    JsonNode data = data(onlyRequest("getStock"));
    assertThat(data).isEqualTo(json.readTree("{\"sku\": 5001, \"limit\": 50, \"offset\": 100}"));
    assertThat(items).hasSize(2);
    ShopwedoStockItem first = items.get(0);
    assertThat(first.sku()).isEqualTo(5001);
    assertThat(first.reference()).isEqualTo("5412345000011");
    assertThat(first.warehouseId()).isEqualTo(1);
    assertThat(first.level()).isEqualTo(120);
    assertThat(first.atp()).isEqualTo(95);
    assertThat(first.statusString()).isEqualTo("in_stock");
    assertThat(first.lastUpdate()).isEqualTo(new ShopwedoTimestamp("2024-07-01 16:45:10", null));
    assertThat(items.get(1).lastUpdate()).isNull();
  }

  @Test
  void getStockForAllItemsLeavesTheSkuOut() throws Exception {
    answers("getStock", JsonAnswer.of(200, "[]"));

    assertThat(client.stock(null, 10, 0)).isEmpty();

    JsonNode data = data(onlyRequest("getStock"));
    assertThat(data).isEqualTo(json.readTree("{\"limit\": 10, \"offset\": 0}"));
  }

  @Test
  void stockLimitAboveFiftyIsRefusedBeforeCallingShopwedo() {
    assertThatThrownBy(() -> client.stock(null, 51, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }

  @Test
  void getProductsSendsIdsAsArrayAndThePageOffset() throws Exception {
    answers("getProducts", answer(200, "get-products.json"));

    List<ShopwedoProduct> products = client.products(List.of(801L, 802L), List.of(7L), 2);

    JsonNode data = data(onlyRequest("getProducts"));
    assertThat(data)
        .isEqualTo(
            json.readTree("{\"product_id\": [801, 802], \"category_id\": [7], \"offset\": 2}"));
    assertThat(products).hasSize(2);
    ShopwedoProduct first = products.get(0);
    assertThat(first.productId()).isEqualTo(801);
    assertThat(first.sku()).isEqualTo(5001);
    assertThat(first.name())
        .isEqualTo(
            new ShopwedoTranslations(
                "Koffiebonen", "Grains de café", "Coffee beans", "Kaffeebohnen"));
    assertThat(first.price()).isEqualTo("24.79");
    assertThat(first.vat()).isEqualByComparingTo("6");
    assertThat(first.atp()).isEqualTo(95);
    assertThat(products.get(1).price().toPlainString()).isEqualTo("8.2645");
  }

  @Test
  void getProductsWithoutFiltersSendsOnlyThePage() throws Exception {
    answers("getProducts", JsonAnswer.of(200, "[]"));

    client.products(List.of(), List.of(), 0);

    JsonNode data = data(onlyRequest("getProducts"));
    assertThat(data).isEqualTo(json.readTree("{\"offset\": 0}"));
  }

  @Test
  void rateLimitedWithRetryAfterCarriesTheDelay() {
    answers("getStock", aResponse().withStatus(429).withHeader("Retry-After", "7"));

    assertThatThrownBy(() -> client.stock(null, 50, 0))
        .isInstanceOfSatisfying(
            ProviderRateLimitedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("RATE_LIMITED");
              assertThat(e.httpStatus()).contains(429);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
              assertThat(e.retryable()).isTrue();
            });
  }

  @Test
  void rateLimitedWithoutRetryAfterHasNoDelay() {
    answers("getStock", aResponse().withStatus(429).withBody("{\"error\": \"Too many requests\"}"));

    assertThatThrownBy(() -> client.stock(null, 50, 0))
        .isInstanceOfSatisfying(
            ProviderRateLimitedException.class,
            e -> {
              assertThat(e.retryAfter()).isEmpty();
              assertThat(e.providerMessage()).contains("Too many requests");
            });
  }

  @Test
  void serverErrorWithAnHtmlBodyIsUnavailable() {
    answers(
        "getProducts",
        aResponse()
            .withStatus(500)
            .withHeader("Content-Type", "text/html")
            .withBody("<html>Fatal error</html>"));

    assertThatThrownBy(() -> client.products(List.of(), List.of(), 0))
        .isInstanceOfSatisfying(
            ProviderUnavailableException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PROVIDER_UNAVAILABLE");
              assertThat(e.httpStatus()).contains(500);
              assertThat(e.providerCode()).isEmpty();
              assertThat(e.providerMessage()).isEmpty();
            });
  }

  @Test
  void malformedJsonAnswerIsABadResponse() {
    answers("getStock", JsonAnswer.of(200, "[{\"sku\": 5001, "));

    assertThatThrownBy(() -> client.stock(null, 50, 0))
        .isInstanceOfSatisfying(
            ProviderBadResponseException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PROVIDER_BAD_RESPONSE");
              assertThat(e.outcomeUnknown()).isFalse();
            });
  }

  @Test
  void readTimeoutIsATimeoutThatMayBeRetried() {
    answers("getStock", answer(200, "get-stock.json").withFixedDelay(1500));

    assertThatThrownBy(() -> client.stock(null, 50, 0))
        .isInstanceOfSatisfying(
            ProviderTimeoutException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PROVIDER_TIMEOUT");
              assertThat(e.outcomeUnknown()).isFalse();
              assertThat(e.retryable()).isTrue();
            });
  }

  @Test
  void droppedConnectionOnAReadIsUnavailable() {
    answers("getOrder", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThatThrownBy(() -> client.order("123"))
        .isInstanceOfSatisfying(
            ProviderUnavailableException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PROVIDER_UNAVAILABLE");
              assertThat(e.outcomeUnknown()).isFalse();
            });
  }

  @Test
  void noFailureMessageRevealsTheShopKeyOrTheToken() {
    List<Map.Entry<ResponseDefinitionBuilder, ThrowingCallable>> failures =
        List.of(
            Map.entry(answer(401, "auth-invalid.json"), client::authTest),
            Map.entry(
                answer(400, "create-order-invalid.json"), () -> client.createOrder(minimalOrder())),
            Map.entry(aResponse().withStatus(429), () -> client.cancelOrder("1")),
            Map.entry(aResponse().withStatus(500), () -> client.order("1")),
            Map.entry(aResponse().withFixedDelay(1500), () -> client.stock(null, 50, 0)),
            Map.entry(
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                () -> client.products(List.of(), List.of(), 0)));

    for (Map.Entry<ResponseDefinitionBuilder, ThrowingCallable> failure : failures) {
      wireMock.resetAll();
      ShopwedoStubs.METHODS.forEach(method -> answers(method, failure.getKey()));

      assertThatThrownBy(failure.getValue())
          .isInstanceOfSatisfying(
              ProviderException.class,
              e -> {
                String token =
                    auth(wireMock.getAllServeEvents().get(0).getRequest()).get("token").asText();
                assertThat(e.getMessage())
                    .doesNotContain(ShopwedoWireMock.SHOP_KEY)
                    .doesNotContain(token);
                assertThat(e.toString())
                    .doesNotContain(ShopwedoWireMock.SHOP_KEY)
                    .doesNotContain(token);
              });
    }
  }

  private static ShopwedoNewOrder minimalOrder() {
    return new ShopwedoNewOrder(
        "WEB-1",
        null,
        null,
        LocalDateTime.parse("2024-07-01T14:00:00"),
        null,
        ShopwedoSamples.peetersInMechelen(null, null),
        null,
        List.of(new ShopwedoItem(5001L, 1, null, null)));
  }

  private static String hmacSha512Hex(String message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA512");
    mac.init(
        new SecretKeySpec(
            ShopwedoWireMock.SHOP_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
    return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }
}
