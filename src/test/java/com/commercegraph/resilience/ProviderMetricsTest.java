package com.commercegraph.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each meter on {@code /q/metrics} moves as its behaviour happens through the real stack: a retried
 * request, a request in flight on the bulkhead, two identical reads sharing one call, GraphQL
 * operations by name and outcome; and every label value stays within a bounded set.
 */
@QuarkusTest
class ProviderMetricsTest {

  private static final String ONE_ORDER =
      "query OneOrder($id: String!) { orderByProviderId(provider: VEEQO, providerId: $id) { providerId } }";

  private final WireMockServer veeqo = VeeqoStubs.server();

  @Test
  void aRetriedRequestIsTimedByOutcomeAndCountedAsARetry() {
    ScrapedMetrics before = ScrapedMetrics.read();
    VeeqoStubs.orderAnswers(
        "501", aResponse().withStatus(503), okJson(VeeqoStubs.orderWithId("501")));

    GraphQLClient.answerWithoutErrors(ONE_ORDER, Map.of("id", "501"));

    ScrapedMetrics after = ScrapedMetrics.read();
    assertThat(
            moved(
                before,
                after,
                "commerce_provider_retries_total",
                "provider",
                "VEEQO",
                "outcome",
                "PROVIDER_UNAVAILABLE"))
        .isEqualTo(1);
    String[] failed = {
      "provider", "VEEQO", "operation", "order", "outcome", "PROVIDER_UNAVAILABLE"
    };
    String[] answered = {"provider", "VEEQO", "operation", "order", "outcome", "OK"};
    assertThat(moved(before, after, "commerce_provider_calls_seconds_count", failed)).isEqualTo(1);
    assertThat(moved(before, after, "commerce_provider_calls_seconds_count", answered))
        .isEqualTo(1);
    assertThat(after.value("commerce_provider_calls_seconds_bucket", plus(answered, "le", "+Inf")))
        .isEqualTo(after.value("commerce_provider_calls_seconds_count", answered));
    assertThat(after.has("commerce_provider_calls_seconds_sum")).isTrue();
    assertThat(
            moved(
                before,
                after,
                "commerce_graphql_operations_seconds_count",
                "operation",
                "OneOrder",
                "outcome",
                "ok"))
        .isEqualTo(1);
  }

  @Test
  void identicalReadsInFlightShareOneCallWhichHoldsAPlaceOnTheBulkhead() throws Exception {
    ScrapedMetrics before = ScrapedMetrics.read();
    veeqo.stubFor(
        get(urlPathEqualTo("/orders/502"))
            .willReturn(okJson(VeeqoStubs.orderWithId("502")).withFixedDelay(700)));

    CompletableFuture<JsonPath> first =
        CompletableFuture.supplyAsync(() -> GraphQLClient.answer(ONE_ORDER, Map.of("id", "502")));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> veeqo.findAll(getRequestedFor(urlPathEqualTo("/orders/502"))).size() == 1);
    assertThat(
            ScrapedMetrics.read().value("commerce_provider_bulkhead_active", "provider", "VEEQO"))
        .isGreaterThanOrEqualTo(1);
    JsonPath second = GraphQLClient.answer(ONE_ORDER, Map.of("id", "502"));

    assertThat(first.get(10, TimeUnit.SECONDS).getString("data.orderByProviderId.providerId"))
        .isEqualTo("502");
    assertThat(second.getString("data.orderByProviderId.providerId")).isEqualTo("502");
    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/orders/502")));
    assertThat(
            moved(
                before,
                ScrapedMetrics.read(),
                "commerce_provider_coalesced_total",
                "provider",
                "VEEQO"))
        .isEqualTo(1);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                ScrapedMetrics.read()
                        .value("commerce_provider_bulkhead_active", "provider", "VEEQO")
                    == 0);
  }

  @Test
  void operationsAreCountedByBoundedNameAndOutcome() {
    ScrapedMetrics before = ScrapedMetrics.read();
    veeqo.stubFor(get(urlPathEqualTo("/orders/503")).willReturn(aResponse().withStatus(500)));

    GraphQLClient.post("{ providers { provider } }").statusCode(200);
    GraphQLClient.post(
        "query OneOrder { orderByProviderId(provider: VEEQO, providerId: \"503\") { providerId } }");
    GraphQLClient.post("query Broken { providers { nope } }");

    ScrapedMetrics after = ScrapedMetrics.read();
    assertThat(
            moved(
                before,
                after,
                "commerce_graphql_operations_seconds_count",
                "operation",
                "anonymous",
                "outcome",
                "ok"))
        .isEqualTo(1);
    assertThat(
            moved(
                before,
                after,
                "commerce_graphql_operations_seconds_count",
                "operation",
                "OneOrder",
                "outcome",
                "partial"))
        .isEqualTo(1);
    assertThat(
            moved(
                before,
                after,
                "commerce_graphql_operations_seconds_count",
                "operation",
                "Broken",
                "outcome",
                "failed"))
        .isEqualTo(1);
  }

  @Test
  void everyLabelValueIsFromABoundedSet() {
    VeeqoStubs.orderIs("SKU-SECRET-9999");
    GraphQLClient.post(ONE_ORDER, Map.of("id", "SKU-SECRET-9999"));
    GraphQLClient.post(
        "query Bad { orderByProviderId(provider: RECPLUS, providerId: \"ID-4242\") { id } }");

    Pattern bounded = Pattern.compile("[A-Za-z_][A-Za-z0-9_.+\\-]*|[0-9.eE+\\-]+|\\+Inf|");
    List<String> offending = new ArrayList<>();
    for (ScrapedMetrics.Series series : ScrapedMetrics.read().series()) {
      if (!series.name().startsWith("commerce_")) {
        continue;
      }
      series
          .labels()
          .forEach(
              (name, value) -> {
                if (!bounded.matcher(value).matches()
                    || value.contains("SECRET")
                    || value.contains("4242")
                    || value.contains("9999")) {
                  offending.add(series.name() + "{" + name + "=" + value + "}");
                }
              });
      assertThat(series.labels().keySet())
          .isSubsetOf(
              "provider",
              "operation",
              "outcome",
              "le",
              "quantile",
              "source",
              "type",
              "field",
              "reason");
    }
    assertThat(offending).isEmpty();
  }

  private static double moved(
      ScrapedMetrics before, ScrapedMetrics after, String name, String... labels) {
    return after.value(name, labels) - before.value(name, labels);
  }

  private static String[] plus(String[] labels, String... more) {
    List<String> all = new ArrayList<>(List.of(labels));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
