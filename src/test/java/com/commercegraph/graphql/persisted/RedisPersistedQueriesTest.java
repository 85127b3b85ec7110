package com.commercegraph.graphql.persisted;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.store.EmbeddedRedis;
import com.commercegraph.store.WithRedis;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With {@code QUARKUS_REDIS_HOSTS} set, a document a client registers is kept in the shared store
 * (Redis), with an expiry, where every instance of the gateway finds it: one registered straight
 * into Redis (as another instance would) is found by its hash alone.
 */
@QuarkusTest
@TestProfile(WithRedis.class)
class RedisPersistedQueriesTest {

  private static final String DOCUMENT =
      "query Redis" + UUID.randomUUID().toString().replace("-", "") + " { providers { provider } }";

  @Inject PersistedQueryStore store;

  private Vertx vertx;
  private RedisAPI redis;

  @BeforeEach
  void connect() throws Exception {
    vertx = Vertx.vertx();
    EmbeddedRedis.ensureRunning();
    redis = RedisAPI.api(Redis.createClient(vertx, EmbeddedRedis.url()));
  }

  @AfterEach
  void disconnect() {
    redis.close();
    vertx.close();
  }

  private static ValidatableResponse post(Map<String, Object> body) {
    return given()
        .header("X-API-Key", GraphQLClient.EVERY_ROLE_KEY)
        .contentType("application/json")
        .body(body)
        .post("/graphql")
        .then();
  }

  private Response redis(String command, String key) throws Exception {
    return (command.equals("GET") ? redis.get(key) : redis.ttl(key))
        .toCompletionStage()
        .toCompletableFuture()
        .get(5, TimeUnit.SECONDS);
  }

  @Test
  void theRedisStoreIsTheOneInUse() {
    assertThat(store).isInstanceOf(SharedPersistedQueryStore.class);
  }

  @Test
  void aRegisteredDocumentIsKeptInRedisWithAnExpiry() throws Exception {
    String hash = DocumentHash.of(DOCUMENT);
    Map<String, Object> extensions =
        Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));

    post(Map.of("extensions", extensions))
        .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    post(Map.of("query", DOCUMENT, "extensions", extensions)).body("errors", nullValue());

    String key = SharedPersistedQueryStore.KEY_PREFIX + hash;
    assertThat(redis("GET", key).toString()).isEqualTo(DOCUMENT);
    assertThat(redis("TTL", key).toLong()).isBetween(1L, Duration.ofHours(24).toSeconds());
    post(Map.of("extensions", extensions))
        .body("errors", nullValue())
        .body("data.providers[0].provider", equalTo("VEEQO"));
  }

  @Test
  void aDocumentAnotherInstanceRegisteredIsFoundByItsHash() throws Exception {
    String other =
        "query Other"
            + UUID.randomUUID().toString().replace("-", "")
            + " { providers { enabled } }";
    String hash = DocumentHash.of(other);
    redis
        .set(List.of(SharedPersistedQueryStore.KEY_PREFIX + hash, other, "EX", "60"))
        .toCompletionStage()
        .toCompletableFuture()
        .get(5, TimeUnit.SECONDS);

    post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))))
        .body("errors", nullValue())
        .body("data.providers[0].enabled", equalTo(true));
  }
}
