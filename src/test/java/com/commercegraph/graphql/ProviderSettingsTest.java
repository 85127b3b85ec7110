package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Provider settings that no other test sets to a value of its own do what the README's
 * configuration table says: {@code VEEQO_CURRENCY}, {@code VEEPE_TOKEN_REFRESH_SKEW}, {@code
 * VEEPE_TIME_ZONE} and {@code SHOPWEDO_TIME_ZONE}, each away from its default.
 */
@QuarkusTest
@TestProfile(ProviderSettingsTest.SettingsAwayFromTheirDefaults.class)
class ProviderSettingsTest {

  public static class SettingsAwayFromTheirDefaults implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "veeqo.currency", "EUR",
          // longer than the hour VeePe's token lives: every call finds it due for renewal
          "veepe.token-refresh-skew", "2h",
          "veepe.time-zone", "Asia/Kolkata",
          "shopwedo.time-zone", "America/New_York");
    }
  }

  private static final String VEEPE_ORDER_ID = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";

  private static final String VEEPE_ORDER =
      """
      { orderByProviderId(provider: VEEPE, providerId: "6d8bf86d-3758-45ae-ad67-0f682ba64f63") {
          providerId createdAt } }
      """;

  @Test
  void veeqoCurrencyIsTheCurrencyOfVeeqoProductPrices() {
    ListStubs.veeqoProducts(
        VeeqoStubs.server(), ListStubs.elements(VeeqoStubs.payload("products/index.json")));

    JsonPath answer =
        GraphQLClient.answer(
            """
            { products(filter: {providers: [VEEQO]}, first: 3) {
                edges { node { price { amount currencyCode } } } } }
            """,
            Map.of());

    assertThat(answer.getList("errors")).isNull();
    assertThat(answer.getList("data.products.edges.node.price.currencyCode", String.class))
        .hasSize(3)
        .containsOnly("EUR");
  }

  @Test
  void aTokenRefreshSkewLongerThanTheTokensLifeFetchesATokenForEveryCall() {
    VeepeStubs.orderAnswers(
        VEEPE_ORDER_ID,
        okJson(VeepeStubs.payload("order.json")),
        okJson(VeepeStubs.payload("order.json")));

    GraphQLClient.answerWithoutErrors(VEEPE_ORDER, Map.of());
    GraphQLClient.answerWithoutErrors(VEEPE_ORDER, Map.of());

    VeepeStubs.server().verify(2, postRequestedFor(urlPathEqualTo(VeepeStubs.TOKEN_PATH)));
  }

  @Test
  void aVeepeTimeWithoutAnOffsetIsReadInVeepeTimeZone() {
    VeepeStubs.orderAnswers(
        VEEPE_ORDER_ID,
        okJson(
            VeepeStubs.payload("order.json")
                .replace("\"2026-01-07T17:42:03.706Z\"", "\"2026-01-07T17:42:03\"")));

    JsonPath answer = GraphQLClient.answerWithoutErrors(VEEPE_ORDER, Map.of());

    assertThat(OffsetDateTime.parse(answer.getString("data.orderByProviderId.createdAt")))
        .isEqualTo(OffsetDateTime.parse("2026-01-07T17:42:03+05:30"));
  }

  @Test
  void shopwedoTimeZoneIsTheZoneOfTheCreatedAtSentWithANewOrder() throws Exception {
    ShopwedoStubs.orderCreatedAndReadBack();

    GraphQLClient.post(
            """
            mutation Create($input: CreateOrderInput!) {
              createOrder(input: $input) { order { providerId } userErrors { code } }
            }
            """,
            Map.of("input", OrderInputs.shopwedoOrder("SETTINGS-NY-1", "5412345000011", 1)))
        .spec(MutationAnswer.accepted("createOrder"));

    JsonNode data = ShopwedoStubs.data(ShopwedoStubs.onlyRequest("createOrder"));
    LocalDateTime sent =
        LocalDateTime.parse(
            data.get("created_at").asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    LocalDateTime newYorkNow = LocalDateTime.now(ZoneId.of("America/New_York"));
    assertThat(Duration.between(sent, newYorkNow).abs()).isLessThan(Duration.ofMinutes(2));
  }
}
