package com.commercegraph.cache;

import static com.commercegraph.graphql.OrderInputs.line;
import static com.commercegraph.provider.recplus.RecplusStubs.PRODUCT_PATH;
import static com.commercegraph.provider.recplus.RecplusStubs.STOCK_CODE;
import static com.commercegraph.provider.recplus.RecplusStubs.STOCK_PATH;
import static com.commercegraph.provider.recplus.RecplusStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.NodeId;
import com.commercegraph.graphql.OrderInputs;
import com.commercegraph.graphql.RecplusWriteWarmUp;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes drop what they may change, and the next read goes to the provider: REC+ stock writes
 * (applied, unanswered, dry runs), a Veeqo order, a ShopWeDo cancel, a Veeqo channel sellable.
 */
@QuarkusTest
class CacheInvalidationTest {

  private static final String SET_STOCK =
      """
      mutation ($sku: String!, $onHand: Int!, $dryRun: Boolean) {
        setStockLevel(provider: RECPLUS, sku: $sku, onHand: $onHand, dryRun: $dryRun) {
          stockLevel { onHand } diff userErrors { code }
        }
      }
      """;

  private static final String STOCK =
      """
      query ($id: ID!) { node(id: $id) { ... on StockLevel { sku onHand } } }
      """;

  private static final String PRODUCT =
      """
      query ($id: ID!) { product(id: $id) { sku stock { onHand available } } }
      """;

  /** veeqo/products/show.json: product 8636420 with sellables 14144703 and 14144702. */
  private static final String VEEQO_PRODUCT_PATH = "/products/8636420";

  private final WireMockServer recplus = RecplusStubs.server();
  private final WireMockServer veeqo = VeeqoStubs.server();

  @BeforeEach
  void warmUp() {
    RecplusWriteWarmUp.once();
  }

  @Test
  void setStockLevelDropsTheLevelAndTheNextReadShowsTheNewCount() {
    RecplusStubs.stockIs(84);
    assertThat(onHand()).isEqualTo(84);
    assertThat(onHand()).isEqualTo(84);
    assertThat(requests(STOCK_PATH)).isEqualTo(1);

    RecplusStubs.writeAnswers(STOCK_PATH, aResponse().withStatus(204));
    RecplusStubs.stockIs(3);
    JsonPath written = setStock(STOCK_CODE, 3, false);

    assertThat(written.getList("errors")).isNull();
    assertThat(written.getInt("data.setStockLevel.stockLevel.onHand")).isEqualTo(3);
    // The write reads the level back; that answer is not cached as a read.
    assertThat(requests(STOCK_PATH)).isEqualTo(2);
    assertThat(onHand()).isEqualTo(3);
    assertThat(requests(STOCK_PATH)).isEqualTo(3);
    assertThat(onHand()).isEqualTo(3);
    assertThat(requests(STOCK_PATH)).isEqualTo(3);
  }

  @Test
  void aDryRunKeepsTheCache() {
    RecplusStubs.stockIs(84);
    assertThat(onHand()).isEqualTo(84);
    recplus.stubFor(
        post(urlPathEqualTo(STOCK_PATH))
            .withQueryParam("diffOnly", equalTo("true"))
            .willReturn(okJson("{\"stock\": {\"from\": 84, \"to\": 3}}")));

    JsonPath dryRun = setStock(STOCK_CODE, 3, true);

    assertThat(dryRun.getList("errors")).isNull();
    assertThat(dryRun.getString("data.setStockLevel.diff")).isNotNull();
    int afterDryRun = requests(STOCK_PATH);
    assertThat(onHand()).isEqualTo(84);
    assertThat(requests(STOCK_PATH)).isEqualTo(afterDryRun);
  }

  @Test
  void aStockWriteWithoutAnAnswerStillDropsTheLevel() {
    RecplusStubs.stockIs(84);
    assertThat(onHand()).isEqualTo(84);
    RecplusStubs.writeAnswers(STOCK_PATH, aResponse().withStatus(204).withFixedDelay(1500));

    JsonPath unknown = setStock(STOCK_CODE, 3, false);

    assertThat(unknown.getList("errors.extensions.code")).containsExactly("OUTCOME_UNKNOWN");
    recplus.verify(1, postRequestedFor(urlPathEqualTo(STOCK_PATH)));
    RecplusStubs.stockIs(3);
    assertThat(onHand()).isEqualTo(3);
    assertThat(requests(STOCK_PATH)).isEqualTo(2);
  }

  @Test
  void aStockWriteDropsTheProductsThatCarryStock() {
    RecplusStubs.productIs();
    assertThat(recplusProduct().getInt("data.product.stock.onHand")).isEqualTo(1980);
    recplusProduct();
    assertThat(requests(PRODUCT_PATH)).isEqualTo(1);
    // A variation's code: REC+ sums variations into the product's stock.qty (recplus-api.txt).
    String variation = "Sauce-1105410-yes-yes";
    String variationPath = RecplusStubs.API + "/stock/" + variation;
    RecplusStubs.writeAnswers(variationPath, aResponse().withStatus(204));
    RecplusStubs.readAnswers(
        variationPath, okJson("{\"code\": \"" + variation + "\", \"stock\": 5}"));

    assertThat(setStock(variation, 5, false).getList("errors")).isNull();

    recplusProduct();
    assertThat(requests(PRODUCT_PATH)).isEqualTo(2);
  }

