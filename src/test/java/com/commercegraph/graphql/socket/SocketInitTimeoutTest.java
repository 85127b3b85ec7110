package com.commercegraph.graphql.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.order.event.LiveOrdersProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A socket that sends no {@code connection_init} within {@code commerce.socket.init-timeout} (here
 * {@link LiveOrdersProfile#INIT_TIMEOUT_MILLIS}) is closed with 4408, in either protocol; one that
 * did stays open past it.
 */
@QuarkusTest
@TestProfile(LiveOrdersProfile.class)
class SocketInitTimeoutTest {

  @TestHTTPResource("/graphql")
  URI graphql;

  @Test
  void noConnectionInitInTimeClosesWith4408() {
    long opened = System.nanoTime();
    try (SocketClient silent = SocketClient.open(graphql)) {
      assertThat(silent.awaitClose()).isEqualTo(4408);
      assertThat(Duration.ofNanos(System.nanoTime() - opened))
          .isGreaterThanOrEqualTo(Duration.ofMillis(LiveOrdersProfile.INIT_TIMEOUT_MILLIS));
      assertThat(silent.messages("connection_ack", null)).isEmpty();
    }
  }

  @Test
  void theOlderProtocolIsClosedWith4408Too() {
    try (SocketClient silent = SocketClient.open(graphql, SocketClient.LEGACY_WS, Map.of())) {
      assertThat(silent.awaitClose()).isEqualTo(4408);
    }
  }

  @Test
  void aSocketInitialisedInTimeStaysOpenPastTheTimeout() {
    try (SocketClient silent = SocketClient.open(graphql);
        SocketClient greeted =
            SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      assertThat(silent.awaitClose()).isEqualTo(4408);
      await()
          .during(Duration.ofMillis(LiveOrdersProfile.INIT_TIMEOUT_MILLIS / 2))
          .atMost(Duration.ofSeconds(3))
          .until(() -> greeted.closeCode() == null);
      greeted
          .start("p", "query { providers { provider } }", Map.of())
          .awaitMessage("complete", "p");
      assertThat(greeted.results("p").get(0).getJsonObject("data").getJsonArray("providers"))
          .hasSize(4);
    }
  }
}
