package com.commercegraph.provider.veepe;

import static com.commercegraph.provider.veepe.VeepeStubs.SAMPLE_TOKEN;
import static com.commercegraph.provider.veepe.VeepeStubs.errorBody;
import static com.commercegraph.provider.veepe.VeepeStubs.payload;
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
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderConflictException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.failure.ProviderRateLimitedException;
import com.commercegraph.failure.ProviderRejectedException;
import com.commercegraph.failure.ProviderTimeoutException;
import com.commercegraph.failure.ProviderUnavailableException;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every VeePe endpoint: the exact request VeePe receives, its documented answers and errors. */
@QuarkusTest
class VeepeClientTest {

  private static final String ORDER_ID = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";
  private static final String BEARER = "Bearer " + SAMPLE_TOKEN;

  private final WireMockServer wireMock = VeepeStubs.server();

  @Inject VeepeClient client;

  @Test
  void createOrderPostsTheOrderAsJsonAndReadsTheAmountUnderItsCreateName() {
    wireMock.stubFor(
        post(urlEqualTo("/v1/orders")).willReturn(okJson(payload("order-created.json"))));

    VeepeOrder created =
        client.createOrder(
            new VeepeNewOrder(
                "SALE",
                "APP",
                "633876923",
                new VeepeAmount(500L, "INR"),
                new VeepeCustomer("Vikas Pandey", "vikas@example.com", "+919876543210", null),
                null));

    wireMock.verify(
        exactly(1),
        postRequestedFor(urlEqualTo("/v1/orders"))
            .withHeader("Authorization", equalTo(BEARER))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"orderType": "SALE", "channel": "APP", "merchantOrderReference": "633876923",
                     "amount": {"currency": "INR", "value": 500},
                     "customer": {"name": "Vikas Pandey", "email": "vikas@example.com",
                                  "phone": "+919876543210"}}
                    """)));
    assertThat(created.orderId()).isEqualTo("3ea8e4e0-d82a-4e65-8407-c19f1a338732");
    assertThat(created.displayOrderId()).isEqualTo("ORD-814350-ZW");
    assertThat(created.amount()).isEqualTo(new VeepeAmount(500L, "INR"));
    assertThat(created.orderStatus()).isEqualTo("OPEN");
    assertThat(created.orderDetails().items()).hasSize(2);
    assertThat(created.orderDetails().metadata()).containsEntry("source", "mobile_app");
  }

  @Test
  void ordersAsksForThePageAndReadsTotalsSentAsStrings() {
    wireMock.stubFor(
        get(urlPathEqualTo("/v1/orders")).willReturn(okJson(payload("orders-page.json"))));

    VeepePage<VeepeOrder> page = client.orders(3);

    wireMock.verify(
        exactly(1),
        getRequestedFor(urlEqualTo("/v1/orders?page=3"))
            .withHeader("Authorization", equalTo(BEARER)));
    assertThat(page.totalRecords()).isEqualTo(84L);
    assertThat(page.totalPages()).isEqualTo(9);
    assertThat(page.page()).isEqualTo(1);
    assertThat(page.data())
        .singleElement()
        .satisfies(
            order -> {
              assertThat(order.orderId()).isEqualTo(ORDER_ID);
              assertThat(order.amount()).isEqualTo(new VeepeAmount(8000L, "INR"));
              assertThat(order.customer().address().country()).isEqualTo("IND");
            });
  }

  @Test
  void ordersReadsTotalsSentAsNumbers() {
    wireMock.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .willReturn(
                okJson("{\"totalRecords\": 84, \"totalPages\": 9, \"page\": 2, \"data\": []}")));

    VeepePage<VeepeOrder> page = client.orders(2);

    assertThat(page.totalRecords()).isEqualTo(84L);
    assertThat(page.totalPages()).isEqualTo(9);
    assertThat(page.page()).isEqualTo(2);
    assertThat(page.data()).isEmpty();
  }

  @Test
  void orderReadsTheOrderWithItsStatusEvents() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/orders/" + ORDER_ID)).willReturn(okJson(payload("order.json"))));

    VeepeOrder order = client.order(ORDER_ID);

    wireMock.verify(
        exactly(1),
        getRequestedFor(urlEqualTo("/v1/orders/" + ORDER_ID))
            .withHeader("Authorization", equalTo(BEARER)));
    assertThat(order.orderStatus()).isEqualTo("CONFIRMED");
    assertThat(order.orderStatusEvents())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.eventName()).isEqualTo("ORDER_STATUS_UPDATED");
              assertThat(event.payload().orderStatus()).isEqualTo("CONFIRMED");
              assertThat(event.payload().createdAt()).isEqualTo("2026-01-08T10:03:47.666786093Z");
              assertThat(event.payload().orderStatusComment()).isEqualTo("Order CONFIRMED");
            });
  }

  @Test
  void updateOrderPutsOnlyTheGivenParts() {
    wireMock.stubFor(
        put(urlEqualTo("/v1/orders/" + ORDER_ID))
            .willReturn(okJson(payload("update-success.json"))));

    client.updateOrder(
        ORDER_ID,
        new VeepeOrderChanges(
            null,
            new VeepeCustomer(
                "Vaidik Pandey",
                "Vaidik.pandey.customer@example.com",
                "+919876543210",
                new VeepeAddress("456 Civil Lines", "Raipur", "Chhattisgarh", "492001", "IND")),
            new VeepeOrderDetails(
                List.of(new VeepeItem("Product A", 1, 200L)), Map.of("source", "app"))));

    wireMock.verify(
        exactly(1),
        putRequestedFor(urlEqualTo("/v1/orders/" + ORDER_ID))
            .withHeader("Authorization", equalTo(BEARER))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"customer": {"name": "Vaidik Pandey",
                                  "email": "Vaidik.pandey.customer@example.com",
                                  "phone": "+919876543210",
                                  "address": {"street": "456 Civil Lines", "city": "Raipur",
                                              "state": "Chhattisgarh", "postalCode": "492001",
                                              "country": "IND"}},
                     "orderDetails": {"items": [{"name": "Product A", "quantity": 1,
                                                 "unitPrice": 200}],
                                      "metadata": {"source": "app"}}}
                    """)));
  }

  @Test
  void updateOfAnOrderThatIsNoLongerOpenIsAConflict() {
    wireMock.stubFor(
        put(urlEqualTo("/v1/orders/" + ORDER_ID))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody(errorBody("CONFLICT", "Only OPEN orders can be updated"))));

    ProviderConflictException conflict =
        catchThrowableOfType(
            ProviderConflictException.class,
            () -> client.updateOrder(ORDER_ID, new VeepeOrderChanges(null, null, null)));

    assertThat(conflict.code()).isEqualTo("CONFLICT");
    assertThat(conflict.httpStatus()).contains(409);
    assertThat(conflict.providerCode()).contains("CONFLICT");
    assertThat(conflict.providerMessage()).contains("Only OPEN orders can be updated");
    assertThat(conflict.outcomeUnknown()).isFalse();
  }

  @Test
  void changeStatusPutsStatusAndNoteAndAcceptsSuccessSentAsString() {
    wireMock.stubFor(
        put(urlEqualTo("/v1/orders/" + ORDER_ID + "/status"))
            .willReturn(okJson(payload("status-success.json"))));

    client.changeStatus(
        ORDER_ID,
        new VeepeStatusChange("CONFIRMED", "this order is available in inventory so confirm it"));

    wireMock.verify(
        exactly(1),
        putRequestedFor(urlEqualTo("/v1/orders/" + ORDER_ID + "/status"))
            .withHeader("Authorization", equalTo(BEARER))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"orderStatus": "CONFIRMED",
                     "note": "this order is available in inventory so confirm it"}
                    """)));
  }

  @Test
  void changeStatusAnsweredWithSuccessFalseIsRejected() {
    wireMock.stubFor(
        put(urlEqualTo("/v1/orders/" + ORDER_ID + "/status"))
            .willReturn(okJson("{\"success\": false}")));

    ProviderRejectedException rejected =
        catchThrowableOfType(
            ProviderRejectedException.class,
            () -> client.changeStatus(ORDER_ID, new VeepeStatusChange("SHIPPED", null)));

    assertThat(rejected.code()).isEqualTo("PROVIDER_REJECTED");
    assertThat(rejected.provider()).isEqualTo(Provider.VEEPE);
  }

  @Test
  void transitionTheLifecycleForbidsIsAConflictWithVeepesCode() {
    wireMock.stubFor(
        put(urlEqualTo("/v1/orders/" + ORDER_ID + "/status"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody(errorBody("CONFLICT", "Invalid state transition"))));

    ProviderConflictException conflict =
        catchThrowableOfType(
            ProviderConflictException.class,
            () -> client.changeStatus(ORDER_ID, new VeepeStatusChange("CLOSED", null)));

    assertThat(conflict.code()).isEqualTo("CONFLICT");
    assertThat(conflict.httpStatus()).contains(409);
    assertThat(conflict.providerCode()).contains("CONFLICT");
    assertThat(conflict.providerMessage()).contains("Invalid state transition");
  }

  @Test
  void checkoutLinkReadsTheHostedSession() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/orders/" + ORDER_ID + "/checkout-link"))
            .willReturn(okJson(payload("checkout-link.json"))));

    VeepeCheckoutLink link = client.checkoutLink(ORDER_ID);

    wireMock.verify(
        exactly(1),
        getRequestedFor(urlEqualTo("/v1/orders/" + ORDER_ID + "/checkout-link"))
            .withHeader("Authorization", equalTo(BEARER)));
    assertThat(link)
        .isEqualTo(
            new VeepeCheckoutLink(
                "chk_9f1c2e8b4d",
                "7b719e75-b235-4ffb-8130-efcae8f6bd90",
                "https://<CHECKOUT_PAGE_URL>",
                "2026-01-15T18:25:12.441Z",
                "2026-01-16T18:25:12.441Z"));
  }

  @Test
  void createInvoicePostsWithoutABody() {
    String orderId = "c8826e17-51a0-4f91-bfce-2182deeb8abb";
    wireMock.stubFor(
        post(urlEqualTo("/v1/orders/" + orderId + "/invoice"))
            .willReturn(okJson(payload("invoice-created.json"))));

    VeepeInvoice invoice = client.createInvoice(orderId);

    wireMock.verify(
        exactly(1),
        postRequestedFor(urlEqualTo("/v1/orders/" + orderId + "/invoice"))
            .withHeader("Authorization", equalTo(BEARER))
            .withRequestBody(absent()));
    assertThat(invoice.invoiceId()).isEqualTo("49de56b1-22b8-41ec-9945-668085295e3e");
    assertThat(invoice.orderId()).isEqualTo(orderId);
    assertThat(invoice.createdDate()).isEqualTo("2026-01-08T11:44:31.277598511Z");
    assertThat(invoice.status()).isNull();
  }

  @Test
  void invoiceReadsStatusAndDownloadLink() {
    String path =
        "/v1/orders/c8826e17-51a0-4f91-bfce-2182deeb8abb/invoice/49de56b1-22b8-41ec-9945-668085295e3e";
    wireMock.stubFor(get(urlEqualTo(path)).willReturn(okJson(payload("invoice.json"))));

    VeepeInvoice invoice =
        client.invoice(
            "c8826e17-51a0-4f91-bfce-2182deeb8abb", "49de56b1-22b8-41ec-9945-668085295e3e");

    wireMock.verify(
        exactly(1), getRequestedFor(urlEqualTo(path)).withHeader("Authorization", equalTo(BEARER)));
    assertThat(invoice.status()).isEqualTo("COMPLETED");
    assertThat(invoice.merchantName()).isEqualTo("Amazon Ind Pvt ltd");
    assertThat(invoice.downloadLink())
        .isEqualTo("https://someurl/c8826e17-51a0-4f91-bfce-2182deeb8abb.pdf");
    assertThat(invoice.updatedAt()).isEqualTo("2026-01-08T11:44:38.328Z");
  }

  @Test
  void requestReportSendsTypeAndEpochMillisecondsAsStrings() {
    wireMock.stubFor(
        post(urlEqualTo("/v1/reports")).willReturn(okJson(payload("report-requested.json"))));

    VeepeReport report =
        client.requestReport(
            VeepeReportRequest.of(
                "ORDER_REPORT",
                Instant.ofEpochMilli(1751932800000L),
                Instant.ofEpochMilli(1754428799000L)));

    wireMock.verify(
        exactly(1),
        postRequestedFor(urlEqualTo("/v1/reports"))
            .withHeader("Authorization", equalTo(BEARER))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"type": "ORDER_REPORT", "startTimestamp": "1751932800000",
                     "endTimestamp": "1754428799000"}
                    """)));
    assertThat(report.status()).isEqualTo("PENDING");
    assertThat(report.downloadLink()).isNull();
    assertThat(report.message()).isEqualTo("Report generation request accepted");
  }

  @Test
  void reportsAsksForThePageAndReadsEveryReport() {
    wireMock.stubFor(
        get(urlPathEqualTo("/v1/reports")).willReturn(okJson(payload("reports-page.json"))));

    VeepePage<VeepeReport> page = client.reports(1);

    wireMock.verify(
        exactly(1),
        getRequestedFor(urlEqualTo("/v1/reports?page=1"))
            .withHeader("Authorization", equalTo(BEARER)));
    assertThat(page.totalRecords()).isEqualTo(2L);
    assertThat(page.totalPages()).isEqualTo(1);
    assertThat(page.data())
        .extracting(VeepeReport::reportId)
        .containsExactly(
            "ab03a1b5-1179-4a68-9062-1921ffb01ae8", "7b84e590-1640-403c-9cb3-e5094f76e8a7");
  }

  @Test
  void reportReadsOneReport() {
    String reportId = "ab03a1b5-1179-4a68-9062-1921ffb01ae8";
    wireMock.stubFor(
        get(urlEqualTo("/v1/reports/" + reportId)).willReturn(okJson(payload("report.json"))));

    VeepeReport report = client.report(reportId);

    wireMock.verify(
        exactly(1),
        getRequestedFor(urlEqualTo("/v1/reports/" + reportId))
            .withHeader("Authorization", equalTo(BEARER)));
    assertThat(report.type()).isEqualTo("ORDER_REPORT");
    assertThat(report.status()).isEqualTo("COMPLETED");
    assertThat(report.downloadLink())
        .isEqualTo("https://example.com/reports/ab03a1b5-1179-4a68-9062-1921ffb01ae8.pdf");
  }

  @Test
  void invalidRequestIsRejectedWithVeepesCode() {
    wireMock.stubFor(
        post(urlEqualTo("/v1/orders"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        errorBody("INVALID_REQUEST", "merchantOrderReference is too short"))));

    ProviderRejectedException rejected =
        catchThrowableOfType(
            ProviderRejectedException.class,
            () -> client.createOrder(new VeepeNewOrder("SALE", "APP", "ab", null, null, null)));

    assertThat(rejected.code()).isEqualTo("PROVIDER_REJECTED");
    assertThat(rejected.httpStatus()).contains(400);
    assertThat(rejected.providerCode()).contains("INVALID_REQUEST");
    assertThat(rejected.providerMessage()).contains("merchantOrderReference is too short");
    assertThat(rejected.outcomeUnknown()).isFalse();
  }

  @Test
  void unknownOrderIsNotFound() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/orders/missing"))
            .willReturn(
                aResponse().withStatus(404).withBody(errorBody("NOT_FOUND", "Order not found"))));

    ProviderNotFoundException notFound =
        catchThrowableOfType(ProviderNotFoundException.class, () -> client.order("missing"));

    assertThat(notFound.code()).isEqualTo("NOT_FOUND");
    assertThat(notFound.httpStatus()).contains(404);
    assertThat(notFound.providerCode()).contains("NOT_FOUND");
    assertThat(notFound.providerMessage()).contains("Order not found");
  }

  @Test
  void notFoundWithAnEmptyBodyStillIsNotFound() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/reports/missing")).willReturn(aResponse().withStatus(404)));

    ProviderNotFoundException notFound =
        catchThrowableOfType(ProviderNotFoundException.class, () -> client.report("missing"));

    assertThat(notFound.httpStatus()).contains(404);
    assertThat(notFound.providerCode()).isEmpty();
    assertThat(notFound.providerMessage()).isEmpty();
  }

  @Test
  void internalErrorIsUnavailable() {
    wireMock.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .willReturn(
                aResponse().withStatus(500).withBody(errorBody("INTERNAL_ERROR", "Server error"))));

    ProviderUnavailableException unavailable =
        catchThrowableOfType(ProviderUnavailableException.class, () -> client.orders(1));

    assertThat(unavailable.code()).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(unavailable.httpStatus()).contains(500);
    assertThat(unavailable.providerCode()).contains("INTERNAL_ERROR");
    assertThat(unavailable.providerMessage()).contains("Server error");
    assertThat(unavailable.retryable()).isTrue();
  }

  @Test
  void errorPageThatIsNotJsonStillGivesTheStatusMeaning() {
    wireMock.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Bad gateway</body></html>")));

    ProviderUnavailableException unavailable =
        catchThrowableOfType(ProviderUnavailableException.class, () -> client.orders(1));

    assertThat(unavailable.httpStatus()).contains(502);
    assertThat(unavailable.providerCode()).isEmpty();
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    wireMock.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

    ProviderRateLimitedException limited =
        catchThrowableOfType(ProviderRateLimitedException.class, () -> client.orders(1));

    assertThat(limited.code()).isEqualTo("RATE_LIMITED");
    assertThat(limited.httpStatus()).contains(429);
    assertThat(limited.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void rateLimitWithoutRetryAfterHasNoWait() {
    wireMock.stubFor(get(urlPathEqualTo("/v1/orders")).willReturn(aResponse().withStatus(429)));

    ProviderRateLimitedException limited =
        catchThrowableOfType(ProviderRateLimitedException.class, () -> client.orders(1));

    assertThat(limited.code()).isEqualTo("RATE_LIMITED");
    assertThat(limited.retryAfter()).isEmpty();
  }

  @Test
  void malformedJsonIsABadResponse() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/orders/" + ORDER_ID)).willReturn(okJson("{\"orderId\": \"6d8b")));

    ProviderBadResponseException bad =
        catchThrowableOfType(ProviderBadResponseException.class, () -> client.order(ORDER_ID));

    assertThat(bad.code()).isEqualTo("PROVIDER_BAD_RESPONSE");
    assertThat(bad.provider()).isEqualTo(Provider.VEEPE);
  }

  @Test
  void slowReadIsATimeoutWithKnownOutcome() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/orders/" + ORDER_ID))
            .willReturn(okJson(payload("order.json")).withFixedDelay(1500)));

    ProviderTimeoutException timeout =
        catchThrowableOfType(ProviderTimeoutException.class, () -> client.order(ORDER_ID));

    assertThat(timeout.code()).isEqualTo("PROVIDER_TIMEOUT");
    assertThat(timeout.httpStatus()).isEmpty();
    assertThat(timeout.outcomeUnknown()).isFalse();
  }

  @Test
  void writeThatTimesOutHasAnUnknownOutcome() {
    wireMock.stubFor(
        put(urlEqualTo("/v1/orders/" + ORDER_ID + "/status"))
            .willReturn(okJson(payload("status-success.json")).withFixedDelay(1500)));

    ProviderTimeoutException timeout =
        catchThrowableOfType(
            ProviderTimeoutException.class,
            () -> client.changeStatus(ORDER_ID, new VeepeStatusChange("CONFIRMED", null)));

    assertThat(timeout.code()).isEqualTo("PROVIDER_TIMEOUT");
    assertThat(timeout.outcomeUnknown()).isTrue();
  }

  @Test
  void droppedConnectionIsUnavailable() {
    wireMock.stubFor(
        get(urlPathEqualTo("/v1/reports"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ProviderUnavailableException unavailable =
        catchThrowableOfType(ProviderUnavailableException.class, () -> client.reports(1));

    assertThat(unavailable.code()).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(unavailable.httpStatus()).isEmpty();
    assertThat(unavailable.outcomeUnknown()).isFalse();
  }

  @Test
  void createDroppedMidwayHasAnUnknownOutcome() {
    wireMock.stubFor(
        post(urlEqualTo("/v1/orders"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ProviderUnavailableException unavailable =
        catchThrowableOfType(
            ProviderUnavailableException.class,
            () ->
                client.createOrder(
                    new VeepeNewOrder("SALE", "APP", "633876923", null, null, null)));

    assertThat(unavailable.outcomeUnknown()).isTrue();
  }

  @Test
  void noFailureMessageContainsTheCredentials() {
    wireMock.stubFor(get(urlPathEqualTo("/v1/orders")).willReturn(aResponse().withStatus(500)));
    wireMock.stubFor(
        get(urlEqualTo("/v1/orders/" + ORDER_ID))
            .willReturn(aResponse().withStatus(401).withBody(payload("error-token-invalid.json"))));
    wireMock.stubFor(
        get(urlPathEqualTo("/v1/reports"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    List<ProviderException> failures =
        List.of(
            catchThrowableOfType(ProviderException.class, () -> client.orders(1)),
            catchThrowableOfType(ProviderException.class, () -> client.order(ORDER_ID)),
            catchThrowableOfType(ProviderException.class, () -> client.reports(1)));

    assertThat(failures).allSatisfy(VeepeSecrets::assertNoCredentialIn);
  }
}
