package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import java.util.List;

/**
 * Order lists in WireMock that page as the providers do, whatever page size or offset the gateway
 * asks for: Veeqo's {@code page}/{@code page_size} (newest first) and REC+'s {@code limit}/{@code
 * offset} (oldest first). Each filter value a test uses gets its own list.
 */
final class ListStubs {

  /** Page sizes and limits the gateway may ask for in the tests' short lists. */
  private static final int LARGEST_ASKED = 120;

  private ListStubs() {}

  /** Veeqo's {@code /orders} without filters: {@code orders} are JSON objects, newest first. */
  static void veeqoOrders(WireMockServer veeqo, List<String> orders) {
    veeqoOrders(veeqo, absent(), orders);
  }

  /** Veeqo's {@code /orders?created_at_min=<createdAtMin>}: the orders created since then. */
  static void veeqoOrdersSince(WireMockServer veeqo, String createdAtMin, List<String> orders) {
    veeqoOrders(veeqo, equalTo(createdAtMin), orders);
  }

  private static void veeqoOrders(
      WireMockServer veeqo, StringValuePattern createdAtMin, List<String> orders) {
    int total = orders.size();
    for (int size = 1; size <= LARGEST_ASKED; size++) {
      int pages = Math.max(1, (total + size - 1) / size);
      for (int page = 1; page <= pages + 1; page++) {
        int from = Math.min(total, (page - 1) * size);
        int to = Math.min(total, page * size);
        MappingBuilder request =
            get(urlPathEqualTo("/orders"))
                .withQueryParam("created_at_min", createdAtMin)
                .withQueryParam("page", equalTo(String.valueOf(page)))
                .withQueryParam("page_size", equalTo(String.valueOf(size)));
        veeqo.stubFor(
            request.willReturn(
                okJson("[" + String.join(",", orders.subList(from, to)) + "]")
                    .withHeader("X-Total-Count", String.valueOf(total))
                    .withHeader("X-Total-Pages-Count", String.valueOf(pages))
                    .withHeader("X-Page-Index", String.valueOf(page))
                    .withHeader("X-Per-Page", String.valueOf(size))));
      }
    }
  }

  /** REC+'s {@code /orders} without filters: {@code orders} are JSON objects, oldest first. */
  static void recplusOrders(WireMockServer recplus, List<String> orders) {
    recplusOrders(recplus, absent(), orders);
  }

  /** REC+'s {@code /orders?since_timestamp=<since>}: the orders placed since then. */
  static void recplusOrdersSince(WireMockServer recplus, String since, List<String> orders) {
    recplusOrders(recplus, equalTo(since), orders);
  }

  private static void recplusOrders(
      WireMockServer recplus, StringValuePattern since, List<String> orders) {
    int total = orders.size();
    for (int offset = 0; offset <= total; offset++) {
      for (int limit = 1; limit <= LARGEST_ASKED; limit++) {
        int to = Math.min(total, offset + limit);
        String next = to < total ? "\"/orders.json?offset=" + to + "\"" : "null";
        recplus.stubFor(
            get(urlPathEqualTo("/api/v1/orders"))
                .withQueryParam("since_timestamp", since)
                .withQueryParam("offset", equalTo(String.valueOf(offset)))
                .withQueryParam("limit", equalTo(String.valueOf(limit)))
                .willReturn(
                    okJson(
                        """
                        {"orders":[%s],"count":%d,"total_count":%d,
                         "paging":{"offset":%d,"limit":%d,"next_page_href":%s}}
                        """
                            .formatted(
                                String.join(",", orders.subList(offset, to)),
                                to - offset,
                                total,
                                offset,
                                limit,
                                next))));
      }
    }
  }
}
