package com.commercegraph.graphql.socket;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.NodeId;
import com.commercegraph.order.event.LiveOrdersProfile;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The defect of issue 14: operations over the socket ran on the Vert.x event loop, so one waiting
 * for a slow provider stalled every HTTP request of the gateway and timed out itself. Now they run
 * on worker threads: HTTP requests keep their latency while socket operations wait for a provider,
 * and the socket operations get their answers.
 */
@QuarkusTest
@TestProfile(LiveOrdersProfile.class)
class SocketOperationsOffTheEventLoopTest {

  private static final String VEEQO_ORDER =
      """
      query { orderByProviderId(provider: VEEQO, providerId: "4242") { providerId number } }
      """;

  private static final String VEEPE_ORDER =
      """
      query { orderByProviderId(provider: VEEPE, providerId: "6d8bf86d-3758-45ae-ad67-0f682ba64f63") {
        providerId status } }
      """;

  private static final String LONG_NOTE_TRANSITION =
      """
      mutation Move($note: String) {
        transitionOrder(id: "%s", to: PROCESSING, note: $note) { userErrors { code field } }
      }
      """;

  /**
   * How long Veeqo holds each socket query: far above an HTTP query's normal latency (tens of
   * milliseconds; about a second on a machine shared by several builds), within the profile's Veeqo
   * read timeout.
   */
  private static final int HOLD_MILLIS = 5_000;

  /** An HTTP query's bound while socket queries are held: well above normal, far below the hold. */
  private static final long HTTP_BOUND_MILLIS = 2_500;

  @TestHTTPResource("/graphql")
  URI graphql;

  @Test
  void httpQueriesKeepTheirLatencyWhileSocketQueriesWaitForAProvider() {
    VeeqoStubs.orderAnswers(
        "4242", okJson(VeeqoStubs.orderWithId("4242")).withFixedDelay(HOLD_MILLIS));
    VeepeStubs.orderAnswers(
        "6d8bf86d-3758-45ae-ad67-0f682ba64f63", okJson(VeepeStubs.order("OPEN")));
    GraphQLClient.answerWithoutErrors(VEEPE_ORDER, Map.of());

    List<SocketClient> sockets = new ArrayList<>();
    try {
      for (int s = 0; s < 2; s++) {
        SocketClient socket = SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY);
        sockets.add(socket);
        for (int op = 0; op < 3; op++) {
          socket.start("held-" + op, VEEQO_ORDER, Map.of());
        }
      }
      await()
          .atMost(Duration.ofSeconds(2))
          .until(
              () ->
                  VeeqoStubs.server()
                          .findAll(getRequestedFor(urlPathEqualTo("/orders/4242")))
                          .size()
                      >= 1);

      // Veeqo holds the socket queries it received for HOLD_MILLIS from now; the HTTP queries start
      // meanwhile and must each end well within it.
      List<CompletableFuture<Long>> http = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        http.add(
            CompletableFuture.supplyAsync(SocketOperationsOffTheEventLoopTest::timedHttpQuery));
      }
      List<Long> took = http.stream().map(CompletableFuture::join).toList();
      assertThat(took)
          .as("milliseconds of HTTP queries while socket queries wait")
          .allMatch(millis -> millis < HTTP_BOUND_MILLIS);

      for (SocketClient socket : sockets) {
        for (int op = 0; op < 3; op++) {
          socket.awaitMessage("complete", "held-" + op);
          JsonObject result = socket.results("held-" + op).get(0);
          assertThat(result.getJsonArray("errors")).isNull();
          assertThat(
                  result
                      .getJsonObject("data")
                      .getJsonObject("orderByProviderId")
                      .getString("providerId"))
              .isEqualTo("4242");
        }
      }
    } finally {
      sockets.forEach(SocketClient::close);
    }
  }

  private static long timedHttpQuery() {
    long started = System.nanoTime();
    JsonPath answer = GraphQLClient.answerWithoutErrors(VEEPE_ORDER, Map.of());
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(answer.getString("data.orderByProviderId.status")).isEqualTo("OPEN");
    return tookMillis;
  }

  @Test
  void aMutationTheGatewayRefusesIsAnsweredAtOnceOverTheSocket() {
    String id =
        NodeId.encode(Provider.VEEPE, EntityKind.ORDER, "6d8bf86d-3758-45ae-ad67-0f682ba64f63");
    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket.start("move", LONG_NOTE_TRANSITION.formatted(id), Map.of("note", "x".repeat(501)));
      socket.awaitMessage("complete", "move");
      JsonObject errors =
          socket
              .results("move")
              .get(0)
              .getJsonObject("data")
              .getJsonObject("transitionOrder")
              .getJsonArray("userErrors")
              .getJsonObject(0);
      assertThat(errors.getString("code")).isEqualTo("TOO_LONG");
      assertThat(errors.getJsonArray("field").getList()).containsExactly("note");
    }
    assertThat(VeepeStubs.server().getAllServeEvents()).isEmpty();
  }
}
