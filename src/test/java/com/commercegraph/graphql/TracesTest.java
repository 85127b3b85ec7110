package com.commercegraph.graphql;

import static com.commercegraph.provider.veepe.VeepeStubs.listedOrderId;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.recplus.RecplusWireMock;
import com.commercegraph.provider.shopwedo.ShopwedoWireMock;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veepe.VeepeWireMock;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.provider.veeqo.VeeqoWireMock;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A trace shows a GraphQL operation's fan-out: one span for the operation, and as its children one
 * span per request sent to a provider, with the provider, the REST operation, the try, the HTTP
 * status of a failure and the outcome. Log lines of a provider failure carry the trace id and the
 * operation's name, one line each, without a stack trace; an operation over the socket alike. No
 * secret is in any span.
 */
@QuarkusTest
@TestProfile(TracingOn.class)
class TracesTest {

  private static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("commerce.provider");
  private static final AttributeKey<String> OPERATION =
      AttributeKey.stringKey("commerce.operation");
  private static final AttributeKey<Long> RETRY = AttributeKey.longKey("commerce.retry");
  private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("commerce.outcome");
  private static final AttributeKey<Long> HTTP_STATUS =
      AttributeKey.longKey("http.response.status_code");

  @Inject InMemorySpanExporter spans;

  @TestHTTPResource("/graphql")
  URI graphql;

