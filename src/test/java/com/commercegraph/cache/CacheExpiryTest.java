package com.commercegraph.cache;

import static com.commercegraph.provider.recplus.RecplusStubs.PRODUCT_PATH;
import static com.commercegraph.provider.recplus.RecplusStubs.STOCK_CODE;
import static com.commercegraph.provider.recplus.RecplusStubs.STOCK_PATH;
import static com.commercegraph.provider.recplus.RecplusStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.NodeId;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cached answers expire after their TTL, set short here: an entry is read again from the provider
 * once its TTL has passed, and a product's own stock goes with the stock TTL, not the product's.
 */
@QuarkusTest
@TestProfile(CacheExpiryTest.ShortTtls.class)
class CacheExpiryTest {

  static final Duration PRODUCT_TTL = Duration.ofSeconds(5);
  static final Duration STOCK_TTL = Duration.ofSeconds(2);

  /** TTLs of seconds, through the same settings an operator uses. */
  public static class ShortTtls implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "commerce.cache.product-ttl", PRODUCT_TTL.toSeconds() + "s",
          "commerce.cache.stock-ttl", STOCK_TTL.toSeconds() + "s");
    }
  }

  private static final String PRODUCT =
      """
      query ($id: ID!) { product(id: $id) { sku stock { onHand } } }
      """;

  private static final String SKU_ONLY =
      """
      query ($id: ID!) { product(id: $id) { sku } }
      """;

  private static final String STOCK =
      """
      query ($id: ID!) { node(id: $id) { ... on StockLevel { onHand } } }
      """;

  @BeforeEach
  void reset() {
    // A fresh app's first answer can take seconds on a busy machine: not inside a TTL's timing.
    GraphQLClient.post("{ providers { provider } }").statusCode(200);
  }

  @Test
  void aStockLevelIsReadAgainOnceTheStockTtlHasPassed() {
    RecplusStubs.stockIs(84);
    String id = recplusId(EntityKind.STOCK_LEVEL, STOCK_CODE);
    long beforeFirstRead = System.nanoTime();
    read(STOCK, id);
    read(STOCK, id);
    assertThat(requests(STOCK_PATH)).isEqualTo(1);

    readUntilAskedAgain(STOCK, id, STOCK_PATH);

    assertThat(since(beforeFirstRead)).isGreaterThanOrEqualTo(STOCK_TTL);
  }

  @Test
  void aProductsOwnStockExpiresWithTheStockTtlAndTheProductIsReadAgain() {
    RecplusStubs.productIs();
    long beforeFirstRead = System.nanoTime();
    assertThat(read(PRODUCT, productId()).getInt("data.product.stock.onHand")).isEqualTo(1980);
    long afterFirstRead = System.nanoTime();

    readUntilAskedAgain(PRODUCT, productId(), PRODUCT_PATH);

    assertThat(since(beforeFirstRead)).isGreaterThanOrEqualTo(STOCK_TTL);
    assertThat(since(afterFirstRead)).isLessThan(PRODUCT_TTL);
  }

  @Test
  void aProductWithoutStockLivesForTheProductTtl() {
    RecplusStubs.readAnswers(
        PRODUCT_PATH,
        okJson(RecplusStubs.payload("product.json").replace("\"qty\": 1980", "\"qty\": null")));
    long beforeFirstRead = System.nanoTime();
    assertThat(read(SKU_ONLY, productId()).getString("data.product.sku"))
        .isEqualTo("Sauce-1105410");

    readUntilAskedAgain(SKU_ONLY, productId(), PRODUCT_PATH);

    assertThat(since(beforeFirstRead)).isGreaterThanOrEqualTo(PRODUCT_TTL);
  }

  /** Reads until the provider is asked a second time, and not a third. */
  private static void readUntilAskedAgain(String query, String id, String path) {
    await()
        .atMost(PRODUCT_TTL.multipliedBy(3))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              read(query, id);
              return requests(path) > 1;
            });
    assertThat(requests(path)).isEqualTo(2);
  }

  private static Duration since(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos);
  }

  private static String productId() {
    return recplusId(EntityKind.PRODUCT, "58661");
  }

  private static JsonPath read(String query, String id) {
    return GraphQLClient.answerWithoutErrors(query, Map.of("id", id));
  }

  private static String recplusId(EntityKind kind, String nativeId) {
    return NodeId.encode(Provider.RECPLUS, kind, nativeId);
  }
}
