package com.commercegraph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.resilience.ScrapedMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard and the Prometheus alert rules under {@code ops/} name only metrics the
 * gateway publishes: after traffic that makes every series exist (an answered request, a retried
 * one, a GraphQL operation), each metric they name is on {@code /q/metrics}. A renamed meter fails
 * here, not in someone's dashboard at night. (The Kubernetes manifests are generated at package
 * time; packaged/KubernetesManifestIT checks them.)
 */
@QuarkusTest
class OpsFilesTest {

  private static final Path DASHBOARD = Path.of("ops/grafana/commerce-graph.json");
  private static final Path ALERTS = Path.of("ops/prometheus/alerts.yml");
  private static final Pattern METRIC = Pattern.compile("\\b(?:commerce|cache)_[a-z_]+\\b");

  @BeforeEach
  void trafficThatMakesEverySeriesExist() {
    VeeqoStubs.orderAnswers(
        "601", aResponse().withStatus(503), okJson(VeeqoStubs.orderWithId("601")));
    GraphQLClient.answerWithoutErrors(
        "query Ops { orderByProviderId(provider: VEEQO, providerId: \"601\") { providerId } }",
        Map.of());
  }

  @Test
  void everyMetricTheDashboardNamesIsPublished() throws IOException {
    List<String> expressions = new ArrayList<>();
    collectExpressions(new ObjectMapper().readTree(DASHBOARD.toFile()), expressions);
    Set<String> named = metricsIn(String.join("\n", expressions));

    assertThat(named)
        .contains(
            "commerce_provider_calls_seconds_count",
            "commerce_provider_calls_seconds_bucket",
            "commerce_provider_limiter_waits_seconds_count",
            "commerce_provider_limiter_refusals_total",
            "commerce_provider_breaker_state");
    assertPublished(named);
  }

  @Test
  void theDashboardHasOneRowPerProviderWithItsFivePanels() throws IOException {
    JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
    List<JsonNode> panels = new ArrayList<>();
    dashboard.get("panels").forEach(panels::add);
    int row =
        panels.indexOf(
            panels.stream()
                .filter(p -> "provider".equals(p.path("repeat").asText()))
                .findFirst()
                .orElseThrow());
    assertThat(panels.get(row).get("type").asText()).isEqualTo("row");
    List<String> titles =
        panels.subList(row + 1, panels.size()).stream().map(p -> p.get("title").asText()).toList();
    assertThat(titles)
        .containsExactly(
            "Calls by operation",
            "Latency p50 / p95 / p99",
            "Errors by code",
            "Rate limiter: waits and refusals",
            "Breaker, bulkhead, credentials");
  }

  @Test
  void everyMetricTheAlertsNameIsPublishedAndEachAlertIsThere() throws IOException {
    String alerts = Files.readString(ALERTS);
    Set<String> named = metricsIn(alerts);

    for (String alert :
        List.of(
            "CommerceProviderDown",
            "CommerceProviderCredentialsRefused",
            "CommerceProviderErrorRatio",
            "CommerceProviderSlow")) {
      assertThat(alerts).contains("- alert: " + alert);
    }
    assertThat(alerts.split("- alert: ").length - 1)
        .as("each rule has an expression, a duration and a severity")
        .isEqualTo(count(alerts, "\n        expr:"))
        .isEqualTo(count(alerts, "\n        for:"))
        .isEqualTo(count(alerts, "\n          severity:"));
    assertThat(named)
        .contains(
            "commerce_provider_status",
            "commerce_provider_credentials_refused",
            "commerce_provider_calls_seconds_bucket");
    assertPublished(named);
  }

  private static void assertPublished(Set<String> named) {
    ScrapedMetrics published = ScrapedMetrics.read();
    assertThat(named).allSatisfy(name -> assertThat(published.has(name)).as(name).isTrue());
  }

  private static void collectExpressions(JsonNode node, List<String> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().equals("expr") || field.getKey().equals("definition")) {
          into.add(field.getValue().asText());
        } else {
          collectExpressions(field.getValue(), into);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> collectExpressions(element, into));
    }
  }

  private static Set<String> metricsIn(String text) {
    Set<String> names = new TreeSet<>();
    Matcher metric = METRIC.matcher(text);
    while (metric.find()) {
      names.add(metric.group());
    }
    return names;
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
