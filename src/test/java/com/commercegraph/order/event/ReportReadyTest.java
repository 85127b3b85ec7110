package com.commercegraph.order.event;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.NodeId;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.provider.AnswersInTurn;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.commercegraph.report.ReportWatch;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code reportReady}: one event when VeePe's report is done, then the stream completes. */
@QuarkusTest
@TestProfile(LiveOrdersProfile.class)
class ReportReadyTest {

  private static final String REPORT_ID = "ab03a1b5-1179-4a68-9062-1921ffb01ae8";
  private static final String REPORT_PATH = "/v1/reports/" + REPORT_ID;
  private static final String READY =
      """
      subscription Ready($id: ID!) { reportReady(id: $id) { id status downloadUrl } }
      """;

  private static final int SUBSCRIBERS = 5;

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject ReportWatch watch;

  @Test
  void oneEventOnceTheReportIsDoneThenTheStreamCompletes() {
    String pending = pending();
    AnswersInTurn.stub(
        VeepeStubs.server(),
        get(urlEqualTo(REPORT_PATH)),
        okJson(pending),
        okJson(pending),
        okJson(VeepeStubs.payload("report.json")));

    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket.start("r", READY, Map.of("id", id())).awaitMessage("complete", "r");
      assertThat(socket.results("r")).hasSize(1);
      JsonObject report =
          socket.results("r").get(0).getJsonObject("data").getJsonObject("reportReady");
      assertThat(report.getString("status")).isEqualTo("COMPLETED");
      assertThat(report.getString("id")).isEqualTo(id());
    }
    VeepeStubs.server().verify(3, getRequestedFor(urlEqualTo(REPORT_PATH)));
  }

  @Test
  void aReportVeepeDoesNotHaveIsAnErrorForThatSubscription() {
    VeepeStubs.server().stubFor(get(urlEqualTo(REPORT_PATH)).willReturn(notFound()));
    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket.start("r", READY, Map.of("id", id())).awaitMessage("complete", "r");
      JsonObject answer = socket.results("r").get(0);
      assertThat(
              answer
                  .getJsonArray("errors")
                  .getJsonObject(0)
                  .getJsonObject("extensions")
                  .getString("code"))
          .isEqualTo("BAD_USER_INPUT");
    }
  }

  @Test
  void itNeedsTheFinanceRole() {
    try (SocketClient socket = SocketClient.open(graphql).initWithKey("test-orders-read")) {
      socket.start("r", READY, Map.of("id", id())).awaitMessage("complete", "r");
      JsonObject answer = socket.results("r").get(0);
      assertThat(
              answer
                  .getJsonArray("errors")
                  .getJsonObject(0)
                  .getJsonObject("extensions")
                  .getString("code"))
          .isEqualTo("FORBIDDEN");
    }
    VeepeStubs.server().verify(0, getRequestedFor(urlEqualTo(REPORT_PATH)));
  }

  @Test
  void fiveSubscribersToOneReportShareOneReadPerIntervalUntilItIsDone() {
    VeepeStubs.server().stubFor(get(urlEqualTo(REPORT_PATH)).willReturn(okJson(pending())));
    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      for (int s = 0; s < SUBSCRIBERS; s++) {
        socket.start("r" + s, READY, Map.of("id", id()));
      }
      await().atMost(Duration.ofSeconds(5)).until(() -> watch.waiting() == SUBSCRIBERS);
      VeepeStubs.server().resetRequests();

      await().atMost(Duration.ofSeconds(5)).until(() -> reportReads().size() >= 5);
      assertOneReadPerInterval(reportReads());

      VeepeStubs.server()
          .stubFor(
              get(urlEqualTo(REPORT_PATH)).willReturn(okJson(VeepeStubs.payload("report.json"))));
      for (int s = 0; s < SUBSCRIBERS; s++) {
        socket.awaitMessage("complete", "r" + s);
        assertThat(socket.results("r" + s)).hasSize(1);
        assertThat(
                socket
                    .results("r" + s)
                    .get(0)
                    .getJsonObject("data")
                    .getJsonObject("reportReady")
                    .getString("status"))
            .isEqualTo("COMPLETED");
      }
    }
    assertThat(watch.waiting()).isZero();
    assertNoMoreReads();
  }

  @Test
  void theSharedReadsStopWhenTheLastSubscriberLeaves() {
    VeepeStubs.server().stubFor(get(urlEqualTo(REPORT_PATH)).willReturn(okJson(pending())));
    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      for (int s = 0; s < 3; s++) {
        socket.start("r" + s, READY, Map.of("id", id()));
      }
      await().atMost(Duration.ofSeconds(5)).until(() -> watch.waiting() == 3);
      socket.stop("r0").stop("r1");
      await().atMost(Duration.ofSeconds(5)).until(() -> watch.waiting() == 1);
      VeepeStubs.server().resetRequests();
      await().atMost(Duration.ofSeconds(5)).until(() -> reportReads().size() >= 3);
      assertOneReadPerInterval(reportReads());

      socket.stop("r2");
      await().atMost(Duration.ofSeconds(5)).until(() -> watch.waiting() == 0);
      assertNoMoreReads();
      assertThat(socket.results("r2")).isEmpty();
    }
  }

  /**
   * No more reads than intervals passed (one reader, whoever waits; five would read five times as
   * often), counted over the whole span so that one late read does not decide it.
   */
  private static void assertOneReadPerInterval(List<LoggedRequest> reads) {
    List<Long> at = reads.stream().map(read -> read.getLoggedDate().getTime()).sorted().toList();
    long span = at.get(at.size() - 1) - at.get(0);
    assertThat(at.size() - 1)
        .as("reads after the first within %d ms", span)
        .isLessThanOrEqualTo((int) (span / LiveOrdersProfile.REPORT_POLL_INTERVAL_MILLIS) + 1);
  }

  /** Once nobody waits, at most a read already under way lands; then none. */
  private static void assertNoMoreReads() {
    int after = reportReads().size();
    await()
        .during(Duration.ofMillis(LiveOrdersProfile.REPORT_POLL_INTERVAL_MILLIS * 4))
        .atMost(Duration.ofSeconds(3))
        .until(() -> reportReads().size() <= after + 1);
  }

  private static List<LoggedRequest> reportReads() {
    return VeepeStubs.server().findAll(getRequestedFor(urlEqualTo(REPORT_PATH)));
  }

  private static String pending() {
    return VeepeStubs.payload("report.json").replace("\"COMPLETED\"", "\"PENDING\"");
  }

  private static String id() {
    return NodeId.encode(Provider.VEEPE, EntityKind.REPORT, REPORT_ID);
  }
}
