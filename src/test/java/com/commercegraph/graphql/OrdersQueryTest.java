package com.commercegraph.graphql;

import static com.commercegraph.graphql.OrdersPage.ids;
import static com.commercegraph.provider.veepe.VeepeStubs.listedOrderId;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.provider.veeqo.VeeqoWireMock;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code orders}: every listing provider at once, merged newest first into one cursor-paged list.
 * Veeqo and VeePe answer two pages each, REC+ one (oldest first, as REC+ lists); several orders
 * share a creation time across providers.
 */
@QuarkusTest
class OrdersQueryTest {

  private static final String PAGE =
      """
      query Orders($filter: OrderFilter, $first: Int, $after: String) {
        orders(filter: $filter, first: $first, after: $after) {
          edges { cursor node { id provider providerId status providerStatus createdAt
                                total { amount minorUnits currencyCode } } }
          pageInfo { hasNextPage endCursor }
          totalCount
        }
      }
      """;

  /** Newest first; equal times go to the provider listed first (Veeqo, VeePe, REC+). */
  private static final List<String> EXPECTED =
      List.of(
          "RECPLUS:1004",
          "VEEQO:101",
          "VEEPE:" + listedOrderId(1),
          "RECPLUS:1003",
          "VEEQO:102",
          "VEEQO:103",
          "VEEPE:" + listedOrderId(2),
          "RECPLUS:1002",
          "VEEPE:" + listedOrderId(3),
          "VEEQO:104",
          "VEEPE:" + listedOrderId(4),
          "VEEQO:105",
          "RECPLUS:1001",
          "VEEPE:" + listedOrderId(5));

  private final WireMockServer veeqo = VeeqoStubs.server();
  private final WireMockServer veepe = VeepeStubs.server();
  private final WireMockServer recplus = RecplusStubs.server();

  /** Veeqo and VeePe list five orders each on two pages, REC+ four on one. */
  @BeforeEach
  void providersWithOrders() {
    List<String> veeqoOrders =
        List.of(
            VeeqoStubs.listedOrder(101, "2026-11-20T12:00:00Z"),
            VeeqoStubs.listedOrder(102, "2026-11-20T10:00:00Z"),
            VeeqoStubs.listedOrder(103, "2026-11-19T09:00:00Z"),
            VeeqoStubs.listedOrder(104, "2026-11-18T08:00:00Z"),
            VeeqoStubs.listedOrder(105, "2026-11-10T00:00:00Z"));
    // Veeqo pages by page and page_size, whatever size the gateway asks for; per filter value.
    ListStubs.veeqoOrders(veeqo, veeqoOrders);
    // The filter's window (2026-11-19T09:00Z to 2026-11-21T00:00Z) widened by 14 hours each way.
    ListStubs.veeqoOrdersSince(veeqo, "2026-11-18 19:00:00", veeqoOrders.subList(0, 3));
    ListStubs.veeqoOrdersSince(veeqo, "2026-11-21 14:00:00", List.of());
    VeepeStubs.ordersPage(
        1,
        2,
        5,
        VeepeStubs.listedOrder(listedOrderId(1), "2026-11-20T12:00:00Z"),
        VeepeStubs.listedOrder(listedOrderId(2), "2026-11-19T09:00:00Z"),
        VeepeStubs.listedOrder(listedOrderId(3), "2026-11-19T08:00:00Z"));
    VeepeStubs.ordersPage(
        2,
        2,
        5,
        VeepeStubs.listedOrder(listedOrderId(4), "2026-11-18T08:00:00Z"),
        VeepeStubs.listedOrder(listedOrderId(5), "2026-11-01T00:00:00Z"));
    List<String> recplusOrders =
        List.of(
            RecplusStubs.listedOrder(1001, "2026-11-05T00:00:00"),
            RecplusStubs.listedOrder(1002, "2026-11-19T09:00:00"),
            RecplusStubs.listedOrder(1003, "2026-11-20T11:00:00"),
            RecplusStubs.listedOrder(1004, "2026-11-21T00:00:00"));
    // REC+ pages by limit and offset, oldest first; since_timestamp per filter value.
    ListStubs.recplusOrders(recplus, recplusOrders);
    ListStubs.recplusOrdersSince(recplus, "1795078800", recplusOrders.subList(1, 4));
    ListStubs.recplusOrdersSince(recplus, "1795219200", recplusOrders.subList(3, 4));
  }

