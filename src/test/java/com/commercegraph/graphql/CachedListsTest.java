package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ScrapedMetrics;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lists and summaries kept briefly: asked again, they cost the providers nothing, the answer says
 * how old it is, a client can ask for fresh data, identical questions at once share one call, and a
 * write drops what it may have changed, at its own provider only.
 */
@QuarkusTest
@TestProfile(CachedListsProfile.class)
class CachedListsTest {

  private static final String ORDERS =
      """
      query ($filter: OrderFilter) {
        orders(first: 3, filter: $filter) { edges { node { providerId status } } }
      }
      """;

  private static final String SUMMARY =
      """
      { orderSummary(from: "2026-11-01T00:00:00Z", to: "2026-12-01T00:00:00Z",
                     providers: [VEEQO]) { orderCount } }
      """;

  // veepe/order.json
  private static final String VEEPE_ORDER = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";

  private final WireMockServer veeqo = VeeqoStubs.server();

  private final WireMockServer veepe = VeepeStubs.server();

  private final WireMockServer recplus = RecplusStubs.server();

  private final WireMockServer shopwedo = ShopwedoStubs.server();

  @BeforeEach
  void providersWithOrders() {
    VeepeStubs.discardHeldToken();
    ListStubs.veeqoOrders(veeqo, veeqoOrders());
    // The summary's start less the 14 hours Veeqo's filter is widened by.
    ListStubs.veeqoOrdersSince(veeqo, "2026-10-31 10:00:00", veeqoOrders());
    veepe.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .withQueryParam("page", equalTo("1"))
            .willReturn(okJson(VeepeStubs.payload("orders-page.json"))));
  }

  @Test
  void aListAskedAgainIsNotReadAgainAndTheAnswerSaysHowOldItIs() {
    JsonPath first = post(ORDERS, veeqoOnly(), Map.of());
    assertThat(first.getLong("extensions.cache.age")).isZero();
    assertThat(first.getLong("extensions.cache.maxAge")).isBetween(55L, 60L);

    // Asked again until it is a second old: every answer comes from what was kept.
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> post(ORDERS, veeqoOnly(), Map.of()).getLong("extensions.cache.age") >= 1);

    JsonPath later = post(ORDERS, veeqoOnly(), Map.of());
    assertThat(later.getList("data.orders.edges.node.providerId"))
        .isEqualTo(first.getList("data.orders.edges.node.providerId"));
    assertThat(later.getLong("extensions.cache.maxAge")).isLessThan(60L);
    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aClientAskingForFreshDataIsAnsweredFromTheProvider() {
    post(ORDERS, veeqoOnly(), Map.of());

    JsonPath fresh = post(ORDERS, veeqoOnly(), Map.of("Cache-Control", "no-cache"));

    assertThat(fresh.getLong("extensions.cache.age")).isZero();
    veeqo.verify(2, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void fiftyIdenticalQueriesAtOnceMakeOneProviderCall() throws Exception {
    veeqo.resetAll();
    // Slow enough that many of the fifty overlap, and well inside the tests' 1s read timeout (a
    // timed-out call would rightly be tried again): each either shares the call in flight or finds
    // its answer kept.
    List<String> orders = veeqoOrders();
    veeqo.stubFor(
        get(urlPathEqualTo("/orders"))
            .willReturn(
                okJson("[" + String.join(",", orders.subList(0, 3)) + "]")
                    .withHeader("X-Total-Count", "3")
                    .withHeader("X-Total-Pages-Count", "1")
                    .withFixedDelay(100)));
    int callers = 50;
    CyclicBarrier together = new CyclicBarrier(callers);
    ExecutorService clients = Executors.newFixedThreadPool(callers);
    try {
      List<Future<JsonPath>> answers = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        answers.add(
            clients.submit(
                () -> {
                  together.await(10, TimeUnit.SECONDS);
                  return post(ORDERS, veeqoOnly(), Map.of());
                }));
      }
      for (Future<JsonPath> answer : answers) {
        assertThat(answer.get(30, TimeUnit.SECONDS).getList("data.orders.edges")).hasSize(3);
      }
    } finally {
      clients.shutdownNow();
    }

    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aWholeAnswerIsServedAgainToCallersWithTheSameRolesOnly() {
    double reused = answersReused();
    JsonPath first = post(ORDERS, veeqoOnly(), Map.of());
    JsonPath again = post(ORDERS, veeqoOnly(), Map.of());

    assertThat(answersReused()).isEqualTo(reused + 1);
    assertThat(again.getList("data.orders.edges")).isEqualTo(first.getList("data.orders.edges"));
    assertThat(again.getLong("extensions.cache.maxAge")).isBetween(1L, 60L);
    GraphQLClient.postWithKey("test-orders-read", ORDERS, veeqoOnly())
        .statusCode(200)
        .body("errors", org.hamcrest.Matchers.nullValue());
    assertThat(answersReused()).isEqualTo(reused + 1);
    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aWriteDropsItsProvidersListsAndOnlyThose() {
    post(ORDERS, Map.of("filter", Map.of("providers", List.of("VEEQO", "VEEPE"))), Map.of());
    double reused = answersReused();
    veepe.stubFor(
        get(urlPathEqualTo("/v1/orders/" + VEEPE_ORDER))
            .willReturn(okJson(VeepeStubs.payload("order.json"))));
    veepe.stubFor(
        put(urlPathEqualTo("/v1/orders/" + VEEPE_ORDER + "/status"))
            .willReturn(okJson(VeepeStubs.payload("status-success.json"))));

    GraphQLClient.post(
            """
            mutation ($id: ID!) {
              transitionOrder(id: $id, to: PROCESSING) { userErrors { code } }
            }
            """,
            Map.of("id", NodeId.encode(Provider.VEEPE, EntityKind.ORDER, VEEPE_ORDER)))
        .statusCode(200)
        .body("errors", org.hamcrest.Matchers.nullValue());
    post(ORDERS, Map.of("filter", Map.of("providers", List.of("VEEQO", "VEEPE"))), Map.of());

    veepe.verify(2, getRequestedFor(urlPathEqualTo("/v1/orders")));
    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/orders")));
    assertThat(answersReused()).isEqualTo(reused);
  }

  @Test
  void aSummaryIsReadOnceAndServedAgainWithItsAge() {
    JsonPath first = post(SUMMARY, Map.of(), Map.of());
    JsonPath second = post(SUMMARY, Map.of(), Map.of());

    assertThat(first.getInt("data.orderSummary.orderCount")).isEqualTo(5);
    assertThat(second.getInt("data.orderSummary.orderCount")).isEqualTo(5);
    assertThat(second.getLong("extensions.cache.maxAge")).isBetween(1L, 60L);
    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/orders")));
    // Windows inside what was read are summed from it, without calling Veeqo.
    JsonPath narrower =
        post(
            """
            { orderSummary(from: "2026-11-20T12:58:00Z", to: "2026-11-20T13:00:00Z",
                           providers: [VEEQO]) { orderCount } }
            """,
            Map.of(),
            Map.of());
    assertThat(narrower.getInt("data.orderSummary.orderCount")).isEqualTo(2);
    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void stockListsAreKeptAndAStockWriteDropsItsProvidersOnly() {
    recplus.stubFor(
        get(urlPathEqualTo("/api/v1/stock"))
            .willReturn(okJson(RecplusStubs.payload("stock.json"))));
    recplus.stubFor(
        get(urlPathEqualTo("/api/v1/stock/Sauce-997706"))
            .willReturn(
                okJson(
                    """
                    {"code": "Sauce-997706", "stock": 3, "cost": "3.50"}
                    """)));
    recplus.stubFor(
        WireMock.post(urlPathEqualTo("/api/v1/stock/Sauce-997706")).willReturn(noContent()));
    String stock =
        """
        { stockLevels(first: 5, filter: {providers: [RECPLUS]}) { edges { node { sku } } } }
        """;
    String products =
        """
        { products(first: 5, filter: {providers: [VEEQO]}) { edges { node { sku } } } }
        """;
    ListStubs.veeqoProducts(veeqo, ListStubs.elements(VeeqoStubs.payload("products/index.json")));

    post(stock, Map.of(), Map.of());
    post(stock, Map.of(), Map.of());
    post(products, Map.of(), Map.of());
    post(products, Map.of(), Map.of());
    recplus.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/stock")));
    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/products")));

    GraphQLClient.post(
            """
            mutation { setStockLevel(provider: RECPLUS, sku: "Sauce-997706", onHand: 3) {
                userErrors { code } } }
            """)
        .statusCode(200)
        .body("errors", org.hamcrest.Matchers.nullValue());
    post(stock, Map.of(), Map.of());
    post(products, Map.of(), Map.of());

    recplus.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/stock")));
    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/products")));
  }

  /** Whole answers served again without running their fields, as /q/metrics counts them. */
  private static double answersReused() {
    return ScrapedMetrics.read().value("commerce_answers_reused_total");
  }

  private static Map<String, Object> veeqoOnly() {
    return Map.of("filter", Map.of("providers", List.of("VEEQO")));
  }

  /** The answer to a document with these variables, sent with these extra headers. */
  private static JsonPath post(
      String document, Map<String, Object> variables, Map<String, String> headers) {
    return given()
        .headers(headers)
        .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON)
        .body(Map.of("query", document, "variables", variables))
        .when()
        .post("/graphql")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Five Veeqo orders made a minute apart on 20 November, newest first. */
  private static List<String> veeqoOrders() {
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      orders.add(
          """
          {"id":%d,"number":"V-%d","status":"awaiting_fulfillment",
           "created_at":"2026-11-20T12:%02d:00Z","total_price":10.50,
           "channel":{"currency_code":"GBP"},"line_items":[]}
          """
              .formatted(201 + i, 201 + i, 59 - i));
    }
    return Collections.unmodifiableList(orders);
  }
}
