package com.commercegraph.provider.recplus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.catalog.Product;
import com.commercegraph.merge.ListSlice;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.money.Money;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderDetail;
import com.commercegraph.order.OrderListQuery;
import com.commercegraph.registry.Provider;
import com.commercegraph.stock.StockLevel;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every REC+ endpoint: the exact request REC+ receives and how its documented answer maps. */
@QuarkusTest
class RecplusClientTest {

  private final WireMockServer wireMock = RecplusStubs.server();

  @Inject RecplusClient client;
  @Inject RecplusProvider provider;

  @Test
  void ordersAskForFullDataWithLimitOffsetAndSinceAsUnixSeconds() {
    stub(
        get(urlPathEqualTo("/api/v1/orders"))
            .willReturn(okJson(RecplusStubs.payload("orders.json"))));

    RecplusOrderPage page = client.orders(25, 0, Instant.parse("2020-06-12T14:38:29Z"));

    LoggedRequest request = onlyRequest(RequestPatternBuilder.allRequests());
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).startsWith("/api/v1/orders?");
    assertThat(queryOf(request))
        .isEqualTo(
            Map.of("limit", "25", "offset", "0", "since_timestamp", "1591972709", "fields", "*"));
    assertThat(request.getHeader("Authorization")).isEqualTo(RecplusStubs.BASIC_AUTH);
    assertThat(request.getHeader("Accept")).contains("application/json");
    assertThat(page.items()).extracting(RecplusOrder::id).containsExactly(112312L);
    assertThat(page.count()).isEqualTo(1);
    assertThat(page.totalCount()).isEqualTo(26L);
    assertThat(page.paging().nextPageHref()).isEqualTo("/orders.json?fields=*&limit=25&offset=25");
  }

  @Test
  void ordersAreReadNewestFirstBackwardsFromTheEndOfTheOldestFirstList() {
    String oneOf120 =
        RecplusStubs.payload("orders.json").replace("\"total_count\": 26", "\"total_count\": 120");
    String lastOf120 =
        RecplusStubs.payload("orders-last-page.json")
            .replace("\"total_count\": 26", "\"total_count\": 120");
    stub(
        get(urlPathEqualTo("/api/v1/orders"))
            .withQueryParam("offset", equalTo("0"))
            .withQueryParam("limit", equalTo("50"))
            .willReturn(okJson(oneOf120)));
    stub(
        get(urlPathEqualTo("/api/v1/orders"))
            .withQueryParam("offset", equalTo("70"))
            .willReturn(okJson(lastOf120)));
    stub(
        get(urlPathEqualTo("/api/v1/orders"))
            .withQueryParam("offset", equalTo("20"))
            .willReturn(okJson(lastOf120)));
    stub(
        get(urlPathEqualTo("/api/v1/orders"))
            .withQueryParam("offset", equalTo("0"))
            .withQueryParam("limit", equalTo("20"))
            .willReturn(okJson(lastOf120)));

    ProviderPage<Order> newest =
        provider.newestOrders(OrderListQuery.everything(), ListSlice.start(50));
    ProviderPage<Order> older =
        provider.newestOrders(OrderListQuery.everything(), ListSlice.at(newest.nextPosition(), 50));
    ProviderPage<Order> oldest =
        provider.newestOrders(OrderListQuery.everything(), ListSlice.at(older.nextPosition(), 50));

    // Positions are offsets in REC+'s oldest-first list: each page ends just before the last.
    assertThat(newest.nextPosition()).isEqualTo("69");
    assertThat(newest.totalCount()).isEqualTo(120L);
    assertThat(older.nextPosition()).isEqualTo("19");
    assertThat(oldest.nextPosition()).isNull();
    List<LoggedRequest> requests = wireMock.findAll(RequestPatternBuilder.allRequests());
    // The first read learns where the list ends; the newest block reads a few past it, for
    // orders placed since it was counted.
    assertThat(requests)
        .extracting(RecplusClientTest::queryOf)
        .containsExactly(
            Map.of("limit", "50", "offset", "0", "fields", "*"),
            Map.of("limit", "60", "offset", "70", "fields", "*"),
            Map.of("limit", "50", "offset", "20", "fields", "*"),
            Map.of("limit", "20", "offset", "0", "fields", "*"));
  }

  @Test
  void theNewestOrdersOfAListCountedBeforeAreOneCallAndAListRowNeedsNoFullData() {
    String lastOf120 =
        RecplusStubs.payload("orders-last-page.json")
            .replace("\"total_count\": 26", "\"total_count\": 120");
    stub(get(urlPathEqualTo("/api/v1/orders")).willReturn(okJson(lastOf120)));
    provider.newestOrders(OrderListQuery.everything(), ListSlice.start(5));
    wireMock.resetRequests();

    provider.newestOrders(
        new OrderListQuery(null, null, Set.of(), OrderDetail.LISTED), ListSlice.start(5));

    assertThat(wireMock.findAll(RequestPatternBuilder.allRequests()))
        .extracting(RecplusClientTest::queryOf)
        .containsExactly(Map.of("limit", "15", "offset", "115"));
  }

  @Test
  void aShopWithOnePageOfOrdersCostsOneCallNewestFirst() {
    stub(
        get(urlPathEqualTo("/api/v1/orders"))
            .willReturn(
                okJson(
                    RecplusStubs.payload("orders-last-page.json")
                        .replace("\"total_count\": 26", "\"total_count\": 1"))));

    ProviderPage<Order> page =
        provider.newestOrders(OrderListQuery.everything(), ListSlice.start(50));

    assertThat(page.nextPosition()).isNull();
    assertThat(wireMock.findAll(RequestPatternBuilder.allRequests())).hasSize(1);
  }

  @Test
  void orderIsFetchedByIdAndReadExactly() {
    stub(
        get(urlPathEqualTo("/api/v1/orders/112312"))
            .willReturn(okJson(RecplusStubs.payload("order.json"))));

    RecplusOrder order = client.order("112312");

    LoggedRequest request = onlyRequest(RequestPatternBuilder.allRequests());
    assertThat(request.getUrl()).isEqualTo("/api/v1/orders/112312");
    assertThat(request.getHeader("Authorization")).isEqualTo(RecplusStubs.BASIC_AUTH);
    assertThat(order.status()).isEqualTo("Payment Received");
    assertThat(order.startDate()).isEqualTo("2023-07-26T00:03:07");
    assertThat(order.lines()).hasSize(6);
    RecplusOrderLine traeger = order.lines().get(2);
    assertThat(traeger.lineType()).isEqualTo("PRODUCT");
    assertThat(traeger.price()).isEqualTo(new BigDecimal("137.40"));
    assertThat(traeger.eachPriceDiscountExVat()).isEqualTo(new BigDecimal("0.00"));
    assertThat(order.lines().get(0).lineRelId()).isEqualTo(19988L);
    assertThat(order.totals().vat()).isEqualTo(new BigDecimal("25.70"));
    assertThat(order.user().billingAddress().region().country()).isEqualTo("United States");
  }

  @Test
  void orderLookupByIdIsEmptyWhenRecplusAnswers404() {
    stub(
        get(urlPathEqualTo("/api/v1/orders/999"))
            .willReturn(
                aResponse().withStatus(404).withBody(RecplusStubs.payload("error-404.json"))));

    assertThat(provider.order("999")).isEmpty();
    assertThat(wireMock.findAll(RequestPatternBuilder.allRequests())).hasSize(1);
  }

  @Test
  void orderStatusUpdatePostsOnlyTheStatusAsJson() {
    stub(post(urlPathEqualTo("/api/v1/orders/112312")).willReturn(aResponse().withStatus(204)));

    provider.setStatusText("112312", "Dispatched");

    LoggedRequest request = onlyRequest(RequestPatternBuilder.allRequests());
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/api/v1/orders/112312");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getHeader("Authorization")).isEqualTo(RecplusStubs.BASIC_AUTH);
    assertThat(
            equalToJson("{\"status\": \"Dispatched\"}")
                .match(request.getBodyAsString())
                .isExactMatch())
        .isTrue();
  }

  @Test
  void orderUpdatePreviewSendsDiffOnlyWithEveryUpdatableFieldAndReturnsTheDiffText() {
    String diff = "{\"status\": {\"from\": \"Payment Received\", \"to\": \"Dispatched\"}}";
    stub(
        post(urlPathEqualTo("/api/v1/orders/112312"))
            .withQueryParam("diffOnly", equalTo("true"))
            .willReturn(okJson(diff)));
    RecplusOrderUpdate update =
        new RecplusOrderUpdate(
            "Dispatched", "CUST-1", "Felixstowe", "PO-77", "2023-08-01", "Leave at door");

    String answer = client.previewOrderUpdate("112312", update);

    assertThat(answer).isEqualTo(diff);
    LoggedRequest request = onlyRequest(RequestPatternBuilder.allRequests());
    assertThat(queryOf(request)).isEqualTo(Map.of("diffOnly", "true"));
    assertThat(
            equalToJson(
                    """
                    {"status": "Dispatched", "customers_order_id": "CUST-1", "fob": "Felixstowe",
                     "purchase_order_number": "PO-77", "required_by_date": "2023-08-01",
                     "delivery_note": "Leave at door"}
                    """)
                .match(request.getBodyAsString())
                .isExactMatch())
        .isTrue();
  }

  @Test
  void productListSendsEveryFilterAndMapsTheDocumentedPage() {
    stub(
        get(urlPathEqualTo("/api/v1/products"))
            .willReturn(okJson(RecplusStubs.payload("products.json"))));

    RecplusProductPage page =
        client.products(
            new RecplusProductQuery("sauce", List.of("58661", "58662"), "live", "*"), 50, 100);

    LoggedRequest request = onlyRequest(RequestPatternBuilder.allRequests());
    assertThat(request.getUrl()).startsWith("/api/v1/products?");
    assertThat(queryOf(request))
        .isEqualTo(
            Map.of(
                "q", "sauce",
                "ids", "58661,58662",
                "status", "live",
                "limit", "50",
                "offset", "100",
                "fields", "*",
                "sort", "id"));
    assertThat(request.getHeader("Authorization")).isEqualTo(RecplusStubs.BASIC_AUTH);
    assertThat(page.items())
        .extracting(RecplusProduct::code)
        .containsExactly("Sauce-gift-voucher", "Sauce-997706", "Sauce-1105410");
    assertThat(page.count()).isEqualTo(25);
    assertThat(page.totalCount()).isEqualTo(83L);
    assertThat(page.paging().offset()).isZero();
    assertThat(page.paging().limit()).isEqualTo(25);
  }

  @Test
  void providerProductPageMapsPricesAndNextOffset() {
    stub(
        get(urlPathEqualTo("/api/v1/products"))
            .willReturn(okJson(RecplusStubs.payload("products.json"))));

    ProviderPage<Product> page = provider.products("sauce", null, 25);

    assertThat(queryOf(onlyRequest(RequestPatternBuilder.allRequests())))
        .isEqualTo(Map.of("q", "sauce", "limit", "25", "offset", "0", "fields", "*", "sort", "id"));
    assertThat(page.nextPosition()).isEqualTo("25");
    assertThat(page.totalCount()).isEqualTo(83L);
    assertThat(page.items())
        .containsExactly(
            new Product(
                Provider.RECPLUS,
                "58663",
                "Sauce-gift-voucher",
                "HOT SAUCE GIFT VOUCHER",
                null,
                new Money(new BigDecimal("400.00"), "GBP"),
                true,
                null),
            new Product(
                Provider.RECPLUS,
                "58662",
                "Sauce-997706",
                "Tubby Tom's The Squealer Hot Sauce 150g",
                null,
                new Money(new BigDecimal("8.40"), "GBP"),
                true,
                null),
            new Product(
                Provider.RECPLUS,
                "58661",
                "Sauce-1105410",
                "Traeger Texas Spicy BBQ Sauce 16oz",
                null,
                new Money(new BigDecimal("132.00"), "GBP"),
                true,
                null));
  }

  @Test
  void productsOfOrderLinesAreFetchedByIdsInOneCall() {
    stub(
        get(urlPathEqualTo("/api/v1/products"))
            .willReturn(okJson(RecplusStubs.payload("products.json"))));

    List<Product> products = provider.productsByIds(List.of("58661", "58662", "58663"));

    assertThat(queryOf(onlyRequest(RequestPatternBuilder.allRequests())))
        .isEqualTo(
            Map.of(
                "ids", "58661,58662,58663",
                "limit", "3",
                "offset", "0",
                "fields", "*",
                "sort", "id"));
    assertThat(products).extracting(Product::providerId).containsExactly("58663", "58662", "58661");
  }

  @Test
  void productIsFetchedByIdWithItsDescriptionAndStock() {
    stub(
        get(urlPathEqualTo("/api/v1/products/58661"))
            .willReturn(okJson(RecplusStubs.payload("product.json"))));

    RecplusProduct wire = client.product("58661");
    Optional<Product> product = provider.product("58661");

    List<LoggedRequest> requests = wireMock.findAll(RequestPatternBuilder.allRequests());
    assertThat(requests).hasSize(2);
    assertThat(requests)
        .allSatisfy(
            r -> {
              assertThat(r.getUrl()).isEqualTo("/api/v1/products/58661");
              assertThat(r.getHeader("Authorization")).isEqualTo(RecplusStubs.BASIC_AUTH);
            });
    assertThat(wire.stock().qty()).isEqualTo(1980);
    assertThat(product).get().extracting(Product::sku).isEqualTo("Sauce-1105410");
    assertThat(product.get().description())
        .contains("<strong>Why we love it:</strong>", "Size: 16oz / 473ml");
    assertThat(product.get().price()).isEqualTo(new Money(new BigDecimal("132.00"), "GBP"));
  }

  @Test
  void productIsFetchedByCodeWithIdentifierCode() {
    stub(
        get(urlPathEqualTo("/api/v1/products/Sauce-1105410-yes-yes"))
            .withQueryParam("identifier", equalTo("code"))
            .willReturn(okJson(RecplusStubs.payload("product.json"))));

    Optional<Product> product = provider.productBySku("Sauce-1105410-yes-yes");

    LoggedRequest request = onlyRequest(RequestPatternBuilder.allRequests());
    assertThat(request.getUrl()).startsWith("/api/v1/products/Sauce-1105410-yes-yes?");
    assertThat(queryOf(request)).isEqualTo(Map.of("identifier", "code"));
    assertThat(product).get().extracting(Product::providerId).isEqualTo("58661");
  }

  @Test
  void productLookupByCodeIsEmptyWhenRecplusAnswers404() {
    stub(
        get(urlPathEqualTo("/api/v1/products/nope"))
            .willReturn(
                aResponse().withStatus(404).withBody(RecplusStubs.payload("error-404.json"))));

    assertThat(provider.productBySku("nope")).isEmpty();
  }

  @Test
  void stockListSendsCodesCommaSeparatedAndMapsEachCode() {
    stub(
        get(urlPathEqualTo("/api/v1/stock"))
            .willReturn(okJson(RecplusStubs.payload("stock.json"))));

    RecplusStockPage wire = client.stock(List.of("Sauce-1105410-yes-yes", "Sauce-997706"), 25, 0);
    ProviderPage<StockLevel> page =
        provider.stockLevels(List.of("Sauce-1105410-yes-yes", "Sauce-997706"), null, 25);

    List<LoggedRequest> requests = wireMock.findAll(RequestPatternBuilder.allRequests());
    assertThat(requests).hasSize(2);
    assertThat(requests)
        .extracting(RecplusClientTest::queryOf)
        .containsOnly(
            Map.of("codes", "Sauce-1105410-yes-yes,Sauce-997706", "limit", "25", "offset", "0"));
    assertThat(wire.items())
        .containsExactly(
            new RecplusStockItem("Sauce-1105410-yes-yes", 981, null),
            new RecplusStockItem("Sauce-997706", 84, new BigDecimal("3.50")));
    assertThat(page.nextPosition()).isNull();
    assertThat(page.totalCount()).isEqualTo(2L);
    assertThat(page.items())
        .containsExactly(
            new StockLevel(
                Provider.RECPLUS,
                "Sauce-1105410-yes-yes",
                "Sauce-1105410-yes-yes",
                981,
                981,
                null,
                null),
            new StockLevel(Provider.RECPLUS, "Sauce-997706", "Sauce-997706", 84, 84, null, null));
  }

  @Test
  void stockOfOneCodeIsFetchedByCode() {
    stub(
        get(urlPathEqualTo("/api/v1/stock/Sauce-997706"))
            .willReturn(okJson(RecplusStubs.payload("stock-item.json"))));

    Optional<StockLevel> level = provider.stockLevel("Sauce-997706");

    LoggedRequest request = onlyRequest(RequestPatternBuilder.allRequests());
    assertThat(request.getUrl()).isEqualTo("/api/v1/stock/Sauce-997706");
    assertThat(request.getHeader("Authorization")).isEqualTo(RecplusStubs.BASIC_AUTH);
    assertThat(level).get().extracting(StockLevel::onHand).isEqualTo(84);
  }

  @Test
  void stockUpdatePostsCodeAndStockToTheCode() {
    stub(
        post(urlPathEqualTo("/api/v1/stock/Sauce-997706")).willReturn(aResponse().withStatus(204)));

    provider.setStock("Sauce-997706", 83);

    LoggedRequest request = onlyRequest(RequestPatternBuilder.allRequests());
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/api/v1/stock/Sauce-997706");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getHeader("Authorization")).isEqualTo(RecplusStubs.BASIC_AUTH);
    assertThat(
            equalToJson("{\"code\": \"Sauce-997706\", \"stock\": 83}")
                .match(request.getBodyAsString())
                .isExactMatch())
        .isTrue();
  }

  @Test
  void stockUpdatePreviewSendsDiffOnlyAndCostAsDecimalString() {
    String diff = "{\"stock\": {\"from\": 84, \"to\": 3}}";
    stub(
        post(urlPathEqualTo("/api/v1/stock/xyz"))
            .withQueryParam("diffOnly", equalTo("true"))
            .willReturn(okJson(diff)));

    String answer =
        client.previewStockItemUpdate(new RecplusStockUpdate("xyz", 3, new BigDecimal("3.50")));

    assertThat(answer).isEqualTo(diff);
    LoggedRequest request = onlyRequest(RequestPatternBuilder.allRequests());
    assertThat(queryOf(request)).isEqualTo(Map.of("diffOnly", "true"));
    assertThat(
            equalToJson("{\"code\": \"xyz\", \"stock\": 3, \"cost\": \"3.50\"}")
                .match(request.getBodyAsString())
                .isExactMatch())
        .isTrue();
  }

  @Test
  void batchStockUpdatePostsADirectArray() {
    stub(post(urlPathEqualTo("/api/v1/stock")).willReturn(aResponse().withStatus(204)));

    client.updateStock(
        List.of(
            new RecplusStockUpdate("xyz", 84, new BigDecimal("3.50")),
            RecplusStockUpdate.of("abc", 0)));

    LoggedRequest request = onlyRequest(RequestPatternBuilder.allRequests());
    assertThat(request.getUrl()).isEqualTo("/api/v1/stock");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getHeader("Authorization")).isEqualTo(RecplusStubs.BASIC_AUTH);
    assertThat(
            equalToJson(
                    "[{\"code\": \"xyz\", \"stock\": 84, \"cost\": \"3.50\"}, {\"code\": \"abc\", \"stock\": 0}]")
                .match(request.getBodyAsString())
                .isExactMatch())
        .isTrue();
  }

  private void stub(MappingBuilder mapping) {
    wireMock.stubFor(mapping);
  }

  private LoggedRequest onlyRequest(RequestPatternBuilder pattern) {
    List<LoggedRequest> requests = wireMock.findAll(pattern);
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  /** Every query parameter with its single value, so that an unexpected one fails the test. */
  private static Map<String, String> queryOf(LoggedRequest request) {
    return request.getQueryParams().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(",", e.getValue().values())));
  }
}
