package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code createCheckoutLink}, {@code createInvoice} and {@code requestReport} for VeePe. */
@QuarkusTest
class VeepePaymentAndReportTest {

  private static final String CHECKOUT =
      """
      mutation Link($orderId: ID!) {
        createCheckoutLink(orderId: $orderId) {
          checkoutLink { sessionId url orderId createdAt expiresAt }
          userErrors { field message code }
        }
      }
      """;

  private static final String INVOICE =
      """
      mutation Invoice($orderId: ID!) {
        createInvoice(orderId: $orderId) {
          invoice { id provider orderId createdAt }
          userErrors { field message code }
        }
      }
      """;

  private static final String REPORT =
      """
      mutation Report($type: String!, $from: DateTime!, $to: DateTime!) {
        requestReport(type: $type, from: $from, to: $to) {
          report { id provider type status message downloadUrl }
          userErrors { field message code }
        }
      }
      """;

  // veepe/checkout-link.json
  private static final String CHECKOUT_ORDER = "7b719e75-b235-4ffb-8130-efcae8f6bd90";
  // veepe/invoice-created.json
  private static final String INVOICED_ORDER = "c8826e17-51a0-4f91-bfce-2182deeb8abb";
  private static final String INVOICE_ID = "49de56b1-22b8-41ec-9945-668085295e3e";

  private final WireMockServer veepe = VeepeStubs.server();

  @Test
  void aCheckoutLinkIsVeepesHostedPageForTheOrder() {
    String orderId = orderId(CHECKOUT_ORDER);
    veepe.stubFor(
        get(urlPathEqualTo("/v1/orders/" + CHECKOUT_ORDER + "/checkout-link"))
            .willReturn(okJson(VeepeStubs.payload("checkout-link.json"))));

    GraphQLClient.post(CHECKOUT, Map.of("orderId", orderId))
        .spec(MutationAnswer.accepted("createCheckoutLink"))
        .body("data.createCheckoutLink.checkoutLink.sessionId", is("chk_9f1c2e8b4d"))
        .body("data.createCheckoutLink.checkoutLink.url", is("https://<CHECKOUT_PAGE_URL>"))
        .body("data.createCheckoutLink.checkoutLink.orderId", is(orderId))
        .body("data.createCheckoutLink.checkoutLink.expiresAt", is("2026-01-16T18:25:12.441Z"));

    veepe.verify(
        1,
        getRequestedFor(urlPathEqualTo("/v1/orders/" + CHECKOUT_ORDER + "/checkout-link"))
            .withHeader("Authorization", equalTo(VeepeStubs.BEARER)));
  }

  @Test
  void anInvoiceIsCreatedOnceAndAnsweredWithItsIds() {
    VeepeStubs.createInvoiceAnswers(
        INVOICED_ORDER, okJson(VeepeStubs.payload("invoice-created.json")));

    GraphQLClient.post(INVOICE, Map.of("orderId", orderId(INVOICED_ORDER)))
        .spec(MutationAnswer.accepted("createInvoice"))
        .body(
            "data.createInvoice.invoice.id",
            is(
                NodeId.encode(
                    Provider.VEEPE, EntityKind.INVOICE, INVOICED_ORDER + "/" + INVOICE_ID)))
        .body("data.createInvoice.invoice.orderId", is(orderId(INVOICED_ORDER)));

    veepe.verify(
        1,
        postRequestedFor(urlPathEqualTo("/v1/orders/" + INVOICED_ORDER + "/invoice"))
            .withHeader("Authorization", equalTo(VeepeStubs.BEARER)));
  }

  @Test
  void anInvoiceThatTimesOutIsOutcomeUnknownAndNotRetried() {
    VeepeStubs.createInvoiceAnswers(
        INVOICED_ORDER, okJson(VeepeStubs.payload("invoice-created.json")).withFixedDelay(1500));

    GraphQLClient.post(INVOICE, Map.of("orderId", orderId(INVOICED_ORDER)))
        .body("data.createInvoice", nullValue())
        .spec(FirstError.of("OUTCOME_UNKNOWN", "VEEPE"));

    veepe.verify(1, postRequestedFor(urlPathEqualTo("/v1/orders/" + INVOICED_ORDER + "/invoice")));
  }

  @Test
  void checkoutLinksAndInvoicesOfOtherProvidersAreUnsupportedWithoutAnyCall() {
    String veeqoOrder = NodeId.encode(Provider.VEEQO, EntityKind.ORDER, "13359622");

    GraphQLClient.post(CHECKOUT, Map.of("orderId", veeqoOrder))
        .body("errors", nullValue())
        .body("data.createCheckoutLink.userErrors[0].code", is("UNSUPPORTED"))
        .body("data.createCheckoutLink.userErrors[0].field", contains("orderId"));
    GraphQLClient.post(INVOICE, Map.of("orderId", veeqoOrder))
        .body("data.createInvoice.userErrors[0].code", is("UNSUPPORTED"));

    assertThat(veepe.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void aReportIsRequestedWithEpochMillisecondStrings() {
    VeepeStubs.reportRequestAnswers(okJson(VeepeStubs.payload("report-requested.json")));

    GraphQLClient.post(
            REPORT,
            Map.of(
                "type", "ORDER_REPORT",
                "from", "2025-07-08T00:00:00Z",
                "to", "2025-08-05T21:19:59Z"))
        .spec(MutationAnswer.accepted("requestReport"))
        .body(
            "data.requestReport.report.id",
            is(
                NodeId.encode(
                    Provider.VEEPE, EntityKind.REPORT, "ab03a1b5-1179-4a68-9062-1921ffb01ae8")))
        .body("data.requestReport.report.status", is("PENDING"))
        .body("data.requestReport.report.downloadUrl", nullValue());

    veepe.verify(
        1,
        postRequestedFor(urlPathEqualTo("/v1/reports"))
            .withHeader("Authorization", equalTo(VeepeStubs.BEARER))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"type": "ORDER_REPORT", "startTimestamp": "1751932800000",
                     "endTimestamp": "1754428799000"}
                    """)));
  }

  @Test
  void aBlankTypeOrAnEmptyWindowIsRefusedWithoutCallingVeepe() {
    GraphQLClient.post(
            REPORT,
            Map.of("type", " ", "from", "2025-08-05T00:00:00Z", "to", "2025-08-05T00:00:00Z"))
        .body("errors", nullValue())
        .body("data.requestReport.report", nullValue())
        .body(
            "data.requestReport.userErrors.field",
            containsInAnyOrder(List.of("type"), List.of("to")))
        .body("data.requestReport.userErrors.code", containsInAnyOrder("REQUIRED", "INVALID"));

    assertThat(veepe.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void aReportRequestThatTimesOutIsOutcomeUnknownWithOneRequest() {
    VeepeStubs.reportRequestAnswers(
        okJson(VeepeStubs.payload("report-requested.json")).withFixedDelay(1500));

    GraphQLClient.post(
            REPORT,
            Map.of(
                "type",
                "ORDER_REPORT",
                "from",
                "2025-07-08T00:00:00Z",
                "to",
                "2025-08-05T21:19:59Z"))
        .body("data.requestReport", nullValue())
        .spec(FirstError.of("OUTCOME_UNKNOWN", "VEEPE"));

    veepe.verify(1, postRequestedFor(urlPathEqualTo("/v1/reports")));
  }

  private static String orderId(String veepeOrderId) {
    return NodeId.encode(Provider.VEEPE, EntityKind.ORDER, veepeOrderId);
  }
}
