package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The orders list asks each provider for what its page needs, reads VeePe's small pages at once,
 * resumes after the last order it handed out, and is refused before any call when it would cost too
 * many. Caches are off in the test profile, so every request's provider calls are its own.
 */
@QuarkusTest
class RightSizedReadsTest {

  private static final String LIST =
      """
      query Orders($filter: OrderFilter, $first: Int, $after: String) {
        orders(filter: $filter, first: $first, after: $after) {
          edges { node { provider providerId number status createdAt total { amount } } }
          pageInfo { hasNextPage endCursor }
        }
      }
      """;

  private final WireMockServer veeqo = VeeqoStubs.server();

  private final WireMockServer veepe = VeepeStubs.server();

  private final WireMockServer recplus = RecplusStubs.server();

  private final WireMockServer shopwedo = ShopwedoStubs.server();

  @BeforeEach
  void freshToken() {
    VeepeStubs.discardHeldToken();
  }

  @Test
  void firstFiveAsksEachProviderForAHandfulAndRecplusForListDataOnly() {
    ListStubs.veeqoOrders(veeqo, veeqoOrders(30, 0));
    veepePages(30);
    ListStubs.recplusOrders(recplus, recplusOrders(30));

    JsonPath page = page(Map.of("first", 5));

    assertThat(page.getList("errors")).isNull();
    assertThat(page.getList("data.orders.edges")).hasSize(5);
    veeqo.verify(
        1,
        getRequestedFor(urlPathEqualTo("/orders"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("5")));
    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/orders")));
    veepe.verify(1, getRequestedFor(urlPathEqualTo("/v1/orders")));
    // REC+ lists oldest first: the first read learns where the list ends, the second reads the
    // newest five (and a few past the end, for orders placed meanwhile); list rows need no
    // fields=*.
    List<LoggedRequest> recplusReads =
        recplus.findAll(getRequestedFor(urlPathEqualTo("/api/v1/orders")));
    assertThat(recplusReads).hasSize(2);
    for (LoggedRequest read : recplusReads) {
      assertThat(Integer.parseInt(read.queryParameter("limit").firstValue())).isLessThan(16);
      assertThat(read.queryParameter("fields").isPresent()).isFalse();
    }
  }

  @Test
  void aListThatShowsLinesAsksRecplusForFullOrders() {
    ListStubs.recplusOrders(recplus, recplusOrders(3));

    GraphQLClient.post(
            """
            { orders(first: 3, filter: {providers: [RECPLUS]}) {
                edges { node { providerId lines { sku } } } } }
            """)
        .statusCode(200);

    recplus.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/orders")).withQueryParam("fields", equalTo("*")));
  }

  @Test
  void twentyVeepeOrdersReadItsTwoPagesAtOnce() {
    veepePages(25);
    // Slow enough that two pages read one after the other would arrive this far apart.
    veepe.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .withQueryParam("page", equalTo("1"))
            .willReturn(okJson(veepePage(1, 25)).withFixedDelay(600)));
    veepe.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .withQueryParam("page", equalTo("2"))
            .willReturn(okJson(veepePage(2, 25)).withFixedDelay(600)));

    JsonPath page = page(Map.of("first", 20, "filter", Map.of("providers", List.of("VEEPE"))));

