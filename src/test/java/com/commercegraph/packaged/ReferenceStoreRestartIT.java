package com.commercegraph.packaged;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.store.EmbeddedRedis;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged gateway with QUARKUS_REDIS_HOSTS keeps its references across a restart: an order
 * created by one gateway process is the answer a new process gives to the same mutation, and
 * ShopWeDo (which cannot be asked for a reference) receives one create.
 */
class ReferenceStoreRestartIT {

  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
  private static final String KEY = "it-order-writer";
  private static final String CREATE =
      """
      mutation Create($input: CreateOrderInput!) {
        createOrder(input: $input) { order { providerId } userErrors { code } }
      }
      """;

  @TempDir Path workDir;

  private final EmbeddedRedis redis = new EmbeddedRedis();
  private WireMockServer shopwedo;
  private Process gateway;

  @BeforeEach
  void startRedisAndShopwedo() {
    redis.start();
    shopwedo = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    shopwedo.start();
    shopwedo.stubFor(
        post(urlPathEqualTo("/admin/api/createOrder"))
            .willReturn(okJson(resource("shopwedo/create-order-created.json"))));
    shopwedo.stubFor(
        post(urlPathEqualTo("/admin/api/getOrder"))
            .willReturn(okJson(resource("shopwedo/get-order.json"))));
    shopwedo.stubFor(
        post(urlPathEqualTo("/admin/api/getStock"))
            .willReturn(okJson(resource("shopwedo/get-stock.json"))));
  }

  @AfterEach
  void stopEverything() throws InterruptedException {
    stopGateway();
    shopwedo.stop();
    redis.stop();
  }

  @Test
  void aNewGatewayOnTheSameRedisAnswersTheOrderTheOldOneCreatedWithoutASecondCreate()
      throws Exception {
    Map<String, Object> input =
        Map.of(
            "provider", "SHOPWEDO",
            "reference", "IT-RESTART-1",
            "customer",
                Map.of("name", "Jan Peeters", "email", "jan@example.be", "phone", "+3215000000"),
            "shippingAddress",
                Map.of(
                    "line1", "Kerkstraat 12",
                    "city", "Mechelen",
                    "postalCode", "2800",
                    "countryCode", "BE"),
            "lines", List.of(Map.of("sku", "5412345000011", "quantity", 1)));

    int port = startGateway("first.log");
    create(port, input)
        .body("errors", nullValue())
        .body("data.createOrder.order.providerId", is("123"));
    stopGateway();

    port = startGateway("second.log");
    create(port, input)
        .body("errors", nullValue())
        .body("data.createOrder.order.providerId", is("123"));

    shopwedo.verify(1, postRequestedFor(urlPathEqualTo("/admin/api/createOrder")));
  }

  private ValidatableResponse create(int port, Map<String, Object> input) {
    return given()
        .baseUri("http://127.0.0.1:" + port)
        .header("X-API-Key", KEY)
        .contentType(ContentType.JSON)
        .body(Map.of("query", CREATE, "variables", Map.of("input", input)))
        .when()
        .post("/graphql")
        .then()
        .statusCode(200);
  }

  private int startGateway(String logName) throws IOException {
    int port = EmbeddedRedis.freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-jar",
                JAR.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve(logName).toFile());
    builder
        .environment()
        .keySet()
        .removeIf(name -> name.matches("(VEEQO|VEEPE|RECPLUS|SHOPWEDO|COMMERCE|QUARKUS)_.*"));
    builder
        .environment()
        .putAll(
            Map.of(
                "QUARKUS_REDIS_HOSTS",
                EmbeddedRedis.url(),
                "COMMERCE_API_KEYS",
                KEY + "=orders:write",
                "COMMERCE_ALLOW_HTTP_PROVIDERS",
                "true",
                "SHOPWEDO_BASE_URL",
                shopwedo.baseUrl() + "/admin/api",
                "SHOPWEDO_SHOP_ID",
                "4711",
                "SHOPWEDO_SHOP_KEY",
                "it-shopwedo-shop-key"));
    gateway = builder.start();
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .until(
            () ->
                given().baseUri("http://127.0.0.1:" + port).get("/q/graphql-ui/").statusCode()
                    == 200);
    return port;
  }

  private void stopGateway() throws InterruptedException {
    if (gateway != null) {
      gateway.destroy();
      if (!gateway.waitFor(30, TimeUnit.SECONDS)) {
        gateway.destroyForcibly().waitFor();
      }
      gateway = null;
    }
  }

  private static String resource(String path) {
    try (InputStream in =
        ReferenceStoreRestartIT.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
