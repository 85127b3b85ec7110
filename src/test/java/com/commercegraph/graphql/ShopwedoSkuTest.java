package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code sku} is the merchant's code at ShopWeDo too (its stock item's {@code reference}); the
 * stock item's numeric id is the level's {@code providerId}. A SKU filter finds ShopWeDo's stock
 * next to the other providers', and ShopWeDo order lines show the codes of their stock items.
 */
@QuarkusTest
class ShopwedoSkuTest {

  private static final String STOCK =
      """
      query Stock($skus: [String!]) {
        stockLevels(filter: {skus: $skus, providers: [RECPLUS, SHOPWEDO]}) {
          edges { node { provider providerId sku onHand available } } }
      }
      """;

  private static final String ORDER =
      """
      { orderByProviderId(provider: SHOPWEDO, providerId: "123") { lines { sku quantity } } }
      """;

  @Test
  void aSkuFilterFindsShopwedoStockByTheMerchantsCode() {
    ShopwedoStubs.answers("getStock", okJson(ShopwedoStubs.payload("get-stock.json")));
    RecplusStubs.stockForCodes(Map.of("5412345000028", 3));

    JsonPath answer = GraphQLClient.answer(STOCK, Map.of("skus", List.of("5412345000028")));

    assertThat(answer.getList("errors")).isNull();
    List<Map<String, Object>> levels = answer.getList("data.stockLevels.edges.node");
    assertThat(levels)
        .filteredOn(level -> "SHOPWEDO".equals(level.get("provider")))
        .singleElement()
        .satisfies(
            level -> {
              assertThat(level).containsEntry("providerId", "5002");
              assertThat(level).containsEntry("sku", "5412345000028");
              assertThat(level).containsEntry("onHand", 0);
            });
    assertThat(levels).extracting(level -> level.get("sku")).containsOnly("5412345000028");
    assertThat(levels).extracting(level -> level.get("provider")).contains("RECPLUS");
    // getStock cannot filter by the merchant's code: the stock list is read and matched.
    assertThat(ShopwedoStubs.data(ShopwedoStubs.requests("getStock").get(0)).has("sku")).isFalse();
  }

  @Test
  void orderLinesShowTheCodesOfTheirStockItemsLookedUpOncePerItem() {
    ShopwedoStubs.answers("getOrder", okJson(ShopwedoStubs.payload("get-order.json")));

    for (int read = 0; read < 2; read++) {
      JsonPath answer = GraphQLClient.answer(ORDER, Map.of());
      assertThat(answer.getList("errors")).isNull();
      assertThat(answer.getList("data.orderByProviderId.lines.sku"))
          .containsExactly("5412345000011", "5412345000028");
    }

    assertThat(ShopwedoStubs.requests("getOrder")).hasSize(2);
    // One getStock per stock item, by its id, then kept: the second read asks none.
    assertThat(ShopwedoStubs.requests("getStock"))
        .extracting(request -> ShopwedoStubs.data(request).get("sku").asLong())
        .containsExactlyInAnyOrder(5001L, 5002L);
  }
}
