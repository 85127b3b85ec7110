package com.commercegraph.graphql.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.order.event.LiveOrdersProfile;
import com.commercegraph.resilience.ScrapedMetrics;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Operations over the socket are timed like HTTP ones: {@code commerce_graphql_operations_seconds}
 * by operation name (bounded the same way) and outcome; a subscription once, when its stream is set
 * up. Their spans and log context are in {@code TracesTest}.
 */
@QuarkusTest
@TestProfile(LiveOrdersProfile.class)
class SocketTelemetryTest {

  private static final String TIMER = "commerce_graphql_operations_seconds_count";

  @TestHTTPResource("/graphql")
  URI graphql;

  @Test
  void aQueryOverTheSocketIsTimedByItsNameAndOutcome() {
    double before = count("SocketProviders", "ok");
    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket
          .start("1", "query SocketProviders { providers { provider } }", Map.of())
          .awaitMessage("complete", "1");
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> count("SocketProviders", "ok") == before + 1);
  }

  @Test
  void aFieldRefusedOverTheSocketMakesItPartial() {
    double before = count("SocketRefused", "partial");
    try (SocketClient socket = SocketClient.open(graphql).initWithKey("test-catalog-read")) {
      socket
          .start(
              "1",
              """
              query SocketRefused {
                providers { provider }
                orderByProviderId(provider: VEEQO, providerId: "1") { providerId }
              }
              """,
              Map.of())
          .awaitMessage("complete", "1");
    }
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> count("SocketRefused", "partial") == before + 1);
  }

  @Test
  void aSubscriptionIsTimedOnceWhenItsStreamIsSetUpAndAnUnnamedOneIsAnonymous() {
    double named = count("SocketEvents", "ok");
    double anonymous = count("anonymous", "ok");
    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket.start("1", "subscription SocketEvents { orderEvents { type } }", Map.of());
      socket.start("2", "subscription { orderEvents { type } }", Map.of());
      await().atMost(Duration.ofSeconds(5)).until(() -> count("SocketEvents", "ok") == named + 1);
      await().atMost(Duration.ofSeconds(5)).until(() -> count("anonymous", "ok") >= anonymous + 1);
      assertThat(socket.closeCode()).isNull();
    }
  }

  private static double count(String operation, String outcome) {
    return ScrapedMetrics.read().value(TIMER, "operation", operation, "outcome", outcome);
  }
}