    assertThat(page.getList("errors")).isNull();
    assertThat(page.getList("data.orders.edges")).hasSize(20);
    List<LoggedRequest> reads = veepe.findAll(getRequestedFor(urlPathEqualTo("/v1/orders")));
    assertThat(reads)
        .extracting(read -> read.queryParameter("page").firstValue())
        .containsExactlyInAnyOrder("1", "2");
    long apart =
        Math.abs(reads.get(0).getLoggedDate().getTime() - reads.get(1).getLoggedDate().getTime());
    assertThat(apart).isLessThan(500);
    assertThat(page.getBoolean("data.orders.pageInfo.hasNextPage")).isTrue();
  }

  @Test
  void anOrderCreatedBetweenTwoPagesIsSeenOnceAndNothingIsSkipped() {
    List<String> orders = veeqoOrders(6, 0);
    ListStubs.veeqoOrders(veeqo, orders);
    JsonPath first = page(Map.of("first", 3, "filter", veeqoOnly()));
    List<String> seen = new ArrayList<>(ids(first));

    // A new order at the top of Veeqo's newest-first list pushes every page down by one.
    veeqo.resetAll();
    List<String> withNew = new ArrayList<>(veeqoOrders(1, 100));
    withNew.addAll(orders);
    ListStubs.veeqoOrders(veeqo, withNew);
    String after = first.getString("data.orders.pageInfo.endCursor");
    JsonPath second = page(Map.of("first", 3, "filter", veeqoOnly(), "after", after));
    seen.addAll(ids(second));

    assertThat(second.getList("errors")).isNull();
    assertThat(seen).containsExactly("201", "202", "203", "204", "205", "206");
    assertThat(second.getBoolean("data.orders.pageInfo.hasNextPage")).isFalse();
  }

  @Test
  void anOrderLeavingAPushedDownStatusFilterBetweenPagesSkipsNothing() {
    // Veeqo filters by status itself (awaiting_fulfillment is PROCESSING): when orders it listed
    // ship, everything after them moves up in its list, here by a whole page.
    List<String> orders = veeqoOrders(8, 0);
    ListStubs.veeqoOrders(veeqo, orders);
    Map<String, Object> processing =
        Map.of("providers", List.of("VEEQO"), "statuses", List.of("PROCESSING"));
    JsonPath first = page(Map.of("first", 3, "filter", processing));
    List<String> seen = new ArrayList<>(ids(first));

    veeqo.resetAll();
    List<String> afterShipping = new ArrayList<>(orders.subList(3, orders.size()));
    ListStubs.veeqoOrders(veeqo, afterShipping);
    String after = first.getString("data.orders.pageInfo.endCursor");
    JsonPath second = page(Map.of("first", 3, "filter", processing, "after", after));
    seen.addAll(ids(second));

    assertThat(second.getList("errors")).isNull();
    assertThat(seen).containsExactly("201", "202", "203", "204", "205", "206");
    veeqo.verify(
        getRequestedFor(urlPathEqualTo("/orders"))
            .withQueryParam("status", equalTo("awaiting_fulfillment")));
  }

  @Test
  void aForgedCursorOrOneOfAnotherFilterIsRefusedWithoutACall() {
    ListStubs.veeqoOrders(veeqo, veeqoOrders(6, 0));
    String cursor =
        page(Map.of("first", 2, "filter", veeqoOnly())).getString("data.orders.pageInfo.endCursor");
    veeqo.resetRequests();

    // The same cursor with its position moved back to the start, its signature kept.
    String[] parts = cursor.split("\\.");
    String content =
        new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
            .replaceAll("\"hint\":\"[0-9]+\"", "\"hint\":\"0\"");
    String forged =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(content.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1];
    assertThat(forged).isNotEqualTo(cursor);
    String otherFilter = cursor;
    for (String refused : List.of(forged, "eyJxdWVzdGlvbiI6ImFiYyJ9.AAAA", "not-a-cursor")) {
      JsonPath answer = page(Map.of("first", 2, "filter", veeqoOnly(), "after", refused));
      assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    }
    JsonPath other =
        page(
            Map.of(
                "first",
                2,
                "after",
                otherFilter,
                "filter",
                Map.of("providers", List.of("VEEQO"), "statuses", List.of("OPEN"))));
    assertThat(other.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    ProviderServers.assertNoneCalled();
  }

  @Test
  void aFailingProviderIsAnErrorNotAnEndlessList() {
    ListStubs.veeqoOrders(veeqo, veeqoOrders(2, 0));
    recplus.stubFor(get(urlPathEqualTo("/api/v1/orders")).willReturn(aResponse().withStatus(503)));

    JsonPath page =
        page(Map.of("first", 5, "filter", Map.of("providers", List.of("VEEQO", "RECPLUS"))));

    assertThat(ids(page)).containsExactly("201", "202");
    assertThat(page.getString("errors[0].extensions.provider")).isEqualTo("RECPLUS");
    assertThat(page.getBoolean("data.orders.pageInfo.hasNextPage")).isFalse();
  }

  @Test
  void withTheCachesOffEveryListIsReadAgain() {
    ListStubs.veeqoOrders(veeqo, veeqoOrders(3, 0));

    page(Map.of("first", 3, "filter", veeqoOnly()));
    page(Map.of("first", 3, "filter", veeqoOnly()));

    veeqo.verify(2, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void thirtyAliasedSummariesAreRefusedBeforeAnyCall() {
    StringBuilder document = new StringBuilder("{\n");
    for (int i = 0; i < 30; i++) {
      document.append(
          "  s%d: orderSummary(from: \"2026-01-%02dT00:00:00Z\", to: \"2026-02-01T00:00:00Z\") {"
                  .formatted(i, i + 1)
              + " orderCount }\n");
    }
    document.append("}");

    GraphQLClient.post(document.toString())
        .statusCode(200)
        .body("data", org.hamcrest.Matchers.nullValue())
        .body("errors[0].extensions.code", org.hamcrest.Matchers.is("QUERY_TOO_COSTLY"));

    ProviderServers.assertNoneCalled();
  }

  @Test
  void aHundredOrdersTenTimesOverAreRefusedAndOneListOfThemIsNot() {
    String tenLists =
        """
        query ($n: Int) {
          a: orders(first: $n) { edges { node { id } } } b: orders(first: $n) { edges { node { id } } }
          c: orders(first: $n) { edges { node { id } } } d: orders(first: $n) { edges { node { id } } }
          e: orders(first: $n) { edges { node { id } } } f: orders(first: $n) { edges { node { id } } }
        }
        """;
    GraphQLClient.post(tenLists, Map.of("n", 100))
        .statusCode(200)
        .body("errors[0].extensions.code", org.hamcrest.Matchers.is("QUERY_TOO_COSTLY"));
    ProviderServers.assertNoneCalled();

    ListStubs.veeqoOrders(veeqo, veeqoOrders(3, 0));
    veepePages(3);
    ListStubs.recplusOrders(recplus, recplusOrders(3));
    GraphQLClient.post(LIST, Map.of("first", 100))
        .statusCode(200)
        .body("errors", org.hamcrest.Matchers.nullValue());
  }

  private static Map<String, Object> veeqoOnly() {
    return Map.of("providers", List.of("VEEQO"));
  }

  private static JsonPath page(Map<String, Object> variables) {
    return GraphQLClient.post(LIST, new HashMap<>(variables)).statusCode(200).extract().jsonPath();
  }

  private static List<String> ids(JsonPath page) {
    return page.getList("data.orders.edges.node.providerId");
  }

  /** {@code count} Veeqo orders, newest first, ids from 201 (or from 201 + {@code offset}). */
  private static List<String> veeqoOrders(int count, int offset) {
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int id = offset == 0 ? 201 + i : 200 + offset + i;
      orders.add(
          """
          {"id":%d,"number":"V-%d","status":"awaiting_fulfillment",
           "created_at":"2026-11-20T%02d:%02d:00Z","total_price":10.50,
           "channel":{"currency_code":"GBP"},"line_items":[]}
          """
              .formatted(id, id, offset == 0 ? 12 - i / 60 : 13, offset == 0 ? 59 - i % 60 : i));
    }
    return orders;
  }

  private void veepePages(int orders) {
    for (int page = 1; page <= (orders + 9) / 10 + 1; page++) {
      veepe.stubFor(
          get(urlPathEqualTo("/v1/orders"))
              .withQueryParam("page", equalTo(String.valueOf(page)))
              .willReturn(okJson(veepePage(page, orders))));
    }
  }

  /** VeePe's page of ten, newest first, of {@code total} orders made on 19 November. */
  private static String veepePage(int page, int total) {
    List<String> items = new ArrayList<>();
    for (int i = (page - 1) * 10; i < Math.min(total, page * 10); i++) {
      items.add(
          """
          {"orderId":"00000000-0000-4000-8000-%012d","displayOrderId":"ORD-%d",
           "orderDate":"2026-11-19T%02d:%02d:00Z","orderStatus":"OPEN",
           "orderAmount":{"value":1050,"currency":"INR"}}
          """
              .formatted(i + 1, i + 1, 23 - i / 60, 59 - i % 60));
    }
    return """
        {"totalRecords":"%d","totalPages":"%d","page":"%d","data":[%s]}
        """
        .formatted(total, (total + 9) / 10, page, String.join(",", items));
  }

  /** {@code count} REC+ orders, oldest first, placed on 18 November. */
  private static List<String> recplusOrders(int count) {
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      orders.add(
          """
          {"id":%d,"start_date":"2026-11-18T%02d:%02d:00","status":"Payment Received",
           "totals":{"price":"12.00"},"lines":[]}
          """
              .formatted(3001 + i, i / 60, i % 60));
    }
    return orders;
  }
}
