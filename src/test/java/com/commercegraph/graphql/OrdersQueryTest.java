package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.recplus.RecplusWireMock;
import com.commercegraph.provider.veeqo.VeeqoWireMock;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
          "VEEPE:" + veepeId(1),
          "RECPLUS:1003",
          "VEEQO:102",
          "VEEQO:103",
          "VEEPE:" + veepeId(2),
          "RECPLUS:1002",
          "VEEPE:" + veepeId(3),
          "VEEQO:104",
          "VEEPE:" + veepeId(4),
          "VEEQO:105",
          "RECPLUS:1001",
          "VEEPE:" + veepeId(5));

  private final WireMockServer veeqo = ProviderServers.of(Provider.VEEQO);
  private final WireMockServer veepe = ProviderServers.of(Provider.VEEPE);
  private final WireMockServer recplus = ProviderServers.of(Provider.RECPLUS);

  @BeforeEach
  void providersWithOrders() {
    VeepeStubs.stubToken(veepe);
    veeqoPage(
        1,
        veeqo(101, "2026-11-20T12:00:00Z"),
        veeqo(102, "2026-11-20T10:00:00Z"),
        veeqo(103, "2026-11-19T09:00:00Z"));
    veeqoPage(2, veeqo(104, "2026-11-18T08:00:00Z"), veeqo(105, "2026-11-10T00:00:00Z"));
    veepePage(
        1,
        veepe(veepeId(1), "2026-11-20T12:00:00Z"),
        veepe(veepeId(2), "2026-11-19T09:00:00Z"),
        veepe(veepeId(3), "2026-11-19T08:00:00Z"));
    veepePage(
        2, veepe(veepeId(4), "2026-11-18T08:00:00Z"), veepe(veepeId(5), "2026-11-01T00:00:00Z"));
    recplus.stubFor(
        get(urlPathEqualTo("/api/v1/orders"))
            .willReturn(
                okJson(
                    recplusList(
                        recplus(1001, "2026-11-05T00:00:00"),
                        recplus(1002, "2026-11-19T09:00:00"),
                        recplus(1003, "2026-11-20T11:00:00"),
                        recplus(1004, "2026-11-21T00:00:00")))));
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

    veeqo.verify(
        1,
        getRequestedFor(urlPathEqualTo("/orders"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("50"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY)));
    veeqo.verify(
        1, getRequestedFor(urlPathEqualTo("/orders")).withQueryParam("page", equalTo("2")));
    veepe.verify(
        1,
        getRequestedFor(urlPathEqualTo("/v1/orders"))
            .withQueryParam("page", equalTo("1"))
            .withHeader("Authorization", equalTo(VeepeStubs.BEARER)));
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (RecplusWireMock.USERNAME + ":" + RecplusWireMock.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
    recplus.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/orders"))
            .withQueryParam("limit", equalTo("50"))
            .withQueryParam("offset", equalTo("0"))
            .withHeader("Authorization", equalTo(basic)));
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
    veeqo.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(500)));

    GraphQLClient.post(PAGE, Map.of("first", 4))
        .statusCode(200)
        .body("data.orders.edges.node.providerId", contains("1004", veepeId(1), "1003", veepeId(2)))
        .body("errors", hasSize(1))
        .body("errors[0].extensions.code", org.hamcrest.Matchers.is("PROVIDER_UNAVAILABLE"))
        .body("errors[0].extensions.provider", org.hamcrest.Matchers.is("VEEQO"))
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
            .withQueryParam("created_at_min", equalTo("2026-11-19 09:00:00")));
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

  private static List<String> ids(JsonPath page) {
    List<String> providers = page.getList("data.orders.edges.node.provider");
    List<String> ids = page.getList("data.orders.edges.node.providerId");
    List<String> both = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      both.add(providers.get(i) + ":" + ids.get(i));
    }
    return both;
  }

  private static JsonPath page(Map<String, Object> variables) {
    return GraphQLClient.post(PAGE, variables).statusCode(200).extract().jsonPath();
  }

  private void veeqoPage(int page, String... orders) {
    veeqo.stubFor(
        get(urlPathEqualTo("/orders"))
            .withQueryParam("page", equalTo(String.valueOf(page)))
            .willReturn(
                okJson("[" + String.join(",", orders) + "]")
                    .withHeader("X-Total-Count", "5")
                    .withHeader("X-Total-Pages-Count", "2")
                    .withHeader("X-Page-Index", String.valueOf(page))
                    .withHeader("X-Per-Page", "50")));
  }

  private void veepePage(int page, String... orders) {
    veepe.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .withQueryParam("page", equalTo(String.valueOf(page)))
            .willReturn(
                okJson(
                    """
                    {"totalRecords":"5","totalPages":"2","page":"%d","data":[%s]}
                    """
                        .formatted(page, String.join(",", orders)))));
  }

  private static String veeqo(long id, String createdAt) {
    return """
        {"id":%d,"number":"V-%d","status":"awaiting_fulfillment","created_at":"%s",
         "total_price":10.50,"channel":{"currency_code":"GBP"},"line_items":[]}
        """
        .formatted(id, id, createdAt);
  }

  private static String veepeId(int n) {
    return "00000000-0000-4000-8000-00000000000" + n;
  }

  private static String veepe(String id, String orderDate) {
    return """
        {"orderId":"%s","displayOrderId":"ORD-%s","orderDate":"%s","orderStatus":"OPEN",
         "orderAmount":{"value":1050,"currency":"INR"}}
        """
        .formatted(id, id, orderDate);
  }

  private static String recplus(long id, String startDate) {
    return """
        {"id":%d,"start_date":"%s","status":"Payment Received","totals":{"price":"12.00"},
         "lines":[]}
        """
        .formatted(id, startDate);
  }

  private static String recplusList(String... orders) {
    return """
        {"orders":[%s],"count":%d,"total_count":%d,
         "paging":{"offset":0,"limit":50,"next_page_href":null}}
        """
        .formatted(String.join(",", orders), orders.length, orders.length);
  }
}
