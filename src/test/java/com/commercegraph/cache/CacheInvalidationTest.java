package com.commercegraph.cache;

import static com.commercegraph.cache.RecplusCatalogStubs.PRODUCT_PATH;
import static com.commercegraph.cache.RecplusCatalogStubs.STOCK_CODE;
import static com.commercegraph.cache.RecplusCatalogStubs.STOCK_PATH;
import static com.commercegraph.cache.RecplusCatalogStubs.nodeId;
import static com.commercegraph.cache.RecplusCatalogStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
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

  private static boolean warm;

  private final WireMockServer recplus = ProviderServers.of(Provider.RECPLUS);
  private final WireMockServer veeqo = ProviderServers.of(Provider.VEEQO);
  private final WireMockServer shopwedo = ProviderServers.of(Provider.SHOPWEDO);

  @BeforeEach
  void reset() {
    warmUpRecplusWrites();
  }

  @Test
  void setStockLevelDropsTheLevelAndTheNextReadShowsTheNewCount() {
    RecplusCatalogStubs.stockIs(recplus, 84);
    assertThat(onHand()).isEqualTo(84);
    assertThat(onHand()).isEqualTo(84);
    assertThat(requests(recplus, STOCK_PATH)).isEqualTo(1);

    recplus.stubFor(post(urlPathEqualTo(STOCK_PATH)).willReturn(aResponse().withStatus(204)));
    RecplusCatalogStubs.stockIs(recplus, 3);
    JsonPath written = setStock(STOCK_CODE, 3, false);

    assertThat(written.getList("errors")).isNull();
    assertThat(written.getInt("data.setStockLevel.stockLevel.onHand")).isEqualTo(3);
    // The write reads the level back; that answer is not cached as a read.
    assertThat(requests(recplus, STOCK_PATH)).isEqualTo(2);
    assertThat(onHand()).isEqualTo(3);
    assertThat(requests(recplus, STOCK_PATH)).isEqualTo(3);
    assertThat(onHand()).isEqualTo(3);
    assertThat(requests(recplus, STOCK_PATH)).isEqualTo(3);
  }

  @Test
  void aDryRunKeepsTheCache() {
    RecplusCatalogStubs.stockIs(recplus, 84);
    assertThat(onHand()).isEqualTo(84);
    recplus.stubFor(
        post(urlPathEqualTo(STOCK_PATH))
            .withQueryParam("diffOnly", equalTo("true"))
            .willReturn(okJson("{\"stock\": {\"from\": 84, \"to\": 3}}")));

    JsonPath dryRun = setStock(STOCK_CODE, 3, true);

    assertThat(dryRun.getList("errors")).isNull();
    assertThat(dryRun.getString("data.setStockLevel.diff")).isNotNull();
    int afterDryRun = requests(recplus, STOCK_PATH);
    assertThat(onHand()).isEqualTo(84);
    assertThat(requests(recplus, STOCK_PATH)).isEqualTo(afterDryRun);
  }

  @Test
  void aStockWriteWithoutAnAnswerStillDropsTheLevel() {
    RecplusCatalogStubs.stockIs(recplus, 84);
    assertThat(onHand()).isEqualTo(84);
    recplus.stubFor(
        post(urlPathEqualTo(STOCK_PATH))
            .willReturn(aResponse().withStatus(204).withFixedDelay(1500)));

    JsonPath unknown = setStock(STOCK_CODE, 3, false);

    assertThat(unknown.getList("errors.extensions.code")).containsExactly("OUTCOME_UNKNOWN");
    recplus.verify(1, postRequestedFor(urlPathEqualTo(STOCK_PATH)));
    RecplusCatalogStubs.stockIs(recplus, 3);
    assertThat(onHand()).isEqualTo(3);
    assertThat(requests(recplus, STOCK_PATH)).isEqualTo(2);
  }

  @Test
  void aStockWriteDropsTheProductsThatCarryStock() {
    RecplusCatalogStubs.productIs(recplus);
    assertThat(recplusProduct().getInt("data.product.stock.onHand")).isEqualTo(1980);
    recplusProduct();
    assertThat(requests(recplus, PRODUCT_PATH)).isEqualTo(1);
    // A variation's code: REC+ sums variations into the product's stock.qty (recplus-api.txt).
    String variation = "Sauce-1105410-yes-yes";
    recplus.stubFor(
        post(urlPathEqualTo("/api/v1/stock/" + variation)).willReturn(aResponse().withStatus(204)));
    recplus.stubFor(
        get(urlPathEqualTo("/api/v1/stock/" + variation))
            .willReturn(okJson("{\"code\": \"" + variation + "\", \"stock\": 5}")));

    assertThat(setStock(variation, 5, false).getList("errors")).isNull();

    recplusProduct();
    assertThat(requests(recplus, PRODUCT_PATH)).isEqualTo(2);
  }

  @Test
  void aVeeqoOrderDropsVeeqoStockAndTheProductsCarryingItButNothingElsewhere() {
    veeqo.stubFor(
        get(urlPathEqualTo(VEEQO_PRODUCT_PATH)).willReturn(okJson(veeqo("products/show.json"))));
    RecplusCatalogStubs.productIs(recplus);
    veeqoProduct("14144703");
    recplusProduct();
    veeqoProduct("14144703");
    assertThat(requests(veeqo, VEEQO_PRODUCT_PATH)).isEqualTo(1);

    veeqo.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson("[]")));
    veeqo.stubFor(
        post(urlPathEqualTo("/orders"))
            .willReturn(
                okJson(veeqo("orders/show.json").replace("\"rdr1234\"", "\"cache-0001\""))));
    JsonPath created =
        GraphQLClient.post(
                """
                mutation ($input: CreateOrderInput!) {
                  createOrder(input: $input) { order { provider } userErrors { code } }
                }
                """,
                Map.of("input", veeqoOrder("cache-0001")))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(created.getList("errors")).isNull();
    assertThat(created.getString("data.createOrder.order.provider")).isEqualTo("VEEQO");

    veeqoProduct("14144703");
    recplusProduct();
    assertThat(requests(veeqo, VEEQO_PRODUCT_PATH)).isEqualTo(2);
    assertThat(requests(recplus, PRODUCT_PATH)).isEqualTo(1);
  }

  @Test
  void aShopwedoCancelDropsShopwedoStockAndSoItsProducts() {
    String getProducts = "/admin/api/getProducts";
    shopwedo.stubFor(
        post(urlPathEqualTo(getProducts))
            .willReturn(okJson(resource("shopwedo/get-products.json"))));
    String product = providerId(Provider.SHOPWEDO, EntityKind.PRODUCT, "801");
    assertThat(read(PRODUCT, product).getInt("data.product.stock.available")).isEqualTo(95);
    read(PRODUCT, product);
    shopwedo.verify(1, postRequestedFor(urlPathEqualTo(getProducts)));
    shopwedo.stubFor(
        post(urlPathEqualTo("/admin/api/cancelOrder")).willReturn(aResponse().withStatus(200)));
    shopwedo.stubFor(
        post(urlPathEqualTo("/admin/api/getOrder"))
            .willReturn(okJson(resource("shopwedo/get-order-cancelled.json"))));

    JsonPath cancelled =
        GraphQLClient.post(
                "mutation ($id: ID!) { cancelOrder(id: $id) { order { status } } }",
                Map.of("id", providerId(Provider.SHOPWEDO, EntityKind.ORDER, "123")))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(cancelled.getString("data.cancelOrder.order.status")).isEqualTo("CANCELLED");

    read(PRODUCT, product);
    shopwedo.verify(2, postRequestedFor(urlPathEqualTo(getProducts)));
  }

  @Test
  void linkingAChannelSellableDropsThatSellablesProductOnly() {
    veeqo.stubFor(
        get(urlPathEqualTo(VEEQO_PRODUCT_PATH)).willReturn(okJson(veeqo("products/show.json"))));
    veeqoProduct("14144703");
    veeqoProduct("14144702");
    assertThat(requests(veeqo, VEEQO_PRODUCT_PATH)).isEqualTo(2);
    veeqo.stubFor(
        post(urlPathEqualTo("/api/v2/channel_sellables"))
            .willReturn(okJson(veeqo("channel_sellables/create-response.json"))));

    JsonPath linked =
        GraphQLClient.post(
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
                        "Dog toy")))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(linked.getList("errors")).isNull();

    veeqoProduct("14144703");
    veeqoProduct("14144702");
    assertThat(requests(veeqo, VEEQO_PRODUCT_PATH)).isEqualTo(3);
  }

  private static int onHand() {
    JsonPath answer =
        GraphQLClient.post(STOCK, Map.of("id", nodeId(EntityKind.STOCK_LEVEL, STOCK_CODE)))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("errors")).isNull();
    return answer.getInt("data.node.onHand");
  }

  private static JsonPath setStock(String sku, int onHand, boolean dryRun) {
    return GraphQLClient.post(SET_STOCK, Map.of("sku", sku, "onHand", onHand, "dryRun", dryRun))
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath recplusProduct() {
    JsonPath answer =
        GraphQLClient.post(PRODUCT, Map.of("id", nodeId(EntityKind.PRODUCT, "58661")))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("errors")).isNull();
    return answer;
  }

  private static void veeqoProduct(String sellableId) {
    JsonPath answer =
        GraphQLClient.post(
                PRODUCT, Map.of("id", veeqoId(EntityKind.PRODUCT, "8636420/" + sellableId)))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("errors")).isNull();
    assertThat(answer.getString("data.product.sku")).isNotNull();
  }

  private static String veeqoId(EntityKind kind, String nativeId) {
    return providerId(Provider.VEEQO, kind, nativeId);
  }

  private static String providerId(Provider provider, EntityKind kind, String nativeId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            ("cg1:" + kind + ":" + provider + ":" + nativeId).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonPath read(String query, String id) {
    JsonPath answer =
        GraphQLClient.post(query, Map.of("id", id)).statusCode(200).extract().jsonPath();
    assertThat(answer.getList("errors")).isNull();
    return answer;
  }

  private static Map<String, Object> veeqoOrder(String reference) {
    Map<String, Object> input = new HashMap<>();
    input.put("provider", "VEEQO");
    input.put("reference", reference);
    input.put("channelId", "1234567");
    input.put(
        "customer",
        Map.of("name", "John Smith", "email", "john.smith@example.com", "phone", "+12065551234"));
    input.put(
        "shippingAddress",
        Map.of(
            "line1", "123 Main St",
            "city", "Seattle",
            "region", "WA",
            "postalCode", "98101",
            "countryCode", "US"));
    input.put(
        "lines",
        List.of(
            Map.of(
                "sku",
                "14144703",
                "quantity",
                1,
                "unitPrice",
                Map.of("amount", "25.00", "currencyCode", "USD"))));
    return input;
  }

  // The first REC+ write of a test JVM can take longer than the tests' 1s read timeout on a busy
  // machine; one dry run (a safe call, retried) takes that cost out of the tests.
  private void warmUpRecplusWrites() {
    if (warm) {
      return;
    }
    recplus.stubFor(post(urlPathEqualTo("/api/v1/stock/warm-up")).willReturn(okJson("{}")));
    recplus.stubFor(
        get(urlPathEqualTo("/api/v1/stock/warm-up"))
            .willReturn(okJson("{\"code\": \"warm-up\", \"stock\": 1}")));
    setStock("warm-up", 1, true);
    warm = true;
  }

  private static String veeqo(String path) {
    return resource("veeqo/" + path);
  }

  private static String resource(String path) {
    try (InputStream in = CacheInvalidationTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
