package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists in WireMock that page as the providers do, whatever page size or offset the gateway asks
 * for: Veeqo's {@code page}/{@code page_size} (newest first) and REC+'s {@code limit}/{@code
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

  /** Veeqo's {@code /products}: {@code products} are JSON objects, in Veeqo's order. */
  static void veeqoProducts(WireMockServer veeqo, List<String> products) {
    veeqoList(veeqo, "/products", absent(), products);
  }

  /** The JSON objects of a JSON array, as text, in order. */
  static List<String> elements(String jsonArray) {
    return elements(jsonArray, null);
  }

  /** The JSON objects of an object's array field, as text, in order. */
  static List<String> elements(String json, String field) {
    try {
      ObjectMapper mapper = new ObjectMapper();
      JsonNode tree = mapper.readTree(json);
      List<String> elements = new ArrayList<>();
      for (JsonNode element : field == null ? tree : tree.get(field)) {
        elements.add(mapper.writeValueAsString(element));
      }
      return elements;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void veeqoOrders(
      WireMockServer veeqo, StringValuePattern createdAtMin, List<String> orders) {
    veeqoList(veeqo, "/orders", createdAtMin, orders);
  }

  private static void veeqoList(
      WireMockServer veeqo, String path, StringValuePattern createdAtMin, List<String> orders) {
    int total = orders.size();
    for (int size = 1; size <= LARGEST_ASKED; size++) {
      int pages = Math.max(1, (total + size - 1) / size);
      for (int page = 1; page <= pages + 1; page++) {
        int from = Math.min(total, (page - 1) * size);
        int to = Math.min(total, page * size);
        MappingBuilder request =
            get(urlPathEqualTo(path))
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

  /** REC+'s {@code /products}: {@code products} are JSON objects, in REC+'s order. */
  static void recplusProducts(WireMockServer recplus, List<String> products) {
    recplusList(recplus, "/api/v1/products", "products", absent(), products);
  }

  private static void recplusOrders(
      WireMockServer recplus, StringValuePattern since, List<String> orders) {
    recplusList(recplus, "/api/v1/orders", "orders", since, orders);
  }

  private static void recplusList(
      WireMockServer recplus,
      String path,
      String name,
      StringValuePattern since,
      List<String> orders) {
    int total = orders.size();
    for (int offset = 0; offset <= total; offset++) {
      for (int limit = 1; limit <= LARGEST_ASKED; limit++) {
        int to = Math.min(total, offset + limit);
        String next = to < total ? "\"" + path + ".json?offset=" + to + "\"" : "null";
        recplus.stubFor(
            get(urlPathEqualTo(path))
                .withQueryParam("ids", absent())
                .withQueryParam("since_timestamp", since)
                .withQueryParam("offset", equalTo(String.valueOf(offset)))
                .withQueryParam("limit", equalTo(String.valueOf(limit)))
                .willReturn(
                    okJson(
                        """
                        {"%s":[%s],"count":%d,"total_count":%d,
                         "paging":{"offset":%d,"limit":%d,"next_page_href":%s}}
                        """
                            .formatted(
                                name,
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
