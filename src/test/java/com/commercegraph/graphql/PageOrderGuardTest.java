package com.commercegraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

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
 * answer is still newest first.
 */
@QuarkusTest
class PageOrderGuardTest {

  private static final String ORDERS =
      """
      { orders(filter: {providers: [VEEQO]}, first: 3) { edges { node { providerId } } } }
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

  private static double outOfOrderPages() {
    ScrapedMetrics metrics = ScrapedMetrics.read();
    assertThat(metrics.has(COUNTER)).as("the counter is published from the start").isTrue();
    return metrics.value(COUNTER, "provider", "VEEQO");
  }
}
