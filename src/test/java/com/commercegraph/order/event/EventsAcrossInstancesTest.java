package com.commercegraph.order.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One event stream for every instance: an event another instance published (its webhook, poll or
 * write, checked once there against the shared store) reaches this instance's subscribers as it is,
 * and an order of a provider that cannot list orders is then watched here too, so that this
 * instance polls it when it holds the polling lease.
 */
@QuarkusTest
@TestProfile(LiveOrdersWithRedis.class)
class EventsAcrossInstancesTest {

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject RedisDataSource redis;
  @Inject ObjectMapper json;
  @Inject OrderEventStream stream;

  @Test
  void anEventAnotherInstancePublishedReachesThisOnesSubscriberAndItsShopwedoOrderIsPolledHere()
      throws Exception {
    ShopwedoStubs.answers("getOrder", ShopwedoStubs.answer(200, "get-order.json"));
    Order created =
        new Order(
            Provider.SHOPWEDO,
            "123",
            "WEB-1001",
            OrderStatus.OPEN,
            "Waiting_for_release",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of());
    OrderEvent event =
        new OrderEvent(
            OrderEventType.ORDER_CREATED, created, null, OffsetDateTime.now(), EventSource.GATEWAY);
    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket.start(
          "s", LiveOrdersTest.EVENTS, Map.of("filter", Map.of("providers", List.of("SHOPWEDO"))));
      await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 1);
      ShopwedoStubs.server().resetRequests();

      redis.pubsub(String.class).publish("commerce-graph:events", json.writeValueAsString(event));

      await().atMost(Duration.ofSeconds(5)).until(() -> !socket.results("s").isEmpty());
      JsonObject received =
          socket.results("s").get(0).getJsonObject("data").getJsonObject("orderEvents");
      assertThat(received.getString("type")).isEqualTo("ORDER_CREATED");
      assertThat(received.getString("source")).isEqualTo("GATEWAY");
      assertThat(received.getJsonObject("order").getString("providerId")).isEqualTo("123");
      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () ->
                  ShopwedoStubs.requests("getOrder").stream()
                      .anyMatch(request -> request.getBodyAsString().contains("123")));
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 0);
  }
}
