package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/**
 * One-page order lists of Veeqo, VeePe and REC+ in their wire formats, and the merged {@code
 * orders} query over them, for the tests of one provider failing inside a merged list.
 */
final class MergedOrdersStubs {

  static final String PAGE =
      """
      query Orders($first: Int, $after: String) {
        orders(first: $first, after: $after) {
          edges { node { provider providerId } }
          pageInfo { hasNextPage endCursor }
        }
      }
      """;

  private MergedOrdersStubs() {}

  static void veeqoOrders(WireMockServer veeqo, String... createdAt) {
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < createdAt.length; i++) {
      orders.add(
          """
          {"id":%d,"number":"V-%d","status":"awaiting_fulfillment","created_at":"%s",
           "total_price":10.50,"channel":{"currency_code":"GBP"},"line_items":[]}
          """
              .formatted(101 + i, 101 + i, createdAt[i]));
    }
    veeqo.stubFor(
        get(urlPathEqualTo("/orders"))
            .withQueryParam("page", equalTo("1"))
            .willReturn(
                okJson("[" + String.join(",", orders) + "]")
                    .withHeader("X-Total-Count", String.valueOf(orders.size()))
                    .withHeader("X-Total-Pages-Count", "1")
                    .withHeader("X-Page-Index", "1")
                    .withHeader("X-Per-Page", "50")));
  }

  static void veepeOrders(WireMockServer veepe, String... orderDates) {
    VeepeStubs.stubToken(veepe);
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < orderDates.length; i++) {
      orders.add(
          """
          {"orderId":"%s","displayOrderId":"ORD-%d","orderDate":"%s","orderStatus":"OPEN",
           "orderAmount":{"value":1050,"currency":"INR"}}
          """
              .formatted(veepeId(i + 1), i + 1, orderDates[i]));
    }
    veepe.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .withQueryParam("page", equalTo("1"))
            .willReturn(
                okJson(
                    """
                    {"totalRecords":"%d","totalPages":"1","page":"1","data":[%s]}
                    """
                        .formatted(orders.size(), String.join(",", orders)))));
  }

  /** REC+ start dates carry no offset; the tests' site is in Europe/London (GMT in November). */
  static ResponseDefinitionBuilder recplusOrders(String... startDates) {
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < startDates.length; i++) {
      orders.add(
          """
          {"id":%d,"start_date":"%s","status":"Payment Received","totals":{"price":"12.00"},
           "lines":[]}
          """
              .formatted(1001 + i, startDates[i]));
    }
    return okJson(
        """
        {"orders":[%s],"count":%d,"total_count":%d,
         "paging":{"offset":0,"limit":50,"next_page_href":null}}
        """
            .formatted(String.join(",", orders), orders.size(), orders.size()));
  }

  static String veepeId(int n) {
    return "00000000-0000-4000-8000-00000000000" + n;
  }

  /** PROVIDER:providerId of each order on the page, in the page's order. */
  static List<String> ids(JsonPath page) {
    List<String> providers = page.getList("data.orders.edges.node.provider");
    List<String> ids = page.getList("data.orders.edges.node.providerId");
    List<String> both = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      both.add(providers.get(i) + ":" + ids.get(i));
    }
    return both;
  }
}