  private final WireMockServer veeqo = VeeqoStubs.server();
  private final WireMockServer veepe = VeepeStubs.server();
  private final WireMockServer recplus = RecplusStubs.server();
  private final List<ExtLogRecord> logged = Collections.synchronizedList(new ArrayList<>());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record instanceof ExtLogRecord ext) {
            ext.copyMdc();
            logged.add(ext);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void freshSpansAndLogs() {
    spans.reset();
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void aMergedListIsOneOperationSpanWithAChildPerProviderRequest() {
    ListStubs.veeqoOrders(veeqo, List.of(VeeqoStubs.listedOrder(101, "2026-11-20T12:00:00Z")));
    VeepeStubs.ordersPage(
        1, 1, 1, VeepeStubs.listedOrder(listedOrderId(1), "2026-11-20T11:00:00Z"));
    ListStubs.recplusOrders(
        recplus, List.of(RecplusStubs.listedOrder(1001, "2026-11-05T00:00:00")));

    GraphQLClient.answerWithoutErrors(
        "query Dashboard { orders(first: 3) { edges { node { id } } } }", Map.of());

    SpanData operation = awaitSpan("graphql Dashboard");
    assertThat(operation.getAttributes().get(AttributeKey.stringKey("graphql.operation.name")))
        .isEqualTo("Dashboard");
    assertThat(operation.getAttributes().get(OUTCOME)).isEqualTo("ok");
    List<SpanData> children = providerSpans(operation);
    for (String provider : List.of("VEEQO", "VEEPE", "RECPLUS")) {
      List<SpanData> calls =
          children.stream().filter(s -> provider.equals(s.getAttributes().get(PROVIDER))).toList();
      WireMockServer server =
          switch (provider) {
            case "VEEQO" -> veeqo;
            case "VEEPE" -> veepe;
            default -> recplus;
          };
      int requests =
          server.findAll(anyRequestedFor(urlPathMatching(".*"))).stream()
              .filter(r -> !r.getUrl().endsWith("/token"))
              .toList()
              .size();
      assertThat(calls).as(provider + ": one span per request it received").hasSize(requests);
      assertThat(calls)
          .allSatisfy(
              call -> {
                assertThat(call.getTraceId()).isEqualTo(operation.getTraceId());
                assertThat(call.getAttributes().get(OPERATION)).isEqualTo("orders");
                assertThat(call.getName()).isEqualTo("provider " + provider + " orders");
                assertThat(call.getAttributes().get(RETRY)).isZero();
                assertThat(call.getAttributes().get(OUTCOME)).isEqualTo("OK");
              });
    }
    assertThat(children.stream().map(s -> s.getAttributes().get(PROVIDER)).distinct())
        .containsExactlyInAnyOrder("VEEQO", "VEEPE", "RECPLUS");
  }

  @Test
  void aRetriedRequestIsTwoChildrenNumberedWithTheFailuresStatusAndOneLogLineWithTheTraceId() {
    VeeqoStubs.orderAnswers(
        "77", aResponse().withStatus(503), okJson(VeeqoStubs.orderWithId("77")));

    GraphQLClient.answerWithoutErrors(
        "query OneOrder { orderByProviderId(provider: VEEQO, providerId: \"77\") { providerId } }",
        Map.of());

    SpanData operation = awaitSpan("graphql OneOrder");
    List<SpanData> tries = providerSpans(operation);
    assertThat(tries).hasSize(2);
    SpanData first =
        tries.stream().filter(s -> s.getAttributes().get(RETRY) == 0).findFirst().get();
    SpanData second =
        tries.stream().filter(s -> s.getAttributes().get(RETRY) == 1).findFirst().get();
    assertThat(first.getAttributes().get(OUTCOME)).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(first.getAttributes().get(HTTP_STATUS)).isEqualTo(503L);
    assertThat(first.getAttributes().get(OPERATION)).isEqualTo("order");
    assertThat(second.getAttributes().get(OUTCOME)).isEqualTo("OK");

    List<ExtLogRecord> failures =
        List.copyOf(logged).stream()
            .filter(r -> r.getLoggerName().endsWith("ProviderRequests"))
            .toList();
    assertThat(failures).as("one line for the one failed request").hasSize(1);
    ExtLogRecord line = failures.get(0);
    assertThat(line.getFormattedMessage())
        .contains("VEEQO", "order", "PROVIDER_UNAVAILABLE", "503")
        .doesNotContain("\n");
    assertThat(line.getThrown()).as("an expected failure has no stack trace").isNull();
    assertThat(line.getMdc("traceId")).isEqualTo(operation.getTraceId());
    assertThat(line.getMdc("operationName")).isEqualTo("OneOrder");
  }

  @Test
  void aSocketOperationIsTracedAndLoggedAsAnHttpOneIs() {
    VeeqoStubs.orderAnswers(
        "79", aResponse().withStatus(503), okJson(VeeqoStubs.orderWithId("79")));

    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket
          .start(
              "1",
              "query SocketOrder { orderByProviderId(provider: VEEQO, providerId: \"79\") { providerId } }",
              Map.of())
          .awaitMessage("complete", "1");
    }

    SpanData operation = awaitSpan("graphql SocketOrder");
    assertThat(operation.getAttributes().get(AttributeKey.stringKey("graphql.operation.type")))
        .isEqualTo("query");
    assertThat(operation.getAttributes().get(OUTCOME)).isEqualTo("ok");
    List<SpanData> tries = providerSpans(operation);
    assertThat(tries).hasSize(2);
    assertThat(tries).allSatisfy(t -> assertThat(t.getTraceId()).isEqualTo(operation.getTraceId()));
    List<ExtLogRecord> failures =
        List.copyOf(logged).stream()
            .filter(r -> r.getLoggerName().endsWith("ProviderRequests"))
            .toList();
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).getMdc("traceId")).isEqualTo(operation.getTraceId());
    assertThat(failures.get(0).getMdc("operationName")).isEqualTo("SocketOrder");
  }

  @Test
  void noSpanAttributeHoldsACredential() {
    VeeqoStubs.orderIs("78");
    RecplusStubs.readAnswers(RecplusStubs.ORDERS + "/5", okJson(RecplusStubs.orderWithId(5)));
    GraphQLClient.post(
        """
        query Both {
          a: orderByProviderId(provider: VEEQO, providerId: "78") { providerId }
          b: orderByProviderId(provider: RECPLUS, providerId: "5") { providerId }
          c: orderByProviderId(provider: VEEPE, providerId: "x") { providerId }
          d: orderByProviderId(provider: SHOPWEDO, providerId: "120009") { providerId }
        }
        """);
    awaitSpan("graphql Both");

    List<String> secrets =
        List.of(
            VeeqoWireMock.API_KEY,
            VeepeWireMock.CLIENT_SECRET,
            RecplusWireMock.PASSWORD,
            ShopwedoWireMock.SHOP_KEY,
            VeepeStubs.SAMPLE_TOKEN);
    List<String> values =
        spans.getFinishedSpanItems().stream()
            .flatMap(s -> s.getAttributes().asMap().values().stream())
            .map(String::valueOf)
            .toList();
    assertThat(values).isNotEmpty();
    for (String secret : secrets) {
      assertThat(values).noneMatch(value -> value.contains(secret));
    }
  }

  private SpanData awaitSpan(String name) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                spans.getFinishedSpanItems().stream()
                    .filter(s -> s.getName().equals(name))
                    .toList(),
            found -> found.size() == 1)
        .get(0);
  }

  /** The provider spans whose parent is the operation's span, once all have ended. */
  private List<SpanData> providerSpans(SpanData operation) {
    return spans.getFinishedSpanItems().stream()
        .filter(s -> s.getAttributes().get(PROVIDER) != null)
        .filter(s -> s.getParentSpanId().equals(operation.getSpanId()))
        .toList();
  }
}
