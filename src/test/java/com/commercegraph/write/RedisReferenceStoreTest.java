package com.commercegraph.write;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.TestResources;
import com.commercegraph.registry.Provider;
import com.commercegraph.store.EmbeddedRedis;
import com.commercegraph.store.SharedStore;
import com.commercegraph.store.WithRedis;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With QUARKUS_REDIS_HOSTS set, the reference store lives in a real Redis: records are there with
 * the retention as their TTL, and while Redis is down every create is refused before anything is
 * sent (reads go on), until Redis is back, with no restart.
 */
@QuarkusTest
@TestProfile(WithRedis.class)
class RedisReferenceStoreTest {

  private static final String CREATE = "/admin/api/createOrder";

  private final WireMockServer shopwedo = ProviderServers.of(Provider.SHOPWEDO);

  @Inject SharedStore store;

  @Inject RedisDataSource redis;

  @BeforeEach
  void reset() {
    shopwedo.stubFor(
        post(urlPathEqualTo(CREATE))
            .willReturn(okJson(TestResources.read("shopwedo/create-order-created.json"))));
    shopwedo.stubFor(
        post(urlPathEqualTo("/admin/api/getOrder"))
            .willReturn(okJson(TestResources.read("shopwedo/get-order.json"))));
  }

  @AfterEach
  void redisIsUpAgain() {
    EmbeddedRedis.ensureRunning();
  }

  @Test
  void aCreatedOrderIsRecordedInRedisForTheRetentionPeriod() {
    String reference = "REDIS-" + UUID.randomUUID();

    GraphQLClient.post(Writes.CREATE, Map.of("input", Writes.shopwedoInput(reference)))
        .body("errors", nullValue())
        .body("data.createOrder.order.providerId", is(Writes.SHOPWEDO_ORDER_ID));

    assertThat(store.kind()).isEqualTo("redis");
    String key = "commerce:write-reference:SHOPWEDO:" + reference;
    assertThat(redis.execute("GET", key).toString())
        .contains("\"state\":\"CREATED\"")
        .contains("\"providerId\":\"123\"");
    long ttl = redis.execute("PTTL", key).toLong();
    assertThat(Duration.ofMillis(ttl))
        .isGreaterThan(Duration.ofDays(7).minusMinutes(1))
        .isLessThanOrEqualTo(Duration.ofDays(7));
  }

  @Test
  void theRedisStoreKeepsTheSharedStorePromises() {
    String key = "commerce:test:" + UUID.randomUUID();

    assertThat(store.putIfAbsent(key, "first", Duration.ofMinutes(1))).isTrue();
    assertThat(store.putIfAbsent(key, "second", Duration.ofMinutes(1))).isFalse();
    assertThat(store.replace(key, "second", "third", Duration.ofMinutes(1))).isFalse();
    assertThat(store.get(key)).contains("first");
    assertThat(store.replace(key, "first", "third", Duration.ofMillis(300))).isTrue();
    assertThat(store.get(key)).contains("third");
    await().atMost(Duration.ofSeconds(10)).until(() -> store.get(key).isEmpty());
    assertThat(store.replace(key, "third", "fourth", Duration.ofMinutes(1))).isFalse();
    assertThat(store.putIfAbsent(key, "again", Duration.ofMinutes(1))).isTrue();
  }

  @Test
  void whileRedisIsDownCreatesAreRefusedUnsentReadsGoOnAndItRecoversByItself() {
    String reference = "REDIS-" + UUID.randomUUID();
    Map<String, Object> create = Map.of("input", Writes.shopwedoInput(reference));
    EmbeddedRedis.stopServer();

    GraphQLClient.post(Writes.CREATE, create)
        .body("data", nullValue())
        .body("errors[0].extensions.code", is("REFERENCE_STORE_UNAVAILABLE"));
    shopwedo.verify(0, anyRequestedFor(anyUrl()));
    GraphQLClient.post(
            """
            { orderByProviderId(provider: SHOPWEDO, providerId: "123") { providerId } }
            """)
        .body("errors", nullValue())
        .body("data.orderByProviderId.providerId", is("123"));

    EmbeddedRedis.startServer();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                GraphQLClient.post(Writes.CREATE, create)
                    .body("errors", nullValue())
                    .body("data.createOrder.order.providerId", is(Writes.SHOPWEDO_ORDER_ID)));
    shopwedo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
  }
}
