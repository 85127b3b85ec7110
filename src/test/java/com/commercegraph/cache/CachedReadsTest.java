package com.commercegraph.cache;

import static com.commercegraph.cache.RecplusCatalogStubs.PRODUCT_PATH;
import static com.commercegraph.cache.RecplusCatalogStubs.STOCK_CODE;
import static com.commercegraph.cache.RecplusCatalogStubs.STOCK_PATH;
import static com.commercegraph.cache.RecplusCatalogStubs.nodeId;
import static com.commercegraph.cache.RecplusCatalogStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Product and stock reads served from the caches, proven by the requests REC+ receives: by id, and
 * in the batches behind {@code OrderLine.product} and {@code Product.stock}.
 */
@QuarkusTest
class CachedReadsTest {

  private static final String PRODUCT =
      """
      query ($id: ID!) { product(id: $id) { id sku name price { amount } stock { onHand } } }
      """;

  private static final String STOCK =
      """
      query ($id: ID!) { node(id: $id) { ... on StockLevel { sku onHand } } }
      """;

  private static final String ORDER_LINES =
      """
      { orders(filter: {providers: [RECPLUS]}) {
          edges { node { providerId lines { product { providerId sku stock { onHand } } } } } } }
      """;

  private final WireMockServer recplus = ProviderServers.of(Provider.RECPLUS);

  @Test
  void aSecondIdenticalProductQueryCostsNoProviderCall() {
    RecplusCatalogStubs.productIs(recplus);

    JsonPath first = product();
    JsonPath second = product();

    assertThat(first.getString("data.product.sku")).isEqualTo("Sauce-1105410");
    assertThat(first.getInt("data.product.stock.onHand")).isEqualTo(1980);
    assertThat(second.getMap("data.product")).isEqualTo(first.getMap("data.product"));
    assertThat(requests(recplus, PRODUCT_PATH)).isEqualTo(1);
    assertThat(requests(recplus, "/api/v1/stock")).isZero();
  }

  @Test
  void aSecondIdenticalStockQueryCostsNoProviderCall() {
    RecplusCatalogStubs.stockIs(recplus, 84);

    assertThat(stockOnHand()).isEqualTo(84);
    assertThat(stockOnHand()).isEqualTo(84);

    assertThat(requests(recplus, STOCK_PATH)).isEqualTo(1);
  }

  @Test
  void batchedLinesAskOnlyForProductsAndStockNotSeenBefore() {
    RecplusCatalogStubs.productsByIds(recplus, "58661,58662");
    RecplusCatalogStubs.productsByIds(recplus, "58663");
    RecplusCatalogStubs.stockForCodes(recplus, Map.of("Sauce-1105410", 7, STOCK_CODE, 84));
    RecplusCatalogStubs.stockForCodes(recplus, Map.of("Sauce-gift-voucher", 3));
    RecplusCatalogStubs.ordersAre(
        recplus, RecplusCatalogStubs.orderWithProducts(200001, "58661", "58662"));

    JsonPath first = orderLines();

    assertThat(first.getList("errors")).isNull();
    assertThat(lineSkus(first)).containsExactlyInAnyOrder("Sauce-1105410", STOCK_CODE);
    recplus.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/products"))
            .withQueryParam("ids", equalTo("58661,58662")));
    recplus.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/stock"))
            .withQueryParam("codes", equalTo("Sauce-1105410," + STOCK_CODE)));

    // A second page: one product (and its stock) seen before, one new.
    RecplusCatalogStubs.ordersAre(
        recplus, RecplusCatalogStubs.orderWithProducts(200002, "58663", "58662"));

    JsonPath second = orderLines();

    assertThat(second.getList("errors")).isNull();
    assertThat(lineSkus(second)).containsExactlyInAnyOrder("Sauce-gift-voucher", STOCK_CODE);
    assertThat(second.getList("data.orders.edges.node.lines.flatten().product.stock.onHand"))
        .contains(3, 84);
    assertThat(requests(recplus, "/api/v1/products")).isEqualTo(2);
    recplus.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/products"))
            .withQueryParam("ids", equalTo("58663")));
    assertThat(requests(recplus, "/api/v1/stock")).isEqualTo(2);
    recplus.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/stock"))
            .withQueryParam("codes", equalTo("Sauce-gift-voucher")));
  }

  @Test
  void aFailedReadIsNotCached() {
    recplus.stubFor(get(urlPathEqualTo(PRODUCT_PATH)).willReturn(aResponse().withStatus(500)));

    JsonPath failed = product();

    assertThat(failed.getList("errors.extensions.code")).containsExactly("PROVIDER_UNAVAILABLE");
    int afterFailure = requests(recplus, PRODUCT_PATH);
    assertThat(afterFailure).isPositive();

    RecplusCatalogStubs.productIs(recplus);
    assertThat(product().getString("data.product.sku")).isEqualTo("Sauce-1105410");
    assertThat(product().getString("data.product.sku")).isEqualTo("Sauce-1105410");

    assertThat(requests(recplus, PRODUCT_PATH)).isEqualTo(afterFailure + 1);
  }

  @Test
  void aProductTheProviderDoesNotHaveIsAskedForAgain() {
    recplus.stubFor(get(urlPathEqualTo(PRODUCT_PATH)).willReturn(RecplusCatalogStubs.notFound()));

    assertThat(product().getMap("data")).containsEntry("product", null);
    assertThat(product().getMap("data")).containsEntry("product", null);

    assertThat(requests(recplus, PRODUCT_PATH)).isEqualTo(2);
  }

  @Test
  void hitsAndMissesAreCountedPerCacheWithoutIdsInTheirLabels() {
    RecplusCatalogStubs.productIs(recplus);
    RecplusCatalogStubs.stockIs(recplus, 84);
    CacheMetrics before = CacheMetrics.read();

    product();
    product();
    product();
    stockOnHand();
    stockOnHand();

    CacheMetrics after = CacheMetrics.read();
    assertThat(after.gets("products", "miss") - before.gets("products", "miss")).isEqualTo(1);
    assertThat(after.gets("products", "hit") - before.gets("products", "hit")).isEqualTo(2);
    // Stock: the product's own stock is looked up with each product hit, the level by id twice.
    assertThat(after.gets("stock-levels", "hit") - before.gets("stock-levels", "hit")).isEqualTo(3);
    assertThat(after.gets("stock-levels", "miss") - before.gets("stock-levels", "miss"))
        .isEqualTo(1);
    assertThat(after.text()).doesNotContain("58661", STOCK_CODE, "Sauce-1105410");
  }

  private static JsonPath product() {
    return GraphQLClient.post(PRODUCT, Map.of("id", nodeId(EntityKind.PRODUCT, "58661")))
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static int stockOnHand() {
    JsonPath answer =
        GraphQLClient.post(STOCK, Map.of("id", nodeId(EntityKind.STOCK_LEVEL, STOCK_CODE)))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("errors")).isNull();
    return answer.getInt("data.node.onHand");
  }

  private static JsonPath orderLines() {
    return GraphQLClient.post(ORDER_LINES).statusCode(200).extract().jsonPath();
  }

  private static List<String> lineSkus(JsonPath page) {
    return page.<String>getList("data.orders.edges.node.lines.flatten().product.sku").stream()
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }
}
