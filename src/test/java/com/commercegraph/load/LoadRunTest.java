package com.commercegraph.load;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A short load run: 300 GraphQL requests, 50 at a time, while REC+ answers every call with 503.
 * Every answer must hold exactly VeePe's stubbed data and exactly one error naming REC+.
 *
 * <p>The queries ask VeePe and REC+ only: neither has a client-side rate limit, so the default test
 * profile serves (Veeqo's 5/s and ShopWeDo's 3/s would turn most of a burst this size into
 * RATE_LIMITED by design, which other tests prove).
 */
@QuarkusTest
class LoadRunTest {

  private static final int REQUESTS = 300;
  private static final int CONCURRENCY = 50;
  private static final int RETRIES_ALLOWED = 5;

  private static final String ORDER_ID = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";

  private static final String ORDERS =
      """
      { orders(first: 5, filter: { providers: [VEEPE, RECPLUS] }) {
          edges { node { provider providerId status total { amount minorUnits currencyCode } } }
      } }
      """;

  private static final String SUMMARY =
      """
      { orderSummary(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z",
                     providers: [VEEPE, RECPLUS]) {
          orderCount
          totals { amount currencyCode }
          byProvider { provider orderCount byStatus { status count } }
      } }
      """;

  private static final String TWO_ORDERS =
      """
      { veepe: orderByProviderId(provider: VEEPE, providerId: "%s") {
          providerId status total { amount currencyCode } lines { name quantity unitPrice { amount } }
        }
        recplus: orderByProviderId(provider: RECPLUS, providerId: "112403") { providerId }
      }
      """
          .formatted(ORDER_ID);

  private final WireMockServer veepe = VeepeStubs.server();
  private final WireMockServer recplus = RecplusStubs.server();

  @TestHTTPResource("/graphql")
  URI graphql;

  @BeforeEach
  void veepeHealthyRecplusDown() {
    VeepeStubs.ordersPage(
        1,
        1,
        3,
        veepeOrder("1", "2026-01-20T10:00:00Z", "OPEN", 8000, "INR"),
        veepeOrder("2", "2026-01-12T10:00:00Z", "SHIPPED", 1999, "USD"),
        veepeOrder("3", "2026-01-05T10:00:00Z", "CONFIRMED", 1050, "INR"));
    VeepeStubs.orderAnswers(ORDER_ID, okJson(VeepeStubs.payload("order.json")));
    recplus.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
  }

  @Test
  void everyAnswerUnderLoadHasVeepesExactDataAndOneErrorNamingRecplus() {
    List<Kind> kinds = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      kinds.add(Kind.values()[i % Kind.values().length]);
    }
    // One request first fetches VeePe's token, so the load shows that it is reused.
    new ConcurrentGraphQL(graphql, 1).postAll(List.of(ORDERS));
    veepe.resetRequests();
    recplus.resetRequests();

    List<JsonNode> answers =
        new ConcurrentGraphQL(graphql, CONCURRENCY)
            .postAll(kinds.stream().map(Kind::document).toList());

