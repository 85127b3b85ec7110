package com.commercegraph.provider.veepe;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.commercegraph.provider.AnswersInTurn;
import com.commercegraph.provider.JsonAnswer;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.TestResources;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.arc.Arc;

/**
 * What the VeePe stand-in answers, in VeePe's terms: its documented payloads (under {@code
 * src/test/resources/veepe/}), the OAuth token every call needs, its pages of orders and reports,
 * its error bodies, and orders created, read and moved.
 */
public final class VeepeStubs {

  public static final String TOKEN_PATH = "/v1/token";
  private static final String ORDERS = "/v1/orders";
  private static final String REPORTS = "/v1/reports";

  /** The access token of {@code veepe/token.json}. */
  public static final String SAMPLE_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...";

  /** The header every VeePe call carries with the sample token. */
  public static final String BEARER = "Bearer " + SAMPLE_TOKEN;

  private VeepeStubs() {}

  public static WireMockServer server() {
    return ProviderServers.of(Provider.VEEPE);
  }

  /** A documented payload, by its name under {@code veepe/}, e.g. {@code order.json}. */
  public static String payload(String name) {
    return TestResources.read("veepe/" + name);
  }

  /**
   * The documented token answer: valid for an hour, so one token serves a whole test. {@link
   * VeepeWireMock} sets this up before every test.
   */
  public static void tokenIssued() {
    tokenAnswers(okJson(payload("token.json")));
  }

  /** The gateway forgets the token it holds: its next call asks the token endpoint. */
  public static void discardHeldToken() {
    Arc.container().instance(VeepeTokens.class).get().discard();
  }

  /** {@code POST /v1/token} answers these, one after the other. */
  public static void tokenAnswers(ResponseDefinitionBuilder... answers) {
    AnswersInTurn.stub(server(), post(urlEqualTo(TOKEN_PATH)), answers);
  }

  /** A token answer as VeePe's OAuth endpoint gives it. */
  public static String token(String accessToken, long expiresIn) {
    return """
        {"access_token": "%s", "token_type": "Bearer", "expires_in": %d, "scope": "openid"}
        """
        .formatted(accessToken, expiresIn);
  }

  /** VeePe's error body; its codes are numbers or strings (veepe-api.txt, "Error Handling"). */
  public static String errorBody(Object errorCode, String errorMessage) {
    String code = errorCode instanceof Number ? errorCode.toString() : "\"" + errorCode + "\"";
    return """
        {"errorCode": %s, "errorMessage": "%s"}
        """
        .formatted(code, errorMessage);
  }

  /** An error answer with VeePe's body, sent as JSON. */
  public static ResponseDefinitionBuilder error(int status, Object errorCode, String message) {
    return JsonAnswer.of(status, errorBody(errorCode, message));
  }

  /** One of VeePe's pages (orders or reports); VeePe sends its totals as strings. */
  public static String page(int page, int totalPages, int totalRecords, String... items) {
    return """
        {"totalRecords": "%d", "totalPages": "%d", "page": "%d", "data": [%s]}
        """
        .formatted(totalRecords, totalPages, page, String.join(",", items));
  }

  /** {@code GET /v1/orders?page=n} answers these orders, page n of {@code totalPages}. */
  public static void ordersPage(int page, int totalPages, int totalRecords, String... orders) {
    server()
        .stubFor(
            get(urlEqualTo(ORDERS + "?page=" + page))
                .willReturn(okJson(page(page, totalPages, totalRecords, orders))));
  }

  /** {@code GET /v1/reports?page=n} answers these reports, page n of {@code totalPages}. */
  public static void reportsPage(int page, int totalPages, int totalRecords, String... reports) {
    server()
        .stubFor(
            get(urlEqualTo(REPORTS + "?page=" + page))
                .willReturn(okJson(page(page, totalPages, totalRecords, reports))));
  }

  /** The id of the n-th order of a made-up list (n below 10). */
  public static String listedOrderId(int n) {
    return "00000000-0000-4000-8000-00000000000" + n;
  }

  /** An order as the merged order list needs it: id, order date, OPEN, 10.50 INR. */
  public static String listedOrder(String id, String orderDate) {
    return """
        {"orderId":"%s","displayOrderId":"ORD-%s","orderDate":"%s","orderStatus":"OPEN",
         "orderAmount":{"value":1050,"currency":"INR"}}
        """
        .formatted(id, id, orderDate);
  }

  /** The documented order ({@code order.json}, CONFIRMED) in another status. */
  public static String order(String status) {
    return payload("order.json")
        .replace("\"orderStatus\": \"CONFIRMED\"", "\"orderStatus\": \"" + status + "\"");
  }

  /** {@code GET /v1/orders/{id}} answers these, one after the other. */
  public static void orderAnswers(String id, ResponseDefinitionBuilder... answers) {
    AnswersInTurn.stub(server(), get(urlPathEqualTo(ORDERS + "/" + id)), answers);
  }

  /** {@code POST /v1/orders} answers these, one after the other. */
  public static void createOrderAnswers(ResponseDefinitionBuilder... answers) {
    AnswersInTurn.stub(server(), post(urlPathEqualTo(ORDERS)), answers);
  }

  /** VeePe's answer to a create: the documented new order ({@code order-created.json}). */
  public static ResponseDefinitionBuilder orderCreated() {
    return okJson(payload("order-created.json"));
  }

  /** {@code PUT /v1/orders/{id}/status} answers this. */
  public static void statusChangeAnswers(String id, ResponseDefinitionBuilder answer) {
    server().stubFor(put(urlPathEqualTo(ORDERS + "/" + id + "/status")).willReturn(answer));
  }

  /** {@code PUT /v1/orders/{id}} answers this. */
  public static void updateAnswers(String id, ResponseDefinitionBuilder answer) {
    server().stubFor(put(urlPathEqualTo(ORDERS + "/" + id)).willReturn(answer));
  }

  /** {@code POST /v1/orders/{id}/invoice} answers this. */
  public static void createInvoiceAnswers(String orderId, ResponseDefinitionBuilder answer) {
    server().stubFor(post(urlPathEqualTo(ORDERS + "/" + orderId + "/invoice")).willReturn(answer));
  }

  /** {@code POST /v1/reports} answers this. */
  public static void reportRequestAnswers(ResponseDefinitionBuilder answer) {
    server().stubFor(post(urlPathEqualTo(REPORTS)).willReturn(answer));
  }
}
