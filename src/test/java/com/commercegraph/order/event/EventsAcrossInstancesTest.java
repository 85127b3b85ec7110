package com.commercegraph.order.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.order.Order;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.registry.Provider;
import com.commercegraph.store.EmbeddedRedis;
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
import java.util.concurrent.atomic.AtomicInteger;
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
    Order created = Order.idOnly(Provider.SHOPWEDO, "123");
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

  @Test
  void
      withRedisDownAWebhooksEventStillReachesThisInstancesSubscriberAndRedisCarriesThemAgainLater() {
    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket.start(
          "s", LiveOrdersTest.EVENTS, Map.of("filter", Map.of("providers", List.of("RECPLUS"))));
      await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 1);
      EmbeddedRedis.stopServer();

      LiveOrdersTest.webhook(
              LiveOrdersTest.bearer(),
              LiveOrdersTest.wrapped("new.order", RecplusStubs.orderWithId(930001)))
          .statusCode(200);

      await().atMost(Duration.ofSeconds(5)).until(() -> !socket.results("s").isEmpty());
      assertThat(
              socket
                  .results("s")
                  .get(0)
                  .getJsonObject("data")
                  .getJsonObject("orderEvents")
                  .getJsonObject("order")
                  .getString("providerId"))
          .isEqualTo("930001");

      // Redis back: events go through it again, to every instance (the subscription is made
      // again within seconds), with no restart.
      EmbeddedRedis.startServer();
      AtomicInteger next = new AtomicInteger(930002);
      await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                LiveOrdersTest.webhook(
                        LiveOrdersTest.bearer(),
                        LiveOrdersTest.wrapped(
                            "new.order", RecplusStubs.orderWithId(next.getAndIncrement())))
                    .statusCode(200);
                return redis
                            .execute("EXISTS", "order-state:RECPLUS:" + (next.get() - 1))
                            .toInteger()
                        == 1
                    && socket.results("s").stream()
                        .anyMatch(
                            result ->
                                result
                                    .getJsonObject("data")
                                    .getJsonObject("orderEvents")
                                    .getJsonObject("order")
                                    .getString("providerId")
                                    .equals(String.valueOf(next.get() - 1)));
              });
    } finally {
      EmbeddedRedis.ensureRunning();
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 0);
  }
}
