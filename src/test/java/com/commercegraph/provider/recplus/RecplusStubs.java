package com.commercegraph.provider.recplus;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.commercegraph.provider.AnswersInTurn;
import com.commercegraph.provider.JsonAnswer;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.TestResources;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * What the REC+ stand-in answers, in REC+'s terms: its documented payloads (under {@code
 * src/test/resources/recplus/}), its error body, order lists, products and stock, and the requests
 * it received.
 */
public final class RecplusStubs {

  public static final String API = "/api/v1";
  public static final String ORDERS = API + "/orders";

  /** The Basic credentials every REC+ call carries. */
  public static final String BASIC_AUTH =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(
                  (RecplusWireMock.USERNAME + ":" + RecplusWireMock.PASSWORD)
                      .getBytes(StandardCharsets.UTF_8));

  /** recplus/product.json: product 58661, code Sauce-1105410, full data with stock.qty 1980. */
  public static final String PRODUCT_PATH = API + "/products/58661";

  public static final String STOCK_CODE = "Sauce-997706";
  public static final String STOCK_PATH = API + "/stock/" + STOCK_CODE;

  private RecplusStubs() {}

  public static WireMockServer server() {
    return ProviderServers.of(Provider.RECPLUS);
  }

  /** A documented payload, by its name under {@code recplus/}, e.g. {@code order.json}. */
  public static String payload(String name) {
    return TestResources.read("recplus/" + name);
  }

  /** Every request REC+ received. */
  public static List<LoggedRequest> allRequests() {
    return server().findAll(anyRequestedFor(anyUrl()));
  }

  /** How many GETs of {@code path} REC+ received. */
  public static int requests(String path) {
    return server().findAll(getRequestedFor(urlPathEqualTo(path))).size();
  }

  /** REC+ received one write to {@code path} and, refused or of unknown outcome, no read back. */
  public static void assertWrittenOnceNotReadBack(String path) {
    server().verify(1, postRequestedFor(urlPathEqualTo(path)));
    server().verify(0, getRequestedFor(urlPathEqualTo(path)));
  }

  /** {@code POST path} (a write) answers this. */
  public static void writeAnswers(String path, ResponseDefinitionBuilder answer) {
    server().stubFor(post(urlPathEqualTo(path)).willReturn(answer));
  }

  /** {@code GET path} answers these, one after the other. */
  public static void readAnswers(String path, ResponseDefinitionBuilder... answers) {
    AnswersInTurn.stub(server(), get(urlPathEqualTo(path)), answers);
  }

  /** recplus-api.txt: "400 for missing requirements", with its documented error body. */
  public static ResponseDefinitionBuilder error(int status, String message) {
    return JsonAnswer.of(
        status,
        """
        {"errors": [{"status": %d, "message": "%s"}]}
        """
            .formatted(status, message));
  }

  /** recplus-api.txt: 404 with the documented error body. */
  public static ResponseDefinitionBuilder notFound() {
    return JsonAnswer.of(404, payload("error-404.json"));
  }

  /** An order as the merged order list needs it: id, start date (no offset), 12.00. */
  public static String listedOrder(long id, String startDate) {
    return """
        {"id":%d,"start_date":"%s","status":"Payment Received","totals":{"price":"12.00"},
         "lines":[]}
        """
        .formatted(id, startDate);
  }

  /** One page of REC+'s order list holding all these orders. */
  public static ResponseDefinitionBuilder orderList(String... orders) {
    return okJson(onlyPage("orders", List.of(orders), orders.length, 50));
  }

  /** A REC+ list of {@code count} items that all fit on its first page (recplus-api.txt). */
  private static String onlyPage(String key, List<String> items, int count, int limit) {
    return """
        {"%s": [%s], "count": %d, "total_count": %d,
         "paging": {"offset": 0, "limit": %d, "next_page_href": null}}
        """
        .formatted(key, String.join(",", items), count, count, limit);
  }

  /** {@code GET /orders} answers these orders, all on one page. */
  public static void ordersAre(String... orders) {
    readAnswers(ORDERS, orderList(orders));
  }

  /** The documented order (recplus/order.json, status "Payment Received") in another status. */
  public static String orderInStatus(String status) {
    return payload("order.json").replace("\"Payment Received\"", "\"" + status + "\"");
  }

  /** The documented order under another id. */
  public static String orderWithId(long orderId) {
    return payload("order.json").replace("\"id\": 112312", "\"id\": " + orderId);
  }

  /** The documented order whose product lines name these two product ids. */
  public static String orderWithProducts(long orderId, String firstProduct, String secondProduct) {
    return orderWithId(orderId)
        .replace("58661", "FIRST")
        .replace("58662", "SECOND")
        .replace("FIRST", firstProduct)
        .replace("SECOND", secondProduct);
  }

  /** {@code GET /products/58661} answers the documented product. */
  public static void productIs() {
    readAnswers(PRODUCT_PATH, okJson(payload("product.json")));
  }

  /** {@code GET /stock/Sauce-997706} answers this count. */
  public static void stockIs(int stock) {
    readAnswers(
        STOCK_PATH,
        okJson(
            """
            {"href": "/stock/%s.json", "code": "%s", "stock": %d, "cost": "3.50"}
            """
                .formatted(STOCK_CODE, STOCK_CODE, stock)));
  }

  /**
   * {@code GET /products?ids=...} answers exactly the products asked for (basic data, no stock).
   */
  public static void productsByIds(String ids) {
    JsonPath all = JsonPath.from(payload("products.json"));
    List<Map<String, Object>> products = all.getList("products");
    List<String> wanted = List.of(ids.split(","));
    List<String> items =
        products.stream()
            .filter(p -> wanted.contains(String.valueOf(p.get("id"))))
            .map(RecplusStubs::json)
            .toList();
    server()
        .stubFor(
            get(urlPathEqualTo(API + "/products"))
                .withQueryParam("ids", equalTo(ids))
                .willReturn(okJson(onlyPage("products", items, wanted.size(), wanted.size()))));
  }

  /** {@code GET /stock?codes=...} answers these codes with these counts. */
  public static void stockForCodes(Map<String, Integer> counts) {
    String codes = String.join(",", counts.keySet().stream().sorted().toList());
    List<String> items =
        counts.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                e ->
                    """
                    {"code": "%s", "stock": %d, "cost": ""}"""
                        .formatted(e.getKey(), e.getValue()))
            .toList();
    server()
        .stubFor(
            get(urlPathEqualTo(API + "/stock"))
                .withQueryParam("codes", equalTo(codes))
                .willReturn(okJson(onlyPage("stock", items, counts.size(), 25))));
  }

  private static String json(Map<String, Object> value) {
    try {
      return new ObjectMapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
