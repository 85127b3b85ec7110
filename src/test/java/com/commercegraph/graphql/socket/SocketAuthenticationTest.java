package com.commercegraph.graphql.socket;

import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.graphql.GraphQLClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who may use a socket: the caller authenticates in {@code connection_init} (or with headers on the
 * upgrade); without credentials the socket closes with 4401, with refused ones 4403, before
 * anything runs; a role missing is an error for that operation alone.
 */
@QuarkusTest
class SocketAuthenticationTest {

  private static final String PROVIDERS = "query { providers { provider } }";
  private static final String ORDER =
      """
      query { orderByProviderId(provider: VEEQO, providerId: "4242") { providerId } }
      """;

  @TestHTTPResource("/graphql")
  URI graphql;

  @Test
  void initWithoutCredentialsClosesWith4401() {
    try (SocketClient socket = SocketClient.open(graphql)) {
      socket.init(null);
      assertThat(socket.awaitClose()).isEqualTo(4401);
      assertThat(socket.messages("connection_ack", null)).isEmpty();
    }
  }

  @Test
  void anUnknownKeyClosesWith4403BeforeAnyResult() {
    try (SocketClient socket = SocketClient.open(graphql)) {
      // The gateway may close before the operation goes out: either way no result may come.
      socket.init(Map.of("X-API-Key", "not-a-key")).startUnlessClosed("1", PROVIDERS, Map.of());
      assertThat(socket.awaitClose()).isEqualTo(4403);
      assertThat(socket.messages("connection_ack", null)).isEmpty();
      assertThat(socket.results("1")).isEmpty();
    }
  }

  @Test
  void anOperationBeforeInitClosesWith4401() {
    try (SocketClient socket = SocketClient.open(graphql)) {
      socket.start("1", PROVIDERS, Map.of());
      assertThat(socket.awaitClose()).isEqualTo(4401);
      assertThat(socket.results("1")).isEmpty();
    }
  }

  @Test
  void aKeyOnTheUpgradeRequestIsEnough() {
    try (SocketClient socket =
        SocketClient.open(
            graphql,
            SocketClient.TRANSPORT_WS,
            Map.of("X-API-Key", GraphQLClient.EVERY_ROLE_KEY))) {
      socket.init(null);
      socket.awaitMessage("connection_ack", null);
      socket.start("1", PROVIDERS, Map.of()).awaitMessage("complete", "1");
      assertThat(socket.results("1").get(0).getJsonObject("data").getJsonArray("providers"))
          .hasSize(4);
    }
  }

  @Test
  void aMissingRoleIsAnErrorForThatOperationAndTheSocketStaysUsable() {
    try (SocketClient socket = SocketClient.open(graphql).initWithKey("test-catalog-read")) {
      socket.start("order", ORDER, Map.of()).awaitMessage("complete", "order");
      JsonObject refused = socket.results("order").get(0);
      assertThat(
              refused
                  .getJsonArray("errors")
                  .getJsonObject(0)
                  .getJsonObject("extensions")
                  .getString("code"))
          .isEqualTo("FORBIDDEN");

      socket.start("providers", PROVIDERS, Map.of()).awaitMessage("complete", "providers");
      assertThat(socket.results("providers").get(0).getJsonArray("errors")).isNull();
      assertThat(socket.closeCode()).isNull();
    }
  }

  @Test
  void theOlderGraphqlWsProtocolRunsOperationsToo() {
    try (SocketClient socket =
        SocketClient.open(graphql, SocketClient.LEGACY_WS, Map.of())
            .initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket.start("1", PROVIDERS, Map.of()).awaitMessage("complete", "1");
      assertThat(socket.messages("data", "1")).hasSize(1);
      assertThat(socket.results("1").get(0).getJsonObject("data").getJsonArray("providers"))
          .hasSize(4);
    }
  }

  @Test
  void theOlderProtocolSaysWhyBeforeClosing() {
    Map<String, Object> payload = new HashMap<>();
    payload.put("X-API-Key", "not-a-key");
    try (SocketClient socket = SocketClient.open(graphql, SocketClient.LEGACY_WS, Map.of())) {
      socket.init(payload);
      assertThat(socket.awaitClose()).isEqualTo(4403);
      assertThat(socket.messages("connection_error", null)).hasSize(1);
    }
  }
}
