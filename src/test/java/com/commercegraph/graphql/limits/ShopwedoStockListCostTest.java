package com.commercegraph.graphql.limits;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.MutationAnswer;
import com.commercegraph.graphql.OrderInputs;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ShopWeDo's getStock cannot filter by the merchant's code, so a SKU filter and a create read its
 * stock list, 50 items a call: the query cost counts those calls (from the list's length when a
 * read last reached its end) and refuses a document that would spend too many, with no call.
 */
@QuarkusTest
class ShopwedoStockListCostTest {

  /** A stock list of 120 items: three calls of 50 read it (50, 50, then 20). */
  private static final int ITEMS = 120;

  private static final String ONE_FILTER =
      """
      { stockLevels(filter: {providers: [SHOPWEDO], skus: ["CODE-119"]}, first: 50) {
          edges { node { sku providerId } } } }
      """;

  private static final String CREATE =
      """
      mutation Create($input: CreateOrderInput!) {
        createOrder(input: $input) { order { id } userErrors { field code } }
      }
      """;

  @BeforeEach
  void aStockListOfThreeSlices() {
    for (int offset = 0; offset < ITEMS + 50; offset += 50) {
      List<String> items = new ArrayList<>();
      for (int i = offset; i < Math.min(ITEMS, offset + 50); i++) {
        items.add(
            """
            {"sku": %d, "reference": "CODE-%d", "level": 5, "atp": 5, "status": 1}
            """
                .formatted(7000 + i, i));
      }
      ShopwedoStubs.server()
          .stubFor(
              post(urlEqualTo(ShopwedoStubs.API + "getStock"))
                  // the form's data, {"limit":50,"offset":<offset>}, URL-encoded
                  .withRequestBody(matching(".*%22offset%22%3A" + offset + "(%2C|%7D).*"))
                  .willReturn(okJson("[" + String.join(",", items) + "]")));
    }
    // A create of a code ShopWeDo does not stock reads the whole list, and is refused.
    GraphQLClient.post(CREATE, Map.of("input", order("COST-0", "CODE-NONE")))
        .spec(
            MutationAnswer.refused(
                "createOrder", "order", List.of("input", "lines", "0", "sku"), "UNKNOWN_SKU"));
    assertThat(ShopwedoStubs.requests("getStock")).hasSize(3);
    ProviderServers.forgetRequests();
  }

  @Test
  void aSkuFilterAtShopwedoCostsTheCallsThatReadItsStockList() {
    GraphQLClient.post(ONE_FILTER)
        .body("errors", nullValue())
        .body("data.stockLevels.edges[0].node.sku", is("CODE-119"));
    assertThat(ShopwedoStubs.requests("getStock")).hasSize(3);

    // 17 such filters are 51 calls, past COMMERCE_QUERY_MAX_PROVIDER_CALLS (50).
    ProviderServers.forgetRequests();
    GraphQLClient.post(
            aliased(17, ONE_FILTER.strip().substring(1, ONE_FILTER.strip().length() - 1)))
        .statusCode(200)
        .body("data", nullValue())
        .body("errors[0].extensions.code", is("QUERY_TOO_COSTLY"));
    ProviderServers.assertNoneCalled();
  }

  @Test
  void aShopwedoCreateCostsItsWriteItsReadBackAndTheStockListRead() {
    // Each create: 2 + 3 calls; 10 of them are 50, 11 are past the limit.
    StringBuilder creates = new StringBuilder("mutation {");
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < 11; i++) {
      creates
          .append(" c")
          .append(i)
          .append(": createOrder(input: $i")
          .append(i)
          .append(") { order { id } }");
      variables.put("i" + i, order("COST-" + (i + 1), "CODE-1"));
    }
    creates.append(" }");
    StringBuilder declared = new StringBuilder("mutation (");
    for (int i = 0; i < 11; i++) {
      declared.append(i == 0 ? "" : ", ").append("$i").append(i).append(": CreateOrderInput!");
    }
    String document = declared + ")" + creates.substring("mutation".length());

    GraphQLClient.post(document, variables)
        .statusCode(200)
        .body("data", nullValue())
        .body("errors[0].extensions.code", is("QUERY_TOO_COSTLY"));
    ProviderServers.assertNoneCalled();
  }

  private static String aliased(int times, String field) {
    StringBuilder document = new StringBuilder("{");
    for (int i = 0; i < times; i++) {
      document.append(" a").append(i).append(": ").append(field.strip());
    }
    return document.append(" }").toString();
  }

  private static Map<String, Object> order(String reference, String sku) {
    return OrderInputs.shopwedoOrder(reference, sku, 1);
  }
}
