package com.commercegraph.order.event;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.registry.Provider;
import com.commercegraph.store.EmbeddedRedis;
import com.commercegraph.store.SharedRedis;
import com.commercegraph.store.SharedStore;
import com.commercegraph.store.StoreUnavailableException;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With Redis, one instance at a time polls a provider, under a lease that another instance takes
 * over within two poll intervals once its holder stops renewing it (dies, or loses its last
 * subscriber); without a store to ask, every instance polls.
 */
@QuarkusTest
@TestProfile(LiveOrdersWithRedis.class)
class PollLeaseTest {

  private static final Duration INTERVAL = Duration.ofSeconds(2);
  private static final String VEEQO_LEASE = "commerce:poll-lease:VEEQO";

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject SharedStore store;
  @Inject RedisDataSource redis;
  @Inject OrderEventStream stream;
  @Inject SharedRedis shared;

  @AfterEach
  void redisIsUpAgain() {
    EmbeddedRedis.ensureRunning();
  }

  @Test
  void ofTwoInstancesOnOneRedisOnlyOneHasTheTurnAndTheOtherTakesOverWithinTwoIntervals() {
    // A provider key of its own: the gateway under test polls the real ones.
    Map<Provider, Duration> intervals = Map.of(Provider.VEEPE, INTERVAL);
    redis.execute("DEL", "commerce:poll-lease:VEEPE");
    LeasedPollTurns first = new LeasedPollTurns(store, "instance-" + UUID.randomUUID(), intervals);
    LeasedPollTurns second = new LeasedPollTurns(store, "instance-" + UUID.randomUUID(), intervals);
    await().atMost(Duration.ofSeconds(5)).until(() -> first.mine(Provider.VEEPE));

    // Both ask every half interval for three intervals: the holder keeps it, the other never has
    // it.
    await()
        .during(INTERVAL.multipliedBy(3))
        .atMost(INTERVAL.multipliedBy(4))
        .pollInterval(INTERVAL.dividedBy(2))
        .until(() -> first.mine(Provider.VEEPE) && !second.mine(Provider.VEEPE));

    // The holder stops renewing; the other, still asking every half interval, has it in time.
    await()
        .atMost(INTERVAL.multipliedBy(2))
        .pollInterval(INTERVAL.dividedBy(2))
        .until(() -> second.mine(Provider.VEEPE));
    assertThat(first.mine(Provider.VEEPE)).isFalse();
    assertThat(second.mine(Provider.VEEPE)).isTrue();
  }

  @Test
  void withoutAStoreToAskEveryInstancePolls() {
    SharedStore away =
        new SharedStore() {
          @Override
          public boolean putIfAbsent(String key, String value, Duration ttl) {
            throw new StoreUnavailableException("down", null);
          }

          @Override
          public Optional<String> get(String key) {
            throw new StoreUnavailableException("down", null);
          }

          @Override
          public boolean replace(String key, String expected, String value, Duration ttl) {
            throw new StoreUnavailableException("down", null);
          }

          @Override
          public String kind() {
            return "redis";
          }
        };
    Map<Provider, Duration> intervals = Map.of(Provider.VEEQO, INTERVAL);

    assertThat(new LeasedPollTurns(away, "one", intervals).mine(Provider.VEEQO)).isTrue();
    assertThat(new LeasedPollTurns(away, "two", intervals).mine(Provider.VEEQO)).isTrue();
  }

  @Test
  void theGatewayDoesNotPollWhileAnotherInstanceHoldsTheLeaseAndPollsOnceItLapses() {
    long interval = LiveOrdersProfile.POLL_INTERVAL_MILLIS;
    VeeqoStubs.ordersAnswer(okJson("[]"));
    await().atMost(Duration.ofSeconds(10)).until(() -> shared.check().await().indefinitely());
    String other = "other-instance-" + UUID.randomUUID();
    LeasedPollTurns otherInstance =
        new LeasedPollTurns(store, other, Map.of(Provider.VEEQO, Duration.ofMillis(interval)));
    ScheduledExecutorService otherInstancesTicks = Executors.newSingleThreadScheduledExecutor();
    try {
      // The other instance asks for its turn every half interval, as a gateway with subscribers
      // does, and has it (once a lease left by an earlier test has lapsed).
      otherInstancesTicks.scheduleWithFixedDelay(
          () -> otherInstance.mine(Provider.VEEQO), 0, interval / 2, TimeUnit.MILLISECONDS);
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> store.get(VEEQO_LEASE).equals(Optional.of(other)));
      try (SocketClient socket =
          SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
        socket.start(
            "s", LiveOrdersTest.EVENTS, Map.of("filter", Map.of("providers", List.of("VEEQO"))));
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 1);
        VeeqoStubs.server().resetRequests();

        // For five intervals, the other instance polls Veeqo, this one does not.
        await()
            .during(Duration.ofMillis(interval * 5))
            .atMost(Duration.ofMillis(interval * 6))
            .until(() -> veeqoPolls().isEmpty());
        assertThat(store.get(VEEQO_LEASE)).contains(other);

        // It stops (dies): this instance has the lease and polls within two intervals of its last
        // renewal (one more second for a busy test machine's timers).
        otherInstancesTicks.shutdownNow();
        await().atMost(Duration.ofMillis(2 * interval + 1000)).until(() -> !veeqoPolls().isEmpty());
        assertThat(store.get(VEEQO_LEASE)).isPresent().isNotEqualTo(Optional.of(other));
      }
    } finally {
      otherInstancesTicks.shutdownNow();
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 0);
  }

  private static List<LoggedRequest> veeqoPolls() {
    return VeeqoStubs.server()
        .findAll(
            getRequestedFor(urlPathEqualTo("/orders"))
                .withQueryParam("updated_at_min", matching(".+")));
  }
}
