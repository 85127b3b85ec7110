package com.commercegraph.order.event;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.NodeId;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ScrapedMetrics;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live-order meters move as their behaviour happens, read from {@code /q/metrics}: active
 * subscriptions by field, events published and delivered by source and type, webhooks received and
 * rejected by reason, polls by provider and outcome. (Subscriptions ended as too slow: {@code
 * LiveOrdersTest}.)
 */
@QuarkusTest
@TestProfile(LiveOrdersProfile.class)
class EventMetricsTest {

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject OrderEventStream stream;

  private final OpenSockets sockets = new OpenSockets();

  @AfterEach
  void closeSockets() {
    sockets.closeAll(stream);
  }

  @Test
  void activeSubscriptionsAreCountedByFieldWhileTheyLast() {
    VeepeStubs.server()
        .stubFor(
            get(urlEqualTo("/v1/reports/ab03a1b5-1179-4a68-9062-1921ffb01ae8"))
                .willReturn(
                    okJson(
                        VeepeStubs.payload("report.json")
                            .replace("\"COMPLETED\"", "\"PENDING\""))));
    SocketClient socket = socket();
    socket.start("a", LiveOrdersTest.EVENTS, Map.of());
    socket.start("b", LiveOrdersTest.EVENTS, Map.of());
    socket.start(
        "r",
        "subscription R($id: ID!) { reportReady(id: $id) { id } }",
        Map.of(
            "id",
            NodeId.encode(
                Provider.VEEPE, EntityKind.REPORT, "ab03a1b5-1179-4a68-9062-1921ffb01ae8")));

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> active("orderEvents") == 2 && active("reportReady") == 1);

    socket.stop("a").stop("r");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> active("orderEvents") == 1 && active("reportReady") == 0);
  }

  @Test
  void aWebhookEventIsPublishedOnceAndDeliveredToEachMatchingSubscriber() {
    SocketClient socket = socket();
    socket.start("recplus", LiveOrdersTest.EVENTS, filter("RECPLUS"));
    socket.start("all", LiveOrdersTest.EVENTS, Map.of());
    socket.start("veeqo", LiveOrdersTest.EVENTS, filter("VEEQO"));
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 3);
    double published = events("published", "WEBHOOK", "ORDER_CREATED");
    double delivered = events("delivered", "WEBHOOK", "ORDER_CREATED");
    double used = webhooks("received", "outcome", "used");

    LiveOrdersTest.webhook(
            LiveOrdersTest.bearer(),
            LiveOrdersTest.wrapped("new.order", RecplusStubs.orderWithId(900101)))
        .statusCode(200);

    await().atMost(Duration.ofSeconds(2)).until(() -> socket.results("all").size() == 1);
    await()
        .atMost(Duration.ofSeconds(2))
        .until(() -> events("delivered", "WEBHOOK", "ORDER_CREATED") == delivered + 2);
    assertThat(events("published", "WEBHOOK", "ORDER_CREATED")).isEqualTo(published + 1);
    assertThat(webhooks("received", "outcome", "used")).isEqualTo(used + 1);
    assertThat(socket.results("veeqo")).isEmpty();
  }

  @Test
  void webhooksAreCountedByWhatBecameOfThem() {
    double ignored = webhooks("received", "outcome", "ignored");
    double credentials = webhooks("rejected", "reason", "credentials");
    double body = webhooks("rejected", "reason", "body");

    LiveOrdersTest.webhook(LiveOrdersTest.bearer(), "{\"event\":\"new.user\",\"data\":{\"id\":1}}")
        .statusCode(204);
    LiveOrdersTest.webhook("Bearer not-the-token", "{}").statusCode(401);
    LiveOrdersTest.webhook("Bearer not-the-token", "{}").statusCode(401);
    LiveOrdersTest.webhook(LiveOrdersTest.bearer(), "not json").statusCode(400);

    ScrapedMetrics after = ScrapedMetrics.read();
    assertThat(after.value("commerce_webhooks_received_total", "outcome", "ignored"))
        .isEqualTo(ignored + 1);
    assertThat(after.value("commerce_webhooks_rejected_total", "reason", "credentials"))
        .isEqualTo(credentials + 2);
    assertThat(after.value("commerce_webhooks_rejected_total", "reason", "body"))
        .isEqualTo(body + 1);
    assertThat(after.series())
        .filteredOn(s -> s.name().startsWith("commerce_webhooks_"))
        .allSatisfy(s -> assertThat(s.labels()).containsEntry("provider", "RECPLUS"));
  }

  @Test
  void pollsAreCountedByProviderAndOutcome() {
    VeeqoStubs.ordersAnswer(okJson("[]"));
    double ok = polls("VEEQO", "OK");
    SocketClient socket = socket();
    socket.start("s", LiveOrdersTest.EVENTS, filter("VEEQO"));
    await().atMost(Duration.ofSeconds(5)).until(() -> polls("VEEQO", "OK") >= ok + 2);

    VeeqoStubs.ordersAnswer(aResponse().withStatus(503));
    double failed = polls("VEEQO", "PROVIDER_UNAVAILABLE");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> polls("VEEQO", "PROVIDER_UNAVAILABLE") >= failed + 1);
  }

  private SocketClient socket() {
    return sockets.open(graphql);
  }

  private static Map<String, Object> filter(String provider) {
    return Map.of("filter", Map.of("providers", List.of(provider)));
  }

  private static double active(String field) {
    return ScrapedMetrics.read().value("commerce_subscriptions_active", "field", field);
  }

  private static double events(String what, String source, String type) {
    return ScrapedMetrics.read()
        .value("commerce_events_" + what + "_total", "source", source, "type", type);
  }

  private static double webhooks(String what, String label, String value) {
    return ScrapedMetrics.read().value("commerce_webhooks_" + what + "_total", label, value);
  }

  private static double polls(String provider, String outcome) {
    return ScrapedMetrics.read()
        .value("commerce_events_polls_total", "provider", provider, "outcome", outcome);
  }
}
