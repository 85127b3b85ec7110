package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code products}, {@code product}, {@code stockLevels}, and the batched {@code OrderLine.product}
 * and {@code Product.stock}, against each provider's documented payloads.
 */
@QuarkusTest
class CatalogQueryTest {

  private static final String PRODUCTS =
      """
      query Products($filter: ProductFilter, $first: Int, $after: String) {
        products(filter: $filter, first: $first, after: $after) {
          edges { cursor node { id provider providerId sku name price { amount currencyCode }
                                stock { id sku onHand available } } }
          pageInfo { hasNextPage endCursor }
        }
      }
      """;

  private final WireMockServer veeqo = VeeqoStubs.server();
  private final WireMockServer recplus = RecplusStubs.server();

  @BeforeEach
  void catalogues() {
    // Veeqo's catalogue pages by page and page_size, whatever size the gateway asks for.
    ListStubs.veeqoProducts(veeqo, ListStubs.elements(VeeqoStubs.payload("products/index.json")));
    veeqo.stubFor(
        get(urlPathEqualTo("/products/8636420"))
            .willReturn(okJson(VeeqoStubs.payload("products/show.json"))));
    RecplusStubs.readAnswers("/api/v1/stock", okJson(RecplusStubs.payload("stock.json")));
    // Products by id: all of them, the gateway keeps those asked for.
    recplus.stubFor(
        get(urlPathEqualTo("/api/v1/products"))
            .willReturn(
                okJson(
                    RecplusStubs.payload("products.json")
                        .replace("\"total_count\": 83", "\"total_count\": 3")
                        .replace(
                            "\"next_page_href\": \"\\/products.json?fields=&identifier=&limit=25&offset=25\"",
                            "\"next_page_href\": null"))));
    // The catalogue's pages by limit and offset.
    ListStubs.recplusProducts(
        recplus, ListStubs.elements(RecplusStubs.payload("products.json"), "products"));
    ShopwedoStubs.answers("getProducts", okJson(ShopwedoStubs.payload("get-products.json")));
  }

