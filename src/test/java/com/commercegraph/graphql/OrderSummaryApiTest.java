package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderSummaryApiTest {

  private static final String SUMMARY =
      """
      query ($from: DateTime!, $to: DateTime!, $providers: [Provider!]) {
        orderSummary(from: $from, to: $to, providers: $providers) {
          from to orderCount
          totals { amount minorUnits currencyCode }
          byProvider {
            provider orderCount
            byStatus { status count }
            totals { amount minorUnits currencyCode }
          }
        }
      }
      """;
  private static final String FROM = "2026-01-01T00:00:00Z";
  private static final String TO = "2026-01-10T00:00:00Z";

  private final WireMockServer veepe = VeepeStubs.server();
  private final WireMockServer veeqo = VeeqoStubs.server();

  @Test
  void summaryPagesThroughVeepeUntilOrdersAreOlderThanTheWindowAndKeepsCurrenciesApart() {
    VeepeStubs.ordersPage(
        1,
        4,
        3,
        order(1, "2026-01-12T08:00:00Z", "OPEN", 777, "INR"),
        order(2, "2026-01-09T08:00:00Z", "OPEN", 8000, "INR"),
        order(3, "2026-01-08T08:00:00Z", "SHIPPED", 1999, "USD"));
    VeepeStubs.ordersPage(
        2,
        4,
        2,
        order(4, "2026-01-05T08:00:00Z", "OPEN", 1050, "INR"),
        order(5, "2026-01-03T08:00:00Z", "CANCELLED", 1, "USD"));
    VeepeStubs.ordersPage(
        3,
        4,
        2,
        order(6, "2026-01-02T08:00:00Z", "OPEN", 5, "INR"),
        order(7, "2025-12-30T08:00:00Z", "OPEN", 99999, "INR"));
    VeepeStubs.ordersPage(4, 4, 1, order(8, "2025-12-01T08:00:00Z", "OPEN", 1, "INR"));

    JsonPath answer =
        exact(
            GraphQLClient.post(
                    SUMMARY, Map.of("from", FROM, "to", TO, "providers", List.of("VEEPE")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.orderSummary.orderCount", is(5))
                .body("data.orderSummary.byProvider.provider", contains("VEEPE"))
                .body("data.orderSummary.byProvider[0].orderCount", is(5))
                .body(
                    "data.orderSummary.byProvider[0].byStatus.status",
                    contains("OPEN", "SHIPPED", "CANCELLED"))
                .body("data.orderSummary.byProvider[0].byStatus.count", contains(3, 1, 1))
                .body("data.orderSummary.totals.currencyCode", contains("INR", "USD")));

    assertThat(answer.getList("data.orderSummary.totals.amount", BigDecimal.class))
        .containsExactly(new BigDecimal("90.55"), new BigDecimal("20.00"));
    assertThat(answer.getList("data.orderSummary.totals.minorUnits", BigDecimal.class))
        .containsExactly(new BigDecimal("9055"), new BigDecimal("2000"));
    assertThat(answer.getList("data.orderSummary.byProvider[0].totals.amount", BigDecimal.class))
        .containsExactly(new BigDecimal("90.55"), new BigDecimal("20.00"));
    for (int page = 1; page <= 3; page++) {
      veepe.verify(
          exactly(1),
          getRequestedFor(urlEqualTo("/v1/orders?page=" + page))
              .withHeader("Authorization", equalTo(VeepeStubs.BEARER)));
    }
    veepe.verify(exactly(0), getRequestedFor(urlEqualTo("/v1/orders?page=4")));
    veeqo.verify(exactly(0), getRequestedFor(anyUrl()));
  }

  @Test
  void failingVeeqoLeavesVeepesSummaryWithOneErrorForVeeqo() {
    VeepeStubs.ordersPage(
        1,
        1,
        2,
        order(1, "2026-01-09T08:00:00Z", "OPEN", 8000, "INR"),
        order(2, "2026-01-08T08:00:00Z", "DELIVERED", 250, "EUR"));
    veeqo.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500)));

    JsonPath answer =
        exact(
            GraphQLClient.post(
                    SUMMARY, Map.of("from", FROM, "to", TO, "providers", List.of("VEEPE", "VEEQO")))
                .statusCode(200)
                .body("data.orderSummary.orderCount", is(2))
                .body("data.orderSummary.byProvider.provider", contains("VEEPE"))
                .body("data.orderSummary.totals.currencyCode", contains("EUR", "INR"))
                .body("errors", hasSize(1))
                .spec(FirstError.of("PROVIDER_UNAVAILABLE", "VEEQO")));

    assertThat(answer.getList("data.orderSummary.totals.amount", BigDecimal.class))
        .containsExactly(new BigDecimal("2.50"), new BigDecimal("80.00"));
    veeqo.verify(getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void veepeSlowerThanItsReadTimeoutIsATimeoutErrorForVeepe() {
    veepe.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .willReturn(
                okJson(
                        VeepeStubs.page(
                            1, 1, 1, order(1, "2026-01-09T08:00:00Z", "OPEN", 8000, "INR")))
                    .withFixedDelay(1500)));
    veeqo.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500)));

    GraphQLClient.post(
            SUMMARY, Map.of("from", FROM, "to", TO, "providers", List.of("VEEPE", "VEEQO")))
        .statusCode(200)
        .body("data.orderSummary.orderCount", is(0))
        .body("data.orderSummary.byProvider", hasSize(0))
        .body("errors", hasSize(2))
        .body("errors.extensions.provider", containsInAnyOrder("VEEPE", "VEEQO"))
        .body(
            "errors.extensions.code",
            containsInAnyOrder("PROVIDER_TIMEOUT", "PROVIDER_UNAVAILABLE"));
  }

  @Test
  void fromNotBeforeToIsBadUserInputWithoutCallingAnyProvider() {
    GraphQLClient.post(SUMMARY, Map.of("from", TO, "to", TO))
        .statusCode(200)
        .body("data", nullValue())
        .body("errors", hasSize(1))
        .body("errors[0].extensions.code", is("BAD_USER_INPUT"));

    veepe.verify(exactly(0), getRequestedFor(urlPathEqualTo("/v1/orders")));
    veeqo.verify(exactly(0), getRequestedFor(anyUrl()));
  }

  @Test
  void onlyProvidersThatCannotListOrdersIsBadUserInput() {
    GraphQLClient.post(SUMMARY, Map.of("from", FROM, "to", TO, "providers", List.of("SHOPWEDO")))
        .statusCode(200)
        .body("errors[0].extensions.code", is("BAD_USER_INPUT"));

    veepe.verify(exactly(0), getRequestedFor(urlPathEqualTo("/v1/orders")));
  }

  /** The answer with numbers read as exact decimals, as a client handling money must. */
  private static JsonPath exact(io.restassured.response.ValidatableResponse response) {
    return response
        .extract()
        .jsonPath()
        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  private static String order(int n, String date, String status, long minor, String currency) {
    return """
        {"displayOrderId": "ORD-%1$d", "orderId": "00000000-0000-4000-8000-%1$012d",
         "channel": "ECOMM", "orderDate": "%2$s", "merchantOrderReference": "ref-%1$d",
         "orderAmount": {"value": %4$d, "currency": "%5$s"}, "orderStatus": "%3$s",
         "customer": {"name": "Vikas", "email": "v@example.com", "phone": "+1234567890",
           "address": {"street": "1 Main St", "city": "Pune", "state": "MH",
             "postalCode": "411001", "country": "IND"}},
         "orderDetails": {"items": [{"name": "Product A", "quantity": 1, "unitPrice": %4$d}]}}
        """
        .formatted(n, date, status, minor, currency);
  }
}