    for (int i = 0; i < REQUESTS; i++) {
      assertOneErrorNamingRecplus(answers.get(i));
      kinds.get(i).check(answers.get(i).get("data"), answers.get(i).get("errors"));
    }
    // VeePe is asked at most once per answer that needs it, and fewer times: identical reads in
    // flight share one call. On a busy machine a WireMock answer can miss the tests' 1s read
    // timeout, and that read is rightly retried, so a few more may arrive; more than a handful
    // would mean calls are duplicated.
    assertThat(veepe.findAll(getRequestedFor(urlEqualTo("/v1/orders?page=1"))))
        .hasSizeBetween(1, 2 * REQUESTS / 3 + RETRIES_ALLOWED);
    assertThat(veepe.findAll(getRequestedFor(urlPathEqualTo("/v1/orders/" + ORDER_ID))))
        .hasSizeBetween(1, REQUESTS / 3 + RETRIES_ALLOWED);
    veepe.verify(0, postRequestedFor(urlEqualTo("/v1/token")));
    // REC+'s breaker opens after a few failures: its part is answered without calling it.
    assertThat(recplus.findAll(anyRequestedFor(anyUrl()))).hasSizeLessThan(REQUESTS / 3);
  }

  private static void assertOneErrorNamingRecplus(JsonNode answer) {
    assertThat(answer.get("errors")).hasSize(1);
    JsonNode extensions = answer.at("/errors/0/extensions");
    assertThat(extensions.path("code").asText()).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(extensions.path("provider").asText()).isEqualTo("RECPLUS");
  }

  /** The three query kinds of the run, each with the exact answer VeePe's stubs give. */
  private enum Kind {
    ORDERS(LoadRunTest.ORDERS) {
      @Override
      void check(JsonNode data, JsonNode errors) {
        JsonNode edges = data.at("/orders/edges");
        assertThat(texts(edges, "/node/provider")).containsOnly("VEEPE");
        assertThat(texts(edges, "/node/providerId")).containsExactly("1", "2", "3");
        assertThat(texts(edges, "/node/status")).containsExactly("OPEN", "SHIPPED", "CONFIRMED");
        assertThat(texts(edges, "/node/total/minorUnits")).containsExactly("8000", "1999", "1050");
        assertThat(texts(edges, "/node/total/currencyCode")).containsExactly("INR", "USD", "INR");
        assertThat(texts(errors, "/path/0")).containsExactly("orders");
      }
    },
    SUMMARY(LoadRunTest.SUMMARY) {
      @Override
      void check(JsonNode data, JsonNode errors) {
        JsonNode summary = data.get("orderSummary");
        assertThat(summary.path("orderCount").asInt()).isEqualTo(3);
        assertThat(texts(summary.get("totals"), "/currencyCode")).containsExactly("INR", "USD");
        assertThat(decimals(summary.get("totals"), "/amount"))
            .usingElementComparator(BigDecimal::compareTo)
            .containsExactly(new BigDecimal("90.50"), new BigDecimal("19.99"));
        assertThat(texts(summary.get("byProvider"), "/provider")).containsExactly("VEEPE");
        assertThat(texts(summary.at("/byProvider/0/byStatus"), "/status"))
            .containsExactly("OPEN", "CONFIRMED", "SHIPPED");
        assertThat(texts(errors, "/path/0")).containsExactly("orderSummary");
      }
    },
    TWO_ORDERS(LoadRunTest.TWO_ORDERS) {
      @Override
      void check(JsonNode data, JsonNode errors) {
        JsonNode order = data.get("veepe");
        assertThat(order.path("providerId").asText()).isEqualTo(ORDER_ID);
        assertThat(order.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.at("/total/amount").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(texts(order.get("lines"), "/name")).containsExactly("Product A", "Product B");
        assertThat(texts(order.get("lines"), "/quantity")).containsExactly("2", "1");
        assertThat(decimals(order.get("lines"), "/unitPrice/amount"))
            .usingElementComparator(BigDecimal::compareTo)
            .containsExactly(new BigDecimal("20.00"), new BigDecimal("40.00"));
        assertThat(data.has("recplus")).isTrue();
        assertThat(data.get("recplus").isNull()).isTrue();
        assertThat(texts(errors, "/path/0")).containsExactly("recplus");
      }
    };

    private final String document;

    Kind(String document) {
      this.document = document;
    }

    String document() {
      return document;
    }

    abstract void check(JsonNode data, JsonNode errors);
  }

  private static List<String> texts(JsonNode items, String pointer) {
    List<String> texts = new ArrayList<>();
    items.forEach(item -> texts.add(item.at(pointer).asText()));
    return texts;
  }

  private static List<BigDecimal> decimals(JsonNode items, String pointer) {
    List<BigDecimal> decimals = new ArrayList<>();
    items.forEach(item -> decimals.add(item.at(pointer).decimalValue()));
    return decimals;
  }

  private static String veepeOrder(
      String id, String orderDate, String status, long minorUnits, String currency) {
    return """
        {"orderId":"%s","displayOrderId":"ORD-%s","orderDate":"%s","orderStatus":"%s",
         "orderAmount":{"value":%d,"currency":"%s"}}
        """
        .formatted(id, id, orderDate, status, minorUnits, currency);
  }
}