  @Test
  void aVeeqoOrderDropsVeeqoStockAndTheProductsCarryingItButNothingElsewhere() {
    veeqo.stubFor(
        get(urlPathEqualTo(VEEQO_PRODUCT_PATH))
            .willReturn(okJson(VeeqoStubs.payload("products/show.json"))));
    RecplusStubs.productIs();
    veeqoProduct("14144703");
    recplusProduct();
    veeqoProduct("14144703");
    assertThat(veeqoProductReads()).isEqualTo(1);

    VeeqoStubs.noOrders();
    VeeqoStubs.orderCreated("cache-0001");
    JsonPath created =
        GraphQLClient.answerWithoutErrors(
            """
            mutation ($input: CreateOrderInput!) {
              createOrder(input: $input) { order { provider } userErrors { code } }
            }
            """,
            Map.of("input", veeqoOrder("cache-0001")));
    assertThat(created.getString("data.createOrder.order.provider")).isEqualTo("VEEQO");

    veeqoProduct("14144703");
    recplusProduct();
    assertThat(veeqoProductReads()).isEqualTo(2);
    assertThat(requests(PRODUCT_PATH)).isEqualTo(1);
  }

  @Test
  void aShopwedoCancelDropsShopwedoStockAndSoItsProducts() {
    ShopwedoStubs.answers("getProducts", ShopwedoStubs.answer(200, "get-products.json"));
    String product = NodeId.encode(Provider.SHOPWEDO, EntityKind.PRODUCT, "801");
    assertThat(read(PRODUCT, product).getInt("data.product.stock.available")).isEqualTo(95);
    read(PRODUCT, product);
    assertThat(ShopwedoStubs.requests("getProducts")).hasSize(1);
    ShopwedoStubs.answers("cancelOrder", aResponse().withStatus(200));
    ShopwedoStubs.answers("getOrder", ShopwedoStubs.answer(200, "get-order-cancelled.json"));

    JsonPath cancelled =
        GraphQLClient.answer(
            "mutation ($id: ID!) { cancelOrder(id: $id) { order { status } } }",
            Map.of("id", NodeId.encode(Provider.SHOPWEDO, EntityKind.ORDER, "123")));
    assertThat(cancelled.getString("data.cancelOrder.order.status")).isEqualTo("CANCELLED");

    read(PRODUCT, product);
    assertThat(ShopwedoStubs.requests("getProducts")).hasSize(2);
  }

  @Test
  void linkingAChannelSellableDropsThatSellablesProductOnly() {
    veeqo.stubFor(
        get(urlPathEqualTo(VEEQO_PRODUCT_PATH))
            .willReturn(okJson(VeeqoStubs.payload("products/show.json"))));
    veeqoProduct("14144703");
    veeqoProduct("14144702");
    assertThat(veeqoProductReads()).isEqualTo(2);
    VeeqoStubs.linkSellableAnswers(
        okJson(VeeqoStubs.payload("channel_sellables/create-response.json")));

    GraphQLClient.answerWithoutErrors(
        """
        mutation ($input: ChannelSellableInput!) {
          linkChannelSellable(input: $input) { channelSellable { id } userErrors { code } }
        }
        """,
        Map.of(
            "input",
            Map.of(
                "channelId",
                veeqoId(EntityKind.CHANNEL, "1234567"),
                "sellableId",
                "14144703",
                "remoteId",
                "B0EXAMPLE123",
                "remoteTitle",
                "Dog toy")));

    veeqoProduct("14144703");
    veeqoProduct("14144702");
    assertThat(veeqoProductReads()).isEqualTo(3);
  }

  private static int onHand() {
    return read(STOCK, NodeId.encode(Provider.RECPLUS, EntityKind.STOCK_LEVEL, STOCK_CODE))
        .getInt("data.node.onHand");
  }

  private static JsonPath setStock(String sku, int onHand, boolean dryRun) {
    return GraphQLClient.answer(SET_STOCK, Map.of("sku", sku, "onHand", onHand, "dryRun", dryRun));
  }

  private static JsonPath recplusProduct() {
    return read(PRODUCT, NodeId.encode(Provider.RECPLUS, EntityKind.PRODUCT, "58661"));
  }

  private static void veeqoProduct(String sellableId) {
    JsonPath answer = read(PRODUCT, veeqoId(EntityKind.PRODUCT, "8636420/" + sellableId));
    assertThat(answer.getString("data.product.sku")).isNotNull();
  }

  private int veeqoProductReads() {
    return veeqo.findAll(getRequestedFor(urlPathEqualTo(VEEQO_PRODUCT_PATH))).size();
  }

  private static String veeqoId(EntityKind kind, String nativeId) {
    return NodeId.encode(Provider.VEEQO, kind, nativeId);
  }

  private static JsonPath read(String query, String id) {
    return GraphQLClient.answerWithoutErrors(query, Map.of("id", id));
  }

  /** The Amazon order for Veeqo, of a product the test has read. */
  private static Map<String, Object> veeqoOrder(String reference) {
    Map<String, Object> input = OrderInputs.veeqoAmazonOrder(reference);
    input.put("lines", List.of(line("14144703", 1, "25.00", "USD")));
    return input;
  }
}
