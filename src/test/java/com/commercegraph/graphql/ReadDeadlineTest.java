package com.commercegraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A read waits for a stalled provider no longer than the read deadline, then answers the others'
 * part with that provider's as PROVIDER_TIMEOUT: here 2s, where REC+'s three tries at its 1s read
 * timeout, with backoff, would take about 3.5s.
 */
@QuarkusTest
@TestProfile(ShortReadDeadline.class)
class ReadDeadlineTest {

  // The figure measured, for the build log; the assertions hold the bounds.
  private static final Logger LOG = Logger.getLogger(ReadDeadlineTest.class);

  /** Room for a busy machine past the deadline: answering, not waiting. */
  private static final Duration SLACK = Duration.ofMillis(1_500);

  private final WireMockServer veeqo = VeeqoStubs.server();

  private final WireMockServer veepe = VeepeStubs.server();

  private final WireMockServer recplus = RecplusStubs.server();

  @BeforeEach
  void recplusHangs() {
    VeeqoStubs.ordersPage(
        1,
        1,
        2,
        VeeqoStubs.listedOrder(101, "2026-11-20T12:00:00Z"),
        VeeqoStubs.listedOrder(102, "2026-11-18T12:00:00Z"));
    RecplusStubs.readAnswers(
        RecplusStubs.ORDERS,
        RecplusStubs.orderList(RecplusStubs.listedOrder(1001, "2026-11-16T12:00:00"))
            .withFixedDelay(8_000));
  }

  @Test
  void aHangingProviderCostsAtMostTheReadDeadlineAndTheRestIsAnswered() {
    // The first request of an app pays for warming up: not the figure compared.
    GraphQLClient.post("{ orders(first: 1, filter: {providers: [VEEQO]}) { edges { cursor } } }")
        .statusCode(200);
    long started = System.nanoTime();
    JsonPath page =
        GraphQLClient.post(
                """
                { orders(first: 5, filter: {providers: [VEEQO, RECPLUS]}) {
                    edges { node { provider providerId } } } }
                """)
            .statusCode(200)
            .extract()
            .jsonPath();
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    LOG.infof("orders with REC+ hanging answered in %d ms", took.toMillis());
    assertThat(OrdersPage.ids(page)).containsExactly("VEEQO:101", "VEEQO:102");
    assertThat(page.getList("errors")).hasSize(1);
    assertThat(page.getString("errors[0].extensions.code")).isEqualTo("PROVIDER_TIMEOUT");
    assertThat(page.getString("errors[0].extensions.provider")).isEqualTo("RECPLUS");
    assertThat(took)
        .isLessThan(Duration.ofMillis(ShortReadDeadline.READ_DEADLINE_MILLIS).plus(SLACK));
  }

  @Test
  void aSummaryWaitsNoLongerEither() {
    GraphQLClient.post("{ orders(first: 1, filter: {providers: [VEEQO]}) { edges { cursor } } }")
        .statusCode(200);
    long started = System.nanoTime();
    JsonPath summary =
        GraphQLClient.post(
                """
                { orderSummary(from: "2026-11-01T00:00:00Z", to: "2026-12-01T00:00:00Z",
                               providers: [VEEQO, RECPLUS]) {
                    byProvider { provider orderCount } } }
                """)
            .statusCode(200)
            .extract()
            .jsonPath();
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(summary.getList("data.orderSummary.byProvider.provider")).containsExactly("VEEQO");
    assertThat(summary.getString("errors[0].extensions.code")).isEqualTo("PROVIDER_TIMEOUT");
    assertThat(summary.getString("errors[0].extensions.provider")).isEqualTo("RECPLUS");
    assertThat(took)
        .isLessThan(Duration.ofMillis(ShortReadDeadline.READ_DEADLINE_MILLIS).plus(SLACK));
  }
}
