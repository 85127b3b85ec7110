package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.recplus.RecplusStubs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A batched stock look-up reads every page the provider needs for it: a REC+ site that caps {@code
 * limit} below what the gateway asks answers the codes over two pages, and every product still gets
 * its stock, none a silent null.
 */
@QuarkusTest
class BatchedStockPagesTest {

  private static final String PRODUCTS =
      """
      { products(filter: {providers: [RECPLUS]}, first: 3) {
          edges { node { sku stock { sku available } } } } }
      """;

  private static final String CODES = "Sauce-1105410,Sauce-997706,Sauce-gift-voucher";

  @Test
  void stockOfProductsOnALaterProviderPageIsReadNotLeftNull() {
    ListStubs.recplusProducts(
        RecplusStubs.server(),
        ListStubs.elements(RecplusStubs.payload("products.json"), "products"));
    RecplusStubs.readAnswers(
        RecplusStubs.API + "/stock",
        okJson(
            stockPage(
                0,
                "/stock.json?codes=" + CODES + "&limit=2&offset=2",
                level("Sauce-1105410", 981),
                level("Sauce-997706", 84))),
        okJson(stockPage(2, null, level("Sauce-gift-voucher", 7))));

    JsonPath answer = GraphQLClient.answer(PRODUCTS, Map.of());

    assertThat(answer.getList("errors")).isNull();
    List<Map<String, Object>> products = answer.getList("data.products.edges.node");
    assertThat(products).hasSize(3).allSatisfy(p -> assertThat(p.get("stock")).isNotNull());
    assertThat(answer.getList("data.products.edges.node.stock.available"))
        .containsExactlyInAnyOrder(981, 84, 7);
    List<com.github.tomakehurst.wiremock.verification.LoggedRequest> reads =
        RecplusStubs.server()
            .findAll(
                getRequestedFor(urlPathEqualTo(RecplusStubs.API + "/stock"))
                    .withQueryParam("codes", equalTo(CODES)));
    assertThat(reads).hasSize(2);
    assertThat(reads.get(0).queryParameter("offset").firstValue()).isEqualTo("0");
    assertThat(reads.get(1).queryParameter("offset").firstValue()).isEqualTo("2");
  }

  private static String level(String code, int stock) {
    return """
        {"code": "%s", "stock": %d, "cost": ""}"""
        .formatted(code, stock);
  }

  /** A page as a REC+ site that caps its limit at 2 answers it. */
  private static String stockPage(int offset, String next, String... levels) {
    return """
        {"stock": [%s], "count": %d, "total_count": 3,
         "paging": {"offset": %d, "limit": 2, "next_page_href": %s}}
        """
        .formatted(
            String.join(",", levels),
            levels.length,
            offset,
            next == null ? "null" : "\"" + next + "\"");
  }
}
