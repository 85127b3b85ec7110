package com.commercegraph.sandbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.order.event.OrderEventStream;
import com.commercegraph.sandbox.recplus.RecplusSandbox;
import com.commercegraph.sandbox.veeqo.VeeqoSandbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * With the sandbox, a subscription shows live events with no setup: the simulated REC+ site sends
 * its webhooks to the gateway it runs in, and the live changes move orders along on their own.
 */
@QuarkusTest
@TestProfile(SandboxOn.class)
class SandboxLiveOrdersTest {

  private static final String RECPLUS_EVENTS =
      """
      subscription { orderEvents(filter: {providers: [RECPLUS]}) {
        type source order { providerId providerStatus } } }
      """;

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject OrderEventStream stream;
  @Inject SandboxLiveChanges liveChanges;
  @Inject VeeqoSandbox veeqo;
  @Inject RecplusSandbox recplus;

  @Test
  void anOrderChangedAtTheSimulatedSiteArrivesByWebhook() {
    try (SocketClient socket = subscribed()) {
      long id = RecplusSandbox.FIRST_ORDER_ID + 3;
      String status =
          recplus.order(id).get("status").asText().equals("On Hold") ? "Processing" : "On Hold";
      given()
          .auth()
          .preemptive()
          .basic(SandboxCredentials.RECPLUS_USERNAME, SandboxCredentials.RECPLUS_PASSWORD)
          .contentType(ContentType.JSON)
          .body(Map.of("status", status))
          .post(SandboxPaths.RECPLUS + "/orders/" + id)
          .then()
          .statusCode(204);

      await().atMost(Duration.ofSeconds(5)).until(() -> !socket.results("e").isEmpty());
      JsonObject event =
          socket.results("e").get(0).getJsonObject("data").getJsonObject("orderEvents");
      assertThat(event.getString("source")).isEqualTo("WEBHOOK");
      assertThat(event.getJsonObject("order").getString("providerId"))
          .isEqualTo(String.valueOf(id));
      assertThat(event.getJsonObject("order").getString("providerStatus")).isEqualTo(status);
    }
  }

  @Test
  void liveChangesMoveOrdersAndSendTheirWebhooks() {
    try (SocketClient socket = subscribed()) {
      Map<String, String> veeqoBefore = veeqoStatuses();
      liveChanges.changeSome();

      await().atMost(Duration.ofSeconds(5)).until(() -> !socket.results("e").isEmpty());
      JsonObject event =
          socket.results("e").get(0).getJsonObject("data").getJsonObject("orderEvents");
      assertThat(event.getString("source")).isEqualTo("WEBHOOK");
      assertThat(List.of("ORDER_UPDATED", "ORDER_STATUS_CHANGED"))
          .contains(event.getString("type"));
      Map<String, String> veeqoAfter = veeqoStatuses();
      assertThat(
              veeqoAfter.keySet().stream()
                  .filter(id -> !veeqoAfter.get(id).equals(veeqoBefore.get(id))))
          .as("Veeqo orders that moved")
          .hasSize(1);
    }
  }

  private Map<String, String> veeqoStatuses() {
    return veeqo.orders(order -> true, 0, 10_000).items().stream()
        .collect(
            Collectors.toMap(
                order -> order.get("id").asText(), order -> order.get("status").asText()));
  }

  private SocketClient subscribed() {
    int before = stream.subscribers();
    SocketClient socket = SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY);
    socket.start("e", RECPLUS_EVENTS, Map.of());
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == before + 1);
    return socket;
  }
}
