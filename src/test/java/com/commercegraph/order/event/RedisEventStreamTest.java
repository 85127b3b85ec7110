package com.commercegraph.order.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.store.EventChannel;
import com.commercegraph.store.SharedStore;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * With {@code QUARKUS_REDIS_HOSTS} set, events travel through Redis publish/subscribe, where every
 * instance hears them, and what each order last looked like (the one-event-per-change check) is
 * kept in Redis, shared by every instance.
 */
@QuarkusTest
@TestProfile(LiveOrdersWithRedis.class)
class RedisEventStreamTest {

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject OrderEventStream stream;
  @Inject EventChannel channel;
  @Inject SharedStore store;
  @Inject RedisDataSource redis;

  @Test
  void aWebhookEventGoesThroughRedisToTheSubscriber() {
    assertThat(channel.kind()).isEqualTo("redis");
    List<String> heardInRedis = new CopyOnWriteArrayList<>();
    var listener = redis.pubsub(String.class).subscribe("commerce-graph:events", heardInRedis::add);
    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket.start("s", LiveOrdersTest.EVENTS, Map.of("filter", Map.of()));
      await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 1);

      LiveOrdersTest.webhook(
              LiveOrdersTest.bearer(),
              LiveOrdersTest.wrapped("new.order", RecplusStubs.orderWithId(910001)))
          .statusCode(200);

      await().atMost(Duration.ofSeconds(2)).until(() -> socket.results("s").size() == 1);
      JsonObject event =
          socket.results("s").get(0).getJsonObject("data").getJsonObject("orderEvents");
      assertThat(event.getString("type")).isEqualTo("ORDER_CREATED");
      assertThat(heardInRedis).hasSize(1);
      assertThat(heardInRedis.get(0)).contains("\"providerId\":\"910001\"");
      assertThat(store.get("order-state:RECPLUS:910001")).isPresent();
    } finally {
      listener.unsubscribe();
    }
  }
}
