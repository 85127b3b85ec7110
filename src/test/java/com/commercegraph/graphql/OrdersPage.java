package com.commercegraph.graphql;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/** A page of the merged {@code orders} list, as the tests read it. */
final class OrdersPage {

  private OrdersPage() {}

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
