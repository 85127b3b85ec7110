package com.commercegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.veeqo.VeeqoStubs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final Pattern OUT_OF_ORDER =
      Pattern.compile(
          "^commerce_provider_pages_out_of_order_total\\{[^}]*provider=\"VEEQO\"[^}]*\\} (\\S+)$",
          Pattern.MULTILINE);

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
    String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher line = OUT_OF_ORDER.matcher(metrics);
    assertThat(line.find()).as("the counter is published for every provider").isTrue();
    return Double.parseDouble(line.group(1));
  }
}
