package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.resilience.ScrapedMetrics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No provider document states the order of its order list; the merge assumes newest first. A
 * provider page that is not is counted per provider on /q/metrics (and logged at WARN), and the
 * answer is still newest first. The order summary's window walk goes through the same guard.
 */
@QuarkusTest
class PageOrderGuardTest {

  private static final String ORDERS =
      """
      { orders(filter: {providers: [VEEQO]}, first: 3) { edges { node { providerId } } } }
      """;

  private static final String SUMMARY =
      """
      query ($from: DateTime!, $to: DateTime!) {
        orderSummary(from: $from, to: $to, providers: [VEEPE]) { orderCount }
      }
      """;

  private static final String COUNTER = "commerce_provider_pages_out_of_order_total";

  @Test
  void aPageThatIsNotNewestFirstIsCountedAndSortedForTheMerge() {
    double before = outOfOrderPages();
    ListStubs.veeqoOrders(
        VeeqoStubs.server(),
        List.of(
            VeeqoStubs.listedOrder(301, "2026-11-18T08:00:00Z"),
            VeeqoStubs.listedOrder(302, "2026-11-20T12:00:00Z"),
            VeeqoStubs.listedOrder(303, "2026-11-19T09:00:00Z")));

    JsonPath answer = GraphQLClient.answer(ORDERS, Map.of());

    assertThat(answer.getList("errors")).isNull();
    assertThat(answer.getList("data.orders.edges.node.providerId"))
        .containsExactly("302", "303", "301");
    assertThat(outOfOrderPages()).isEqualTo(before + 1);
  }

  @Test
  void aNewestFirstPageIsNotCounted() {
    double before = outOfOrderPages();
    ListStubs.veeqoOrders(
        VeeqoStubs.server(),
        List.of(
            VeeqoStubs.listedOrder(302, "2026-11-20T12:00:00Z"),
            VeeqoStubs.listedOrder(303, "2026-11-19T09:00:00Z")));

    JsonPath answer = GraphQLClient.answer(ORDERS, Map.of());

    assertThat(answer.getList("data.orders.edges.node.providerId")).containsExactly("302", "303");
    assertThat(outOfOrderPages()).isEqualTo(before);
  }

  @Test
  void aSummaryWalkMeetingAPageOutOfOrderCountsItAndReadsOnToTheListsEnd() {
    double before = outOfOrderPages("VEEPE");
    // Page 1 is not newest first and holds an order older than the window: a walk trusting the
    // order would stop there and miss page 2's order of the window.
    VeepeStubs.ordersPage(
        1,
        3,
        7,
        VeepeStubs.listedOrder(VeepeStubs.listedOrderId(1), "2026-01-05T08:00:00Z"),
        VeepeStubs.listedOrder(VeepeStubs.listedOrderId(2), "2025-12-20T08:00:00Z"),
        VeepeStubs.listedOrder(VeepeStubs.listedOrderId(3), "2026-01-08T08:00:00Z"));
    VeepeStubs.ordersPage(
        2,
        3,
        7,
        VeepeStubs.listedOrder(VeepeStubs.listedOrderId(4), "2026-01-03T08:00:00Z"),
        VeepeStubs.listedOrder(VeepeStubs.listedOrderId(5), "2025-12-01T08:00:00Z"));
    VeepeStubs.ordersPage(
        3,
        3,
        7,
        VeepeStubs.listedOrder(VeepeStubs.listedOrderId(6), "2026-01-02T08:00:00Z"),
        VeepeStubs.listedOrder(VeepeStubs.listedOrderId(7), "2025-11-01T08:00:00Z"));

    JsonPath answer =
        GraphQLClient.answer(
            SUMMARY, Map.of("from", "2026-01-01T00:00:00Z", "to", "2026-01-10T00:00:00Z"));

    assertThat(answer.getList("errors")).isNull();
    assertThat(answer.getInt("data.orderSummary.orderCount")).isEqualTo(4);
    for (int page = 1; page <= 3; page++) {
      VeepeStubs.server().verify(1, getRequestedFor(urlEqualTo("/v1/orders?page=" + page)));
    }
    assertThat(outOfOrderPages("VEEPE")).isEqualTo(before + 1);
  }

  @Test
  void aSummaryWalkOfNewestFirstPagesStopsAtTheFirstOlderOrder() {
    double before = outOfOrderPages("VEEPE");
    VeepeStubs.ordersPage(
        1,
        2,
        4,
        VeepeStubs.listedOrder(VeepeStubs.listedOrderId(1), "2026-01-08T08:00:00Z"),
        VeepeStubs.listedOrder(VeepeStubs.listedOrderId(2), "2025-12-20T08:00:00Z"));
    VeepeStubs.ordersPage(
        2,
        2,
        4,
        VeepeStubs.listedOrder(VeepeStubs.listedOrderId(3), "2025-12-10T08:00:00Z"),
        VeepeStubs.listedOrder(VeepeStubs.listedOrderId(4), "2025-12-01T08:00:00Z"));

    JsonPath answer =
        GraphQLClient.answer(
            SUMMARY, Map.of("from", "2026-01-01T00:00:00Z", "to", "2026-01-10T00:00:00Z"));

    assertThat(answer.getInt("data.orderSummary.orderCount")).isEqualTo(1);
    VeepeStubs.server().verify(0, getRequestedFor(urlEqualTo("/v1/orders?page=2")));
    assertThat(outOfOrderPages("VEEPE")).isEqualTo(before);
  }

  private static double outOfOrderPages() {
    return outOfOrderPages("VEEQO");
  }

  private static double outOfOrderPages(String provider) {
    ScrapedMetrics metrics = ScrapedMetrics.read();
    assertThat(metrics.has(COUNTER)).as("the counter is published from the start").isTrue();
    return metrics.value(COUNTER, "provider", provider);
  }
}
