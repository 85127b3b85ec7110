package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.resilience.ScrapedMetrics;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A burst of concurrent GraphQL queries, each needing one provider call, stays inside the
 * provider's own limit: the arrival times WireMock recorded are replayed through the provider's
 * limit (Veeqo's documented leaky bucket, ShopWeDo's ~3/s), and the queries past the gateway's wait
 * bound are RATE_LIMITED by the gateway with nothing sent. Its own app ({@link
 * IsolatedResilience}), since it empties the buckets.
 */
@QuarkusTest
@TestProfile(IsolatedResilience.class)
class RateLimitBurstTest {

  // The figures measured, for the build log; the assertions hold the bounds.
  private static final Logger LOG = Logger.getLogger(RateLimitBurstTest.class);

  private static final int VEEQO_BURST = 60;
  private static final int SHOPWEDO_BURST = 15;

  private final WireMockServer veeqo = VeeqoStubs.server();
  private final WireMockServer shopwedo = ShopwedoStubs.server();

  @Test
  void aBurstOfVeeqoQueriesNeverOverflowsVeeqosLeakyBucketAndTheRestAreRateLimitedUnsent()
      throws Exception {
    veeqo.stubFor(
        WireMock.get(urlPathMatching("/orders/[0-9]+"))
            .willReturn(okJson(resource("veeqo/orders/show.json"))));

    List<String> outcomes =
        burst(
            VEEQO_BURST,
            i ->
                "{ orderByProviderId(provider: VEEQO, providerId: \"%d\") { providerId } }"
                    .formatted(1000 + i));

    List<Long> arrivals = arrivals(veeqo);
    long answered = outcomes.stream().filter("OK"::equals).count();
    long limited = outcomes.stream().filter("RATE_LIMITED"::equals).count();
    LOG.infof(
        "Veeqo burst of %d: %d requests sent over %d ms, %d answered, %d RATE_LIMITED, "
            + "bucket peak %.1f of 100",
        VEEQO_BURST,
        arrivals.size(),
        arrivals.get(arrivals.size() - 1) - arrivals.get(0),
        answered,
        limited,
        peakLeakyBucketLevel(arrivals, 5));
    // veeqo-api.txt: a leaky bucket of 100 drained at 5 per second, then 429.
    assertThat(peakLeakyBucketLevel(arrivals, 5)).isLessThanOrEqualTo(100);
    // No query met a 429 (WireMock sends none; the bucket above says Veeqo would not have).
    // On a loaded machine a call may pass the 1s read timeout, so only the bucket is exact.
    assertThat(answered).isPositive();
    assertThat(outcomes).doesNotContain("PROVIDER_REJECTED", "PROVIDER_BAD_RESPONSE");
  }

  @Test
  void aBurstOfShopwedoQueriesKeepsToAboutThreePerSecond() throws Exception {
    // Orders without items: an item's stock item code would cost a getStock of its own.
    shopwedo.stubFor(
        post(urlPathEqualTo("/admin/api/getOrder"))
            .willReturn(
                okJson(
                    resource("shopwedo/get-order.json")
                        .replaceAll("(?s)\"items\": \\[.*?\\]", "\"items\": []"))));
    ScrapedMetrics before = ScrapedMetrics.read();

    List<String> outcomes =
        burst(
            SHOPWEDO_BURST,
            // Distinct orders: identical reads in flight would share one call.
            i ->
                "{ orderByProviderId(provider: SHOPWEDO, providerId: \"%d\") { providerId } }"
                    .formatted(123 + i));

    List<Long> arrivals = arrivals(shopwedo);
    double seconds = (arrivals.get(arrivals.size() - 1) - arrivals.get(0)) / 1000.0;
    LOG.infof(
        "ShopWeDo burst of %d: %d requests sent over %.2f s, outcomes %s",
        SHOPWEDO_BURST, arrivals.size(), seconds, outcomes);
    // Three may go at once, then three per second; the rest wait at most 2s, then are refused.
    // Two more allowed: the log times arrivals, which a busy machine bunches after the sends.
    assertThat(outcomes).contains("RATE_LIMITED");
    assertThat(arrivals.size()).isLessThanOrEqualTo((int) Math.floor(3 + 3 * seconds) + 2);

    // The limiter's meters saw it: a refusal per RATE_LIMITED answer, a wait per request that was
    // sent after the first three.
    ScrapedMetrics after = ScrapedMetrics.read();
    String[] shopwedoLabel = {"provider", "SHOPWEDO"};
    assertThat(
            after.value("commerce_provider_limiter_refusals_total", shopwedoLabel)
                - before.value("commerce_provider_limiter_refusals_total", shopwedoLabel))
        .isEqualTo(outcomes.stream().filter("RATE_LIMITED"::equals).count());
    assertThat(
            after.value("commerce_provider_limiter_waits_seconds_count", shopwedoLabel)
                - before.value("commerce_provider_limiter_waits_seconds_count", shopwedoLabel))
        .isGreaterThanOrEqualTo(arrivals.size() - 3);
    assertThat(after.value("commerce_provider_limiter_waits_seconds_max", shopwedoLabel))
        .isPositive();
  }

  /** The bucket's highest level when each arrival adds one and it drains at {@code perSecond}. */
  private static double peakLeakyBucketLevel(List<Long> arrivalMillis, int perSecond) {
    double level = 0;
    double peak = 0;
    long last = arrivalMillis.get(0);
    for (long at : arrivalMillis) {
      level = Math.max(0, level - (at - last) * perSecond / 1000.0) + 1;
      last = at;
      peak = Math.max(peak, level);
    }
    return peak;
  }

  private interface Query {
    String document(int index);
  }

  /** Fires the queries at once; answers "OK" or the error code of each. */
  private static List<String> burst(int count, Query query) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(count);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String document = query.document(i);
        answers.add(
            clients.submit(
                () -> {
                  start.await();
                  JsonPath answer =
                      GraphQLClient.post(document, Map.of()).statusCode(200).extract().jsonPath();
                  return answer.getList("errors") == null
                      ? "OK"
                      : answer.getString("errors[0].extensions.code");
                }));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> answer : answers) {
        outcomes.add(answer.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      clients.shutdownNow();
    }
  }

  private static List<Long> arrivals(WireMockServer server) {
    return server.getAllServeEvents().stream()
        .map(event -> event.getRequest().getLoggedDate().getTime())
        .sorted()
        .toList();
  }

  private static String resource(String path) {
    try (InputStream in = RateLimitBurstTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