  @Test
  void walkingAllPagesYieldsEveryOrderOnceNewestFirstWithTiesInProviderOrder() {
    assertThat(walk(3)).containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void theMergedOrderIsTheSameWhateverThePageSize() {
    assertThat(walk(5)).containsExactlyElementsOf(walk(100));
    assertThat(walk(1)).containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void eachProviderIsAskedForItsOwnPagesWithItsOwnAuth() {
    walk(100);

    // A hundred orders asked for: Veeqo and REC+ are asked for a hundred, once, since they have
    // fewer; VeePe's pages of ten go out at once, up to the end of its list.
    veeqo.verify(
        1,
        getRequestedFor(urlPathEqualTo("/orders"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("100"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY)));
    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/orders")));
    veepe.verify(
        1,
        getRequestedFor(urlPathEqualTo("/v1/orders"))
            .withQueryParam("page", equalTo("1"))
            .withHeader("Authorization", equalTo(VeepeStubs.BEARER)));
    recplus.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/orders"))
            .withQueryParam("limit", equalTo("100"))
            .withQueryParam("offset", equalTo("0"))
            .withHeader("Authorization", equalTo(RecplusStubs.BASIC_AUTH)));
    recplus.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/orders")));
  }

  @Test
  void statusesMoneyAndTimesKeepTheirMeaningAcrossProviders() {
    JsonPath first = page(Map.of("first", 3));

    assertThat(first.getList("data.orders.edges.node.status"))
        .containsExactly("CONFIRMED", "PROCESSING", "OPEN");
    assertThat(first.getList("data.orders.edges.node.providerStatus"))
        .containsExactly("Payment Received", "awaiting_fulfillment", "OPEN");
    assertThat(first.getString("data.orders.edges[1].node.total.amount")).isEqualTo("10.5");
    assertThat(first.getString("data.orders.edges[2].node.total.minorUnits")).isEqualTo("1050");
    assertThat(first.getString("data.orders.edges[2].node.total.amount")).isEqualTo("10.5");
    assertThat(first.getString("data.orders.edges[0].node.createdAt"))
        .isEqualTo("2026-11-21T00:00:00Z");
    assertThat(first.getInt("data.orders.totalCount")).isEqualTo(14);
  }

  @Test
  void aFailingProviderCostsOnlyItsOwnOrdersAndIsNamedInItsError() {
    veeqo.resetAll();
    VeeqoStubs.ordersAnswer(aResponse().withStatus(500));

    GraphQLClient.post(PAGE, Map.of("first", 4))
        .statusCode(200)
        .body(
            "data.orders.edges.node.providerId",
            contains("1004", listedOrderId(1), "1003", listedOrderId(2)))
        .body("errors", hasSize(1))
        .spec(FirstError.of("PROVIDER_UNAVAILABLE", "VEEQO"))
        .body("data.orders.totalCount", nullValue());
  }

  @Test
  void filtersNarrowTheListAndPushTheStartDownToVeeqoAndRecplus() {
    JsonPath page =
        page(
            Map.of(
                "first",
                20,
                "filter",
                Map.of(
                    "providers", List.of("VEEQO", "RECPLUS"),
                    "createdFrom", "2026-11-19T09:00:00Z",
                    "createdTo", "2026-11-21T00:00:00Z")));

    assertThat(ids(page))
        .containsExactly("VEEQO:101", "RECPLUS:1003", "VEEQO:102", "VEEQO:103", "RECPLUS:1002");
    veeqo.verify(
        getRequestedFor(urlPathEqualTo("/orders"))
            .withQueryParam("created_at_min", equalTo("2026-11-18 19:00:00")));
    recplus.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/orders"))
            .withQueryParam("since_timestamp", equalTo("1795078800")));
    assertThat(veepe.findAll(getRequestedFor(urlPathEqualTo("/v1/orders")))).isEmpty();
  }

  @Test
  void aFilterNamingOnlyShopwedoIsAClearErrorNotAnEmptyList() {
    GraphQLClient.post(PAGE, Map.of("filter", Map.of("providers", List.of("SHOPWEDO"))))
        .statusCode(200)
        .body("data", nullValue())
        .body("errors[0].extensions.code", org.hamcrest.Matchers.is("BAD_USER_INPUT"));
  }

  @Test
  void badArgumentsAreRefusedBeforeAnyProviderIsCalled() {
    GraphQLClient.post(PAGE, Map.of("first", 101))
        .body("errors[0].extensions.code", org.hamcrest.Matchers.is("BAD_USER_INPUT"));
    GraphQLClient.post(PAGE, Map.of("after", "not-a-cursor"))
        .body("errors[0].extensions.code", org.hamcrest.Matchers.is("BAD_USER_INPUT"));
    String otherFiltersCursor =
        page(Map.of("first", 1)).getString("data.orders.pageInfo.endCursor");
    veeqo.resetRequests();
    GraphQLClient.post(
            PAGE,
            Map.of("after", otherFiltersCursor, "filter", Map.of("statuses", List.of("OPEN"))))
        .body("errors[0].extensions.code", org.hamcrest.Matchers.is("BAD_USER_INPUT"));
    assertThat(veeqo.findAll(getRequestedFor(urlPathEqualTo("/orders")))).isEmpty();
  }

  private List<String> walk(int first) {
    List<String> seen = new ArrayList<>();
    String after = null;
    for (int pages = 0; pages < 30; pages++) {
      Map<String, Object> variables =
          after == null ? Map.of("first", first) : Map.of("first", first, "after", after);
      JsonPath page = page(variables);
      assertThat(page.getList("errors")).isNull();
      seen.addAll(ids(page));
      if (!page.getBoolean("data.orders.pageInfo.hasNextPage")) {
        return seen;
      }
      after = page.getString("data.orders.pageInfo.endCursor");
    }
    throw new AssertionError("the walk did not end");
  }

  private static JsonPath page(Map<String, Object> variables) {
    return GraphQLClient.answer(PAGE, variables);
  }
}
