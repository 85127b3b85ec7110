package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
class BatchedLookupPagesTest {

  private static final String PRODUCTS =
      """
      { products(filter: {providers: [RECPLUS]}, first: 3) {
          edges { node { sku stock { sku available } } } } }
      """;

  private static final String ORDER_LINES =
      """
      { orderByProviderId(provider: RECPLUS, providerId: "112312") {
          lines { sku product { providerId name } } } }
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

  @Test
  void productsOfOrderLinesOnALaterProviderPageAreReadNotLeftNull() {
    RecplusStubs.readAnswers(
        RecplusStubs.ORDERS + "/112312", okJson(RecplusStubs.payload("order.json")));
    List<String> products = ListStubs.elements(RecplusStubs.payload("products.json"), "products");
    String first =
        products.stream().filter(p -> p.contains("\"id\":58661")).findFirst().orElseThrow();
    String second =
        products.stream().filter(p -> p.contains("\"id\":58662")).findFirst().orElseThrow();
    RecplusStubs.server()
        .stubFor(
            get(urlPathEqualTo(RecplusStubs.API + "/products"))
                .withQueryParam("ids", equalTo("58661,58662"))
                .withQueryParam("offset", equalTo("0"))
                .willReturn(
                    okJson(productPage(0, "/products.json?ids=58661,58662&offset=1", first))));
    RecplusStubs.server()
        .stubFor(
            get(urlPathEqualTo(RecplusStubs.API + "/products"))
                .withQueryParam("ids", equalTo("58661,58662"))
                .withQueryParam("offset", equalTo("1"))
                .willReturn(okJson(productPage(1, null, second))));

    JsonPath answer = GraphQLClient.answer(ORDER_LINES, Map.of());

    assertThat(answer.getList("errors")).isNull();
    assertThat(answer.getList("data.orderByProviderId.lines.product.providerId"))
        .containsExactly("58661", "58662");
    RecplusStubs.server()
        .verify(2, getRequestedFor(urlPathEqualTo(RecplusStubs.API + "/products")));
  }

  /** A product page as a REC+ site that caps its limit at 1 answers it. */
  private static String productPage(int offset, String next, String product) {
    return """
        {"products": [%s], "count": 1, "total_count": 2,
         "paging": {"offset": %d, "limit": 1, "next_page_href": %s}}
        """
        .formatted(product, offset, next == null ? "null" : "\"" + next + "\"");
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
