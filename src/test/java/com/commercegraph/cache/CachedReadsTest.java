package com.commercegraph.cache;

import static com.commercegraph.provider.recplus.RecplusStubs.PRODUCT_PATH;
import static com.commercegraph.provider.recplus.RecplusStubs.STOCK_CODE;
import static com.commercegraph.provider.recplus.RecplusStubs.STOCK_PATH;
import static com.commercegraph.provider.recplus.RecplusStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.NodeId;
import com.commercegraph.provider.recplus.RecplusStubs;
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

  private final WireMockServer recplus = RecplusStubs.server();

  @Test
  void aSecondIdenticalProductQueryCostsNoProviderCall() {
    RecplusStubs.productIs();

    JsonPath first = product();
    JsonPath second = product();

    assertThat(first.getString("data.product.sku")).isEqualTo("Sauce-1105410");
    assertThat(first.getInt("data.product.stock.onHand")).isEqualTo(1980);
    assertThat(second.getMap("data.product")).isEqualTo(first.getMap("data.product"));
    assertThat(requests(PRODUCT_PATH)).isEqualTo(1);
    assertThat(requests("/api/v1/stock")).isZero();
  }

  @Test
  void aSecondIdenticalStockQueryCostsNoProviderCall() {
    RecplusStubs.stockIs(84);

    assertThat(stockOnHand()).isEqualTo(84);
    assertThat(stockOnHand()).isEqualTo(84);

    assertThat(requests(STOCK_PATH)).isEqualTo(1);
  }

  @Test
  void batchedLinesAskOnlyForProductsAndStockNotSeenBefore() {
    RecplusStubs.productsByIds("58661,58662");
    RecplusStubs.productsByIds("58663");
    RecplusStubs.stockForCodes(Map.of("Sauce-1105410", 7, STOCK_CODE, 84));
    RecplusStubs.stockForCodes(Map.of("Sauce-gift-voucher", 3));
    RecplusStubs.ordersAre(RecplusStubs.orderWithProducts(200001, "58661", "58662"));

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
    RecplusStubs.ordersAre(RecplusStubs.orderWithProducts(200002, "58663", "58662"));

    JsonPath second = orderLines();

    assertThat(second.getList("errors")).isNull();
    assertThat(lineSkus(second)).containsExactlyInAnyOrder("Sauce-gift-voucher", STOCK_CODE);
    assertThat(second.getList("data.orders.edges.node.lines.flatten().product.stock.onHand"))
        .contains(3, 84);
    assertThat(requests("/api/v1/products")).isEqualTo(2);
    recplus.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/products"))
            .withQueryParam("ids", equalTo("58663")));
    assertThat(requests("/api/v1/stock")).isEqualTo(2);
    recplus.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/stock"))
            .withQueryParam("codes", equalTo("Sauce-gift-voucher")));
  }

  @Test
  void aFailedReadIsNotCached() {
    RecplusStubs.readAnswers(PRODUCT_PATH, aResponse().withStatus(500));

    JsonPath failed = product();

    assertThat(failed.getList("errors.extensions.code")).containsExactly("PROVIDER_UNAVAILABLE");
    int afterFailure = requests(PRODUCT_PATH);
    assertThat(afterFailure).isPositive();

    RecplusStubs.productIs();
    assertThat(product().getString("data.product.sku")).isEqualTo("Sauce-1105410");
    assertThat(product().getString("data.product.sku")).isEqualTo("Sauce-1105410");

    assertThat(requests(PRODUCT_PATH)).isEqualTo(afterFailure + 1);
  }

  @Test
  void aProductTheProviderDoesNotHaveIsAskedForAgain() {
    RecplusStubs.readAnswers(PRODUCT_PATH, RecplusStubs.notFound());

    assertThat(product().getMap("data")).containsEntry("product", null);
    assertThat(product().getMap("data")).containsEntry("product", null);

    assertThat(requests(PRODUCT_PATH)).isEqualTo(2);
  }

  @Test
  void hitsAndMissesAreCountedPerCacheWithoutIdsInTheirLabels() {
    RecplusStubs.productIs();
    RecplusStubs.stockIs(84);
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
    return GraphQLClient.answer(PRODUCT, Map.of("id", recplusId(EntityKind.PRODUCT, "58661")));
  }

  private static int stockOnHand() {
    return GraphQLClient.answerWithoutErrors(
            STOCK, Map.of("id", recplusId(EntityKind.STOCK_LEVEL, STOCK_CODE)))
        .getInt("data.node.onHand");
  }

  private static JsonPath orderLines() {
    return GraphQLClient.answer(ORDER_LINES, Map.of());
  }

  private static String recplusId(EntityKind kind, String nativeId) {
    return NodeId.encode(Provider.RECPLUS, kind, nativeId);
  }

  private static List<String> lineSkus(JsonPath page) {
    return page.<String>getList("data.orders.edges.node.lines.flatten().product.sku").stream()
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }
}
