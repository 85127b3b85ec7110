package com.commercegraph.provider.veepe;

import static com.commercegraph.provider.veepe.VeepeStubs.payload;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.commercegraph.failure.ProviderUnavailableException;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.report.Report;
import com.commercegraph.report.ReportStatus;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The VeePe port: client calls mapped into the common model, positions and empty results. */
@QuarkusTest
class VeepeProviderTest {

  private static final String ORDER_ID = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";

  private final WireMockServer wireMock = VeepeStubs.server();

  @Inject VeepeProvider provider;

  @Test
  void firstOrderPageIsPageOneAndPointsAtPageTwo() {
    wireMock.stubFor(
        get(urlPathEqualTo("/v1/orders")).willReturn(okJson(payload("orders-page.json"))));

    ProviderPage<Order> page = provider.orders(null);

    wireMock.verify(exactly(1), getRequestedFor(urlEqualTo("/v1/orders?page=1")));
    assertThat(page.nextPosition()).isEqualTo("2");
    assertThat(page.totalCount()).isEqualTo(84L);
    assertThat(page.items()).extracting(Order::status).containsExactly(OrderStatus.OPEN);
  }

  @Test
  void nextPositionAsksForThatPage() {
    wireMock.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .willReturn(
                okJson(
                    "{\"totalRecords\": \"84\", \"totalPages\": \"9\", \"page\": \"9\", \"data\": []}")));

    ProviderPage<Order> page = provider.orders("9");

    wireMock.verify(exactly(1), getRequestedFor(urlEqualTo("/v1/orders?page=9")));
    assertThat(page.nextPosition()).isNull();
  }

  @Test
  void positionThatIsNotAPageNumberIsRefusedWithoutCallingVeepe() {
    IllegalArgumentException refused =
        catchThrowableOfType(IllegalArgumentException.class, () -> provider.orders("abc"));

    assertThat(refused).isNotNull();
    wireMock.verify(exactly(0), getRequestedFor(urlPathEqualTo("/v1/orders")));
  }

  @Test
  void orderIsMappedWithItsHistory() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/orders/" + ORDER_ID)).willReturn(okJson(payload("order.json"))));

    Optional<Order> order = provider.order(ORDER_ID);

    assertThat(order)
        .hasValueSatisfying(
            found -> {
              assertThat(found.number()).isEqualTo("ORD-119123-VX");
              assertThat(found.statusHistory()).hasSize(1);
            });
  }

  @Test
  void orderVeepeDoesNotKnowIsEmpty() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/orders/missing"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(VeepeStubs.errorBody("NOT_FOUND", "no order"))));

    assertThat(provider.order("missing")).isEmpty();
  }

  @Test
  void otherFailuresOfAGetByIdAreNotHiddenAsEmpty() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/orders/" + ORDER_ID)).willReturn(aResponse().withStatus(503)));

    ProviderUnavailableException unavailable =
        catchThrowableOfType(ProviderUnavailableException.class, () -> provider.order(ORDER_ID));

    assertThat(unavailable.httpStatus()).contains(503);
  }

  @Test
  void requestedReportCoversTheInstantsAsEpochMilliseconds() {
    wireMock.stubFor(
        post(urlEqualTo("/v1/reports")).willReturn(okJson(payload("report-requested.json"))));

    Report report =
        provider.requestReport(
            "ORDER_REPORT",
            Instant.parse("2025-07-08T00:00:00Z"),
            Instant.parse("2025-08-05T21:19:59Z"));

    wireMock.verify(
        exactly(1),
        postRequestedFor(urlEqualTo("/v1/reports"))
            .withRequestBody(
                equalToJson(
                    """
                    {"type": "ORDER_REPORT", "startTimestamp": "1751932800000",
                     "endTimestamp": "1754428799000"}
                    """)));
    assertThat(report.status()).isEqualTo(ReportStatus.PENDING);
    assertThat(report.downloadUrl()).isNull();
  }

  @Test
  void invoiceAndReportLookupsMapOrComeBackEmpty() {
    wireMock.stubFor(
        get(urlEqualTo(
                "/v1/orders/c8826e17-51a0-4f91-bfce-2182deeb8abb/invoice/49de56b1-22b8-41ec-9945-668085295e3e"))
            .willReturn(okJson(payload("invoice.json"))));
    wireMock.stubFor(get(urlEqualTo("/v1/reports/gone")).willReturn(aResponse().withStatus(404)));

    assertThat(
            provider.invoice(
                "c8826e17-51a0-4f91-bfce-2182deeb8abb", "49de56b1-22b8-41ec-9945-668085295e3e"))
        .hasValueSatisfying(invoice -> assertThat(invoice.status()).isEqualTo("COMPLETED"));
    assertThat(provider.report("gone")).isEmpty();
  }
}