  @Test
  void productsListEveryCatalogueProviderAfterProviderWithStockInOneCallPerProviderAtMost() {
    JsonPath page = products(Map.of("first", 100));

    assertThat(page.getList("errors")).isNull();
    List<String> providers = page.getList("data.products.edges.node.provider");
    assertThat(providers).startsWith("VEEQO").endsWith("SHOPWEDO").contains("RECPLUS");
    assertThat(providers).doesNotContain("VEEPE");
    assertThat(page.getList("data.products.edges.node.sku"))
        .contains("g-dog-2", "Sauce-997706", "5412345000011");
    int dog = page.getList("data.products.edges.node.sku").indexOf("g-dog-2");
    assertThat(page.getString("data.products.edges[" + dog + "].node.providerId"))
        .isEqualTo("8636420/14144703");
    int coffee = page.getList("data.products.edges.node.sku").indexOf("5412345000011");
    assertThat(page.getInt("data.products.edges[" + coffee + "].node.stock.available"))
        .isEqualTo(95);
    assertThat(page.getString("data.products.edges[" + coffee + "].node.price.amount"))
        .isEqualTo("24.79");
    // Veeqo and ShopWeDo send stock with their products; REC+'s list does not, so its stock
    // costs one call for all its codes.
    recplus.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/stock"))
            .withQueryParam("codes", equalTo("Sauce-1105410,Sauce-997706,Sauce-gift-voucher")));
    assertThat(ShopwedoStubs.requests("getStock")).isEmpty();
    assertThat(VeepeStubs.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void searchGoesToTheProvidersThatCanSearchAndIsAppliedToTheOthers() {
    JsonPath page = products(Map.of("filter", Map.of("search", "sauce")));

    assertThat(page.getList("data.products.edges.node.provider")).containsOnly("RECPLUS");
    veeqo.verify(
        getRequestedFor(urlPathEqualTo("/products")).withQueryParam("query", equalTo("sauce")));
    recplus.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/products")).withQueryParam("q", equalTo("sauce")));
  }

  @Test
  void pagingThroughProductsGivesEachOnceAndAProductIdRoundTrips() {
    List<String> all = ids(products(Map.of("first", 100)));
    List<String> walked = new ArrayList<>();
    String after = null;
    for (int pages = 0; pages < 20; pages++) {
      Map<String, Object> variables =
          after == null ? Map.of("first", 4) : Map.of("first", 4, "after", after);
      JsonPath page = products(variables);
      walked.addAll(ids(page));
      if (!page.getBoolean("data.products.pageInfo.hasNextPage")) {
        break;
      }
      after = page.getString("data.products.pageInfo.endCursor");
    }
    assertThat(walked).containsExactlyElementsOf(all);

    String veeqoId = all.get(0);
    GraphQLClient.post(
            "query P($id: ID!) { product(id: $id) { id sku } node(id: $id) { id } }",
            Map.of("id", veeqoId))
        .statusCode(200)
        .body("errors", org.hamcrest.Matchers.nullValue())
        .body("data.product.id", org.hamcrest.Matchers.is(veeqoId))
        .body("data.node.id", org.hamcrest.Matchers.is(veeqoId));
    veeqo.verify(getRequestedFor(urlPathEqualTo("/products/8636420")));
  }

  @Test
  void aFailingCatalogueCostsOnlyItsOwnProducts() {
    ShopwedoStubs.server().resetAll();
    ShopwedoStubs.answers("getProducts", aResponse().withStatus(503));

    JsonPath page = products(Map.of("first", 100));

    assertThat(page.getList("data.products.edges.node.provider")).contains("VEEQO", "RECPLUS");
    assertThat(page.getList("data.products.edges.node.provider")).doesNotContain("SHOPWEDO");
    assertThat(page.getList("errors.extensions.provider")).containsExactly("SHOPWEDO");
    assertThat(page.getList("errors.extensions.code")).containsExactly("PROVIDER_UNAVAILABLE");
  }

  @Test
  void stockLevelsForSkusAskRecplusForThoseCodesOnly() {
    JsonPath page =
        GraphQLClient.post(
                """
                query S($filter: StockFilter) {
                  stockLevels(filter: $filter) { edges { node { id provider sku onHand available } } }
                }
                """,
                Map.of(
                    "filter",
                    Map.of(
                        "providers",
                        List.of("RECPLUS"),
                        "skus",
                        List.of("Sauce-997706", "Sauce-1105410-yes-yes"))))
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(page.getList("errors")).isNull();
    assertThat(page.getList("data.stockLevels.edges.node.sku"))
        .containsExactlyInAnyOrder("Sauce-997706", "Sauce-1105410-yes-yes");
    recplus.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/stock"))
            .withQueryParam("codes", equalTo("Sauce-1105410-yes-yes,Sauce-997706")));
    assertThat(veeqo.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void fiftyOrdersCostOneProductCallPerProviderAndVeeqoLinesNone() {
    RecplusStubs.ordersAre(
        IntStream.range(0, 50)
            .mapToObj(i -> RecplusStubs.orderWithId(200000 + i))
            .toArray(String[]::new));
    VeeqoStubs.ordersAnswer(okJson("[" + VeeqoStubs.payload("orders/show.json") + "]"));

    JsonPath page =
        GraphQLClient.post(
                """
                { orders(first: 51, filter: {providers: [RECPLUS, VEEQO]}) {
                    edges { node { provider lines { sku product { id sku name stock { available } } } } } } }
                """)
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(page.getList("errors")).isNull();
    assertThat(page.getList("data.orders.edges")).hasSize(51);
    List<String> productSkus = page.getList("data.orders.edges.node.lines.flatten().product.sku");
    assertThat(productSkus).contains("Sauce-1105410", "Sauce-997706", "g-dog-2", "M2IEG-B");
    recplus.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/products")));
    recplus.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/products"))
            .withQueryParam("ids", equalTo("58661,58662")));
    veeqo.verify(0, getRequestedFor(urlPathEqualTo("/products")));
    recplus.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/stock")));
  }

  @Test
  void aFailingProductLookUpNamesItsProviderOnItsLinesAndKeepsEverythingElse() {
    RecplusStubs.ordersAre(RecplusStubs.payload("order.json"));
    RecplusStubs.readAnswers("/api/v1/products", aResponse().withStatus(500));
    VeeqoStubs.ordersAnswer(okJson("[" + VeeqoStubs.payload("orders/show.json") + "]"));

    JsonPath page =
        GraphQLClient.post(
                """
                { orders(filter: {providers: [RECPLUS, VEEQO]}) {
                    edges { node { provider lines { sku product { sku } } } } } }
                """)
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(page.getList("data.orders.edges")).hasSize(2);
    assertThat(page.getList("data.orders.edges.node.lines.flatten().product.sku"))
        .contains("g-dog-2", "M2IEG-B");
    assertThat(page.getList("errors.extensions.provider")).isNotEmpty().containsOnly("RECPLUS");
    assertThat(page.getList("errors.extensions.code")).containsOnly("PROVIDER_UNAVAILABLE");
    assertThat(page.getList("errors.path").toString()).contains("lines", "product");
  }

  private static List<String> ids(JsonPath page) {
    return page.getList("data.products.edges.node.id");
  }

  private static JsonPath products(Map<String, Object> variables) {
    return GraphQLClient.post(PRODUCTS, variables).statusCode(200).extract().jsonPath();
  }
}
