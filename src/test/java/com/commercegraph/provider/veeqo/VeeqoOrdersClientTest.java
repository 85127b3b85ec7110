package com.commercegraph.provider.veeqo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order endpoints of orders.md, as Veeqo receives and answers them. */
@QuarkusTest
class VeeqoOrdersClientTest {

  private final WireMockServer wireMock = VeeqoStubs.server();

  @Inject VeeqoClient client;

  @Test
  void listOrdersSendsEveryFilterWithUtcTimesAndTheApiKey() {
    VeeqoStubs.noOrders();

    client.orders(
        new VeeqoOrderQuery(
            12345L,
            OffsetDateTime.parse("2016-03-01T12:10:01.900+01:00"),
            OffsetDateTime.parse("2016-03-01T06:10:01-05:00"),
            "awaiting_fulfillment",
            "Frodo Baggins",
            "Give your tag a name",
            2,
            25));

    wireMock.verify(
        exactly(1),
        getRequestedFor(urlPathEqualTo("/orders"))
            .withQueryParam("since_id", equalTo("12345"))
            .withQueryParam("created_at_min", equalTo("2016-03-01 11:10:01"))
            .withQueryParam("updated_at_min", equalTo("2016-03-01 11:10:01"))
            .withQueryParam("status", equalTo("awaiting_fulfillment"))
            .withQueryParam("query", equalTo("Frodo Baggins"))
            .withQueryParam("tags", equalTo("Give your tag a name"))
            .withQueryParam("page", equalTo("2"))
            .withQueryParam("page_size", equalTo("25"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withHeader("Authorization", absent())
            .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void listOrdersLeavesUnsetFiltersOut() {
    VeeqoStubs.noOrders();

    client.orders(VeeqoOrderQuery.page(null, null));

    wireMock.verify(exactly(1), getRequestedFor(urlEqualTo("/orders")));
  }

  @Test
  void listOrdersReadsTheDocumentedOrderAndAllPagingHeaders() {
    VeeqoStubs.ordersAnswer(
        VeeqoStubs.page(VeeqoStubs.payload("orders/index.json"), 123, 12, 1, 10));

    VeeqoPage<VeeqoOrder> page = client.orders(VeeqoOrderQuery.page(1, 10));

    assertThat(page.items()).hasSize(1);
    VeeqoOrder order = page.items().get(0);
    assertThat(order.id()).isEqualTo(13359622L);
    assertThat(order.number()).isEqualTo("rdr1234");
    assertThat(order.status()).isEqualTo("awaiting_stock");
    assertThat(order.totalPrice()).isEqualTo(new BigDecimal("213.04"));
    assertThat(order.channel().currencyCode()).isEqualTo("GBP");
    assertThat(order.lineItems())
        .extracting(line -> line.sellable().skuCode())
        .containsExactly("g-dog-2", "M2IEG-B");
    assertThat(page.totalCount()).isEqualTo(123L);
    assertThat(page.totalPages()).isEqualTo(12);
    assertThat(page.pageIndex()).isEqualTo(1);
    assertThat(page.perPage()).isEqualTo(10);
    assertThat(page.nextPage()).isEqualTo(2);
  }

  @Test
  void lastPageByTheHeadersHasNoNextPage() {
    VeeqoStubs.ordersAnswer(VeeqoStubs.page(VeeqoStubs.payload("orders/index.json"), 23, 3, 3, 10));

    assertThat(client.orders(VeeqoOrderQuery.page(3, 10)).nextPage()).isNull();
  }

  @Test
  void missingOrGarbledPagingHeadersFallBackToWhatWasAskedFor() {
    VeeqoStubs.ordersAnswer(
        okJson(VeeqoStubs.payload("orders/index.json")).withHeader("X-Page-Index", "one"));

    VeeqoPage<VeeqoOrder> fullPage = client.orders(VeeqoOrderQuery.page(4, 1));
    VeeqoPage<VeeqoOrder> shortPage = client.orders(VeeqoOrderQuery.page(4, 5));

    assertThat(fullPage.pageIndex()).isEqualTo(4);
    assertThat(fullPage.totalCount()).isNull();
    assertThat(fullPage.totalPages()).isNull();
    assertThat(fullPage.nextPage()).isEqualTo(5);
    assertThat(shortPage.nextPage()).isNull();
  }

  @Test
  void totalCountAloneDecidesWhetherAnotherPageFollows() {
    VeeqoStubs.ordersAnswer(
        okJson(VeeqoStubs.payload("orders/index.json")).withHeader("X-Total-Count", "2"));

    assertThat(client.orders(VeeqoOrderQuery.page(1, 1)).nextPage()).isEqualTo(2);
    assertThat(client.orders(VeeqoOrderQuery.page(2, 1)).nextPage()).isNull();
  }

  @Test
  void getOrderAsksForItById() {
    wireMock.stubFor(
        get(urlEqualTo("/orders/13359622"))
            .willReturn(okJson(VeeqoStubs.payload("orders/show.json"))));

    VeeqoOrder order = client.order(13359622L);

    assertThat(order.deliverTo().firstName()).isEqualTo("Samwise");
    assertThat(order.customer().billingAddress().zip()).isEqualTo("VA1 1NB");
    wireMock.verify(
        exactly(1),
        getRequestedFor(urlEqualTo("/orders/13359622"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void createOrderSendsTheBuyerProtectionBodyWrappedInOrderWithoutNulls() {
    wireMock.stubFor(
        post(urlEqualTo("/orders"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Location", "http://app.veeqo.dev/orders/13359622")
                    .withBody(VeeqoStubs.payload("orders/show.json"))));

    VeeqoOrder created = client.createOrder(amazonOrder());

    assertThat(created.id()).isEqualTo(13359622L);
    wireMock.verify(
        exactly(1),
        postRequestedFor(urlEqualTo("/orders"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Accept", equalTo("application/json"))
            .withRequestBody(equalToJson(VeeqoStubs.payload("orders/create-amazon-request.json"))));
  }

  /** The order of veeqo-amazon-buyer-protection.txt step 3, with its placeholders filled in. */
  static VeeqoNewOrder amazonOrder() {
    String amazonOrderId = "111-2223334-5556667";
    VeeqoAddress billing = johnSmithInSeattle(null);
    VeeqoAddress deliverTo = johnSmithInSeattle("john.smith@example.com");
    return new VeeqoNewOrder(
        1234567L,
        amazonOrderId,
        null,
        null,
        null,
        "2026-05-15",
        false,
        new BigDecimal("5.99"),
        new BigDecimal("2.10"),
        null,
        "USD",
        List.of(
            new VeeqoNewOrder.LineItem(
                111222333L,
                1,
                new BigDecimal("25.00"),
                new BigDecimal("0.0"),
                new BigDecimal("0.00"),
                "12345678901234",
                null)),
        new VeeqoNewOrder.NewCustomer("john.smith@example.com", "+12065551234", null, billing),
        deliverTo,
        new VeeqoNewOrder.Payment("amazon", amazonOrderId),
        null);
  }

  /** The buyer's address, billed without an e-mail and delivered to with one. */
  private static VeeqoAddress johnSmithInSeattle(String email) {
    return new VeeqoAddress(
        null,
        "John",
        "Smith",
        null,
        "123 Main St",
        null,
        "Seattle",
        "WA",
        "98101",
        "US",
        "+12065551234",
        email);
  }
}
