package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Veeqo reads {@code created_at_min} in a zone orders.md does not name, so the gateway widens its
 * filter by 14 hours each way (every civil zone) and keeps exactly the window itself: no zone loses
 * an order, and nothing outside the window slips in.
 */
@QuarkusTest
class TimeWindowTest {

  private static final String ORDERS =
      """
      query Orders($filter: OrderFilter) {
        orders(filter: $filter, first: 20) { edges { node { providerId createdAt } } }
      }
      """;

  private final WireMockServer veeqo = VeeqoStubs.server();

  @Test
  void ordersAtTheWindowsEdgesAreKeptExactlyWhateverZoneVeeqoFiltersIn() {
    List<String> sinceWidenedStart =
        List.of(
            // after the window's end (exclusive): out
            VeeqoStubs.listedOrder(201, "2026-11-21T00:00:00Z"),
            // a second before the end, and the start itself: in
            VeeqoStubs.listedOrder(202, "2026-11-20T23:59:59Z"),
            VeeqoStubs.listedOrder(203, "2026-11-19T09:00:00Z"),
            // before the start, sent because Veeqo was asked from 14 hours earlier: out
            VeeqoStubs.listedOrder(204, "2026-11-19T08:59:59Z"),
            VeeqoStubs.listedOrder(205, "2026-11-18T20:00:00Z"));
    ListStubs.veeqoOrdersSince(veeqo, "2026-11-18 19:00:00", sinceWidenedStart);
    // Created since the end plus 14 hours: none, so the list is read from its top.
    ListStubs.veeqoOrdersSince(veeqo, "2026-11-21 14:00:00", List.of());

    JsonPath answer =
        GraphQLClient.answer(
            ORDERS,
            Map.of(
                "filter",
                Map.of(
                    "providers", List.of("VEEQO"),
                    "createdFrom", "2026-11-19T09:00:00Z",
                    "createdTo", "2026-11-21T00:00:00Z")));

    assertThat(answer.getList("errors")).isNull();
    assertThat(answer.getList("data.orders.edges.node.providerId")).containsExactly("202", "203");
    veeqo.verify(
        getRequestedFor(urlPathEqualTo("/orders"))
            .withQueryParam("created_at_min", equalTo("2026-11-18 19:00:00")));
    veeqo.verify(
        1,
        getRequestedFor(urlPathEqualTo("/orders"))
            .withQueryParam("created_at_min", equalTo("2026-11-21 14:00:00"))
            .withQueryParam("page_size", equalTo("1")));
    assertThat(
            veeqo.findAll(
                getRequestedFor(urlPathEqualTo("/orders"))
                    .withQueryParam("created_at_min", equalTo("2026-11-19 09:00:00"))))
        .isEmpty();
  }
}
