package com.commercegraph.provider.veeqo;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.commercegraph.provider.AnswersInTurn;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.TestResources;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * What the Veeqo stand-in answers, in Veeqo's terms: its documented payloads (under {@code
 * src/test/resources/veeqo/}), its order list pages with their paging headers, orders created and
 * found, channels and channel sellables.
 */
public final class VeeqoStubs {

  /** The id of the documented order, {@code orders/show.json} (number {@code rdr1234}). */
  public static final String SAMPLE_ORDER_ID = "13359622";

  private static final String ORDERS = "/orders";
  private static final String PRODUCTS = "/products";
  private static final String CHANNELS = "/channels";
  private static final String CHANNEL_SELLABLES = "/api/v2/channel_sellables";

  private VeeqoStubs() {}

  public static WireMockServer server() {
    return ProviderServers.of(Provider.VEEQO);
  }

  /** A documented payload, by its path under {@code veeqo/}, e.g. {@code orders/show.json}. */
  public static String payload(String path) {
    return TestResources.read("veeqo/" + path);
  }

  /** The documented order under another number. */
  public static String order(String number) {
    return payload("orders/show.json").replace("\"rdr1234\"", "\"" + number + "\"");
  }

  /** The documented order under another id. */
  public static String orderWithId(String id) {
    return payload("orders/show.json").replace(SAMPLE_ORDER_ID, id);
  }

  /** An order as the merged order list needs it: id, number V-id, creation time, 10.50 GBP. */
  public static String listedOrder(long id, String createdAt) {
    return """
        {"id":%d,"number":"V-%d","status":"awaiting_fulfillment","created_at":"%s",
         "total_price":10.50,"channel":{"currency_code":"GBP"},"line_items":[]}
        """
        .formatted(id, id, createdAt);
  }

  /** A list answer with the paging headers of orders.md. */
  public static ResponseDefinitionBuilder page(
      String items, int totalCount, int totalPages, int pageIndex, int perPage) {
    return okJson(items)
        .withHeader("X-Total-Count", String.valueOf(totalCount))
        .withHeader("X-Total-Pages-Count", String.valueOf(totalPages))
        .withHeader("X-Page-Index", String.valueOf(pageIndex))
        .withHeader("X-Per-Page", String.valueOf(perPage));
  }

  /** {@code GET /orders?page=n} answers these orders, one page of {@code totalPages} of 50. */
  public static void ordersPage(int page, int totalPages, int totalCount, String... orders) {
    server()
        .stubFor(
            get(urlPathEqualTo(ORDERS))
                .withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(
                    page("[" + String.join(",", orders) + "]", totalCount, totalPages, page, 50)));
  }

  /** Every order list, the search for a reference included, answers this. */
  public static void ordersAnswer(ResponseDefinitionBuilder answer) {
    server().stubFor(get(urlPathEqualTo(ORDERS)).willReturn(answer));
  }

  /** The free-text search for {@code query} (the search before a create) finds these orders. */
  public static void ordersFound(String query, String... orders) {
    server()
        .stubFor(
            get(urlPathEqualTo(ORDERS))
                .withQueryParam("query", equalTo(query))
                .willReturn(okJson("[" + String.join(",", orders) + "]")));
  }

  /** No order with the reference yet: the search before a create finds nothing. */
  public static void noOrders() {
    ordersAnswer(okJson("[]"));
  }

  /**
   * Veeqo's product search ({@code GET /products?query=}, how a create's SKUs are looked up) finds
   * nothing, whatever it is asked: every test's baseline.
   */
  public static void productSearchFindsNothing() {
    server()
        .stubFor(
            get(urlPathEqualTo(PRODUCTS))
                .withQueryParam("query", matching(".*"))
                .willReturn(okJson("[]")));
  }

  /** The product search for {@code query} finds these products (JSON objects of products.md). */
  public static void productSearchFinds(String query, String... products) {
    server()
        .stubFor(
            get(urlPathEqualTo(PRODUCTS))
                .withQueryParam("query", equalTo(query))
                .willReturn(okJson("[" + String.join(",", products) + "]")));
  }

  /** A product of one sellable with this id and SKU, as Veeqo's product list shows it. */
  public static String productWithSellable(long productId, long sellableId, String sku) {
    return """
        {"id":%d,"title":"Product %d","sellables":[
          {"id":%d,"title":"Sellable %d","sku_code":"%s","price":"12.50","stock_entries":[]}]}
        """
        .formatted(productId, productId, sellableId, sellableId, sku);
  }

  /** {@code POST /orders} answers this. */
  public static void createOrderAnswers(ResponseDefinitionBuilder answer) {
    server().stubFor(post(urlPathEqualTo(ORDERS)).willReturn(answer));
  }

  /** {@code POST /orders} creates the documented order under this number. */
  public static void orderCreated(String number) {
    createOrderAnswers(okJson(order(number)));
  }

  /** {@code GET /orders/{id}} answers these, one after the other. */
  public static void orderAnswers(String id, ResponseDefinitionBuilder... answers) {
    AnswersInTurn.stub(server(), get(urlPathEqualTo(ORDERS + "/" + id)), answers);
  }

  /** {@code GET /orders/{id}} answers the documented order under that id. */
  public static void orderIs(String id) {
    orderAnswers(id, okJson(orderWithId(id)));
  }

  /** {@code POST /channels} answers this. */
  public static void createChannelAnswers(ResponseDefinitionBuilder answer) {
    server().stubFor(post(urlPathEqualTo(CHANNELS)).willReturn(answer));
  }

  /** {@code POST /api/v2/channel_sellables} answers this. */
  public static void linkSellableAnswers(ResponseDefinitionBuilder answer) {
    server().stubFor(post(urlPathEqualTo(CHANNEL_SELLABLES)).willReturn(answer));
  }

  /** The documented channel sellable, as JSON:API (veeqo-amazon-buyer-protection.txt). */
  public static ResponseDefinitionBuilder sellableLinked() {
    return okJson(payload("channel_sellables/create-response.json"))
        .withHeader("Content-Type", "application/vnd.api+json");
  }
}
