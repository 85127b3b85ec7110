package com.commercegraph.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** REC+ catalogue and stock answers (from the documented payloads) and request counts. */
final class RecplusCatalogStubs {

  /** recplus/product.json: product 58661, code Sauce-1105410, full data with stock.qty 1980. */
  static final String PRODUCT_PATH = "/api/v1/products/58661";

  static final String STOCK_CODE = "Sauce-997706";
  static final String STOCK_PATH = "/api/v1/stock/" + STOCK_CODE;

  private RecplusCatalogStubs() {}

  static String nodeId(EntityKind kind, String nativeId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            ("cg1:" + kind + ":" + Provider.RECPLUS + ":" + nativeId)
                .getBytes(StandardCharsets.UTF_8));
  }

  static void productIs(WireMockServer recplus) {
    recplus.stubFor(get(urlPathEqualTo(PRODUCT_PATH)).willReturn(okJson(resource("product.json"))));
  }

  /** {@code GET /stock/Sauce-997706} answers this count. */
  static void stockIs(WireMockServer recplus, int stock) {
    recplus.stubFor(
        get(urlPathEqualTo(STOCK_PATH))
            .willReturn(
                okJson(
                    """
                    {"href": "/stock/%s.json", "code": "%s", "stock": %d, "cost": "3.50"}
                    """
                        .formatted(STOCK_CODE, STOCK_CODE, stock))));
  }

  /**
   * {@code GET /products?ids=...} answers exactly the products asked for (basic data, no stock).
   */
  static void productsByIds(WireMockServer recplus, String ids) {
    JsonPath all = JsonPath.from(resource("products.json"));
    List<Map<String, Object>> products = all.getList("products");
    List<String> wanted = List.of(ids.split(","));
    String items =
        products.stream()
            .filter(p -> wanted.contains(String.valueOf(p.get("id"))))
            .map(RecplusCatalogStubs::json)
            .collect(Collectors.joining(","));
    recplus.stubFor(
        get(urlPathEqualTo("/api/v1/products"))
            .withQueryParam("ids", equalTo(ids))
            .willReturn(
                okJson(
                    """
                    {"products": [%s], "count": %d, "total_count": %d,
                     "paging": {"offset": 0, "limit": %d, "next_page_href": null}}
                    """
                        .formatted(items, wanted.size(), wanted.size(), wanted.size()))));
  }

  /** {@code GET /stock?codes=...} answers these codes with these counts. */
  static void stockForCodes(WireMockServer recplus, Map<String, Integer> counts) {
    String codes = String.join(",", counts.keySet().stream().sorted().toList());
    String items =
        counts.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                e ->
                    """
                    {"code": "%s", "stock": %d, "cost": ""}"""
                        .formatted(e.getKey(), e.getValue()))
            .collect(Collectors.joining(","));
    recplus.stubFor(
        get(urlPathEqualTo("/api/v1/stock"))
            .withQueryParam("codes", equalTo(codes))
            .willReturn(
                okJson(
                    """
                    {"stock": [%s], "count": %d, "total_count": %d,
                     "paging": {"offset": 0, "limit": 25, "next_page_href": null}}
                    """
                        .formatted(items, counts.size(), counts.size()))));
  }

  /** One REC+ order (recplus/order.json) whose product lines name these two product ids. */
  static String orderWithProducts(long orderId, String firstProduct, String secondProduct) {
    return resource("order.json")
        .replace("\"id\": 112312", "\"id\": " + orderId)
        .replace("58661", "FIRST")
        .replace("58662", "SECOND")
        .replace("FIRST", firstProduct)
        .replace("SECOND", secondProduct);
  }

  static void ordersAre(WireMockServer recplus, String... orders) {
    recplus.stubFor(
        get(urlPathEqualTo("/api/v1/orders"))
            .willReturn(
                okJson(
                    """
                    {"orders": [%s], "count": %d, "total_count": %d,
                     "paging": {"offset": 0, "limit": 50, "next_page_href": null}}
                    """
                        .formatted(String.join(",", orders), orders.length, orders.length))));
  }

  /** recplus-api.txt: 404 with the documented error body. */
  static ResponseDefinitionBuilder notFound() {
    return aResponse()
        .withStatus(404)
        .withHeader("Content-Type", "application/json")
        .withBody(resource("error-404.json"));
  }

  static int requests(WireMockServer recplus, String path) {
    return recplus.findAll(getRequestedFor(urlPathEqualTo(path))).size();
  }

  static String resource(String name) {
    try (InputStream in =
        RecplusCatalogStubs.class.getClassLoader().getResourceAsStream("recplus/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(Map<String, Object> value) {
    try {
      return new ObjectMapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
