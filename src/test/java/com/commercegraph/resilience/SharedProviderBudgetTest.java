package com.commercegraph.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.FirstError;
import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.registry.Provider;
import com.commercegraph.store.EmbeddedRedis;
import com.commercegraph.store.SharedRedis;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With Redis, a provider account's budget is one token bucket in Redis for every instance: what
 * another instance takes is gone for this one, waiting callers are spread over time, background
 * work leaves half the bucket to callers. With Redis down each instance keeps to its share (1/N of
 * rate and burst, {@code COMMERCE_INSTANCES}), says so in readiness (still UP), and shares the
 * bucket again once Redis is back, with no restart.
 */
@QuarkusTest
@TestProfile(SharedBudgetsWithRedis.class)
class SharedProviderBudgetTest {

  private static final String ORDER =
      """
      { orderByProviderId(provider: VEEQO, providerId: "13359622") { providerId } }
      """;
  private static final long MINUTE = Duration.ofMinutes(1).toNanos();

  private final WireMockServer veeqo = VeeqoStubs.server();

  @Inject SharedRedis shared;
  @Inject RedisDataSource redis;

  @BeforeEach
  void fullBuckets() {
    EmbeddedRedis.ensureRunning();
    await().atMost(Duration.ofSeconds(10)).until(() -> shared.check().await().indefinitely());
    for (Provider provider : Provider.values()) {
      redis.execute("DEL", RedisTokenBucket.key(provider));
    }
    VeeqoStubs.orderIs(VeeqoStubs.SAMPLE_ORDER_ID);
  }

  @AfterEach
  void redisIsUpAgain() {
    EmbeddedRedis.ensureRunning();
  }

  @Test
  void turnsAnotherInstanceTookAreGoneForThisOneWhichAnswersRateLimitedWithNothingSent() {
    TokenBucket otherInstance =
        new RedisTokenBucket(
            shared,
            Provider.VEEQO,
            SharedBudgetsWithRedis.VEEQO_RATE,
            SharedBudgetsWithRedis.VEEQO_BURST);
    // The other instance takes the four at once and reserves the next ten seconds' turns.
    for (int i = 0; i < SharedBudgetsWithRedis.VEEQO_BURST + 10; i++) {
      assertThat(otherInstance.take(MINUTE).taken()).isTrue();
    }

    GraphQLClient.post(ORDER).spec(FirstError.of("RATE_LIMITED", "VEEQO"));

    veeqo.verify(0, anyRequestedFor(anyUrl()));
    assertThat(tokensInRedis(Provider.VEEQO)).isLessThan(-8);
  }

  @Test
  void thisInstancesRequestsTakeTheirTurnsFromTheBucketInRedis() {
    long start = System.nanoTime();
    for (int i = 0; i < SharedBudgetsWithRedis.VEEQO_BURST; i++) {
      GraphQLClient.post(ORDER)
          .body("errors", nullValue())
          .body("data.orderByProviderId.providerId", is(VeeqoStubs.SAMPLE_ORDER_ID));
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    veeqo.verify(SharedBudgetsWithRedis.VEEQO_BURST, anyRequestedFor(anyUrl()));
    // Four taken from four; what is back is what one a second refilled meanwhile.
    assertThat(tokensInRedis(Provider.VEEQO))
        .isLessThanOrEqualTo(seconds * SharedBudgetsWithRedis.VEEQO_RATE + 0.001);
    long ttl = redis.execute("PTTL", RedisTokenBucket.key(Provider.VEEQO)).toLong();
    assertThat(ttl).isPositive();
  }

  @Test
  void callersThatWaitHaveTheirTurnsReservedOneIntervalApart() {
    // REC+ has no limit of its own here: its key is free for a bucket of one a second, two at once.
    TokenBucket bucket = new RedisTokenBucket(shared, Provider.RECPLUS, 1, 2);
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      TokenBucket.Turn turn = bucket.take(MINUTE);
      assertThat(turn.taken()).isTrue();
      waits.add(turn.waitNanos());
    }

    assertThat(waits.subList(0, 2)).containsOnly(0L);
    for (int i = 2; i < waits.size(); i++) {
      // One more second each, less the time between the two calls.
      assertThat(waits.get(i) - waits.get(i - 1))
          .isPositive()
          .isLessThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    }
    assertThat(waits.get(5)).isGreaterThan(Duration.ofSeconds(3).toNanos());
    assertThat(bucket.take(Duration.ofSeconds(1).toNanos()).taken()).isFalse();
  }

  @Test
  void backgroundWorkTakesTurnsOnlyWhileHalfTheBucketIsLeftForCallers() {
    TokenBucket bucket = new RedisTokenBucket(shared, Provider.RECPLUS, 1, 4);

    assertThat(bucket.takeLeavingHalf().taken()).isTrue();
    assertThat(bucket.takeLeavingHalf().taken()).isTrue();
    TokenBucket.Turn refused = bucket.takeLeavingHalf();
    assertThat(refused.taken()).isFalse();
    assertThat(refused.waitNanos()).isPositive();
    assertThat(bucket.take(0).taken()).isTrue();
    assertThat(bucket.take(0).taken()).isTrue();
  }

  @Test
  void withRedisDownThisInstanceKeepsToItsShareSaysSoAndSharesAgainOnceRedisIsBack() {
    EmbeddedRedis.stopServer();

    // Its share: half of four at once, half of one a second; a third turn is two seconds away.
    GraphQLClient.post(ORDER).body("errors", nullValue());
    GraphQLClient.post(ORDER).body("errors", nullValue());
    GraphQLClient.post(ORDER).spec(FirstError.of("RATE_LIMITED", "VEEQO"));
    veeqo.verify(2, anyRequestedFor(anyUrl()));
    readiness()
        .body("status", is("UP"))
        .body("checks.find { it.name == 'shared-state' }.status", is("UP"))
        .body("checks.find { it.name == 'shared-state' }.data.store", is("redis"))
        .body("checks.find { it.name == 'shared-state' }.data.reachable", is(false))
        .body("checks.find { it.name == 'shared-state' }.data.budgets", is("local share 1/2"));
    assertThat(ScrapedMetrics.read().value("commerce_shared_state_reachable")).isZero();

    EmbeddedRedis.startServer();
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                readiness()
                    .body("checks.find { it.name == 'shared-state' }.data.reachable", is(true))
                    .body("checks.find { it.name == 'shared-state' }.data.budgets", is("shared")));
    assertThat(ScrapedMetrics.read().value("commerce_shared_state_reachable")).isEqualTo(1);
    GraphQLClient.post(ORDER).body("errors", nullValue());
    veeqo.verify(3, anyRequestedFor(anyUrl()));
    assertThat(tokensInRedis(Provider.VEEQO)).isLessThan(SharedBudgetsWithRedis.VEEQO_BURST);
  }

  private static io.restassured.response.ValidatableResponse readiness() {
    return given().get("/q/health/ready").then().statusCode(200);
  }

  private double tokensInRedis(Provider provider) {
    return Double.parseDouble(
        redis.execute("HGET", RedisTokenBucket.key(provider), "tokens").toString());
  }
}
