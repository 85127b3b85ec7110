package com.commercegraph.graphql;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A page of the merged {@code orders} list, as the tests read it. */
final class OrdersPage {

  private OrdersPage() {}

  /** The answer to an {@code orders} document, which must be a 200. */
  static JsonPath fetch(String document, Map<String, Object> variables) {
    return GraphQLClient.post(document, variables).statusCode(200).extract().jsonPath();
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
