package com.commercegraph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.order.event.LiveOrdersProfile;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.resilience.ScrapedMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every metric the Grafana dashboard and the Prometheus alert rules under {@code ops/} name, of any
 * prefix, is one the running gateway exports on {@code /q/metrics} after a representative mix of
 * requests (a GraphQL read with a retried provider call, a socket subscription and query, a REC+
 * webhook, polls), so a typo or a renamed meter fails here and not in a dashboard at night. Both
 * files parse (JSON, YAML), and each alert rule has what Prometheus needs. The names are read out
 * of the PromQL itself: functions, label names, grouping labels, keywords, Grafana variables and
 * durations are not metric names.
 */
@QuarkusTest
@TestProfile(LiveOrdersProfile.class)
class OpsMetricNamesTest {

  private static final Path DASHBOARD = Path.of("ops/grafana/commerce-graph.json");
  private static final Path ALERTS = Path.of("ops/prometheus/alerts.yml");

  private static final Set<String> NOT_METRICS =
      Set.of(
          "and",
          "or",
          "unless",
          "bool",
          "offset",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "inf",
          "nan",
          "Inf",
          "NaN");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'");
  private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
  private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}|\\$\\w+");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern LABEL_VALUES =
      Pattern.compile("\\blabel_values\\s*\\(\\s*([^,)]+?)\\s*(?:,[^)]*)?\\)");
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w.:])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()");

  @TestHTTPResource("/graphql")
  URI graphql;

  @Test
  void everyMetricTheDashboardAndTheAlertsNameIsExported() throws IOException {
    List<String> expressions = new ArrayList<>();
    collect(
        new ObjectMapper().readTree(DASHBOARD.toFile()), Set.of("expr", "definition"), expressions);
    collect(new YAMLMapper().readTree(ALERTS.toFile()), Set.of("expr"), expressions);
    Set<String> named = new TreeSet<>();
    expressions.forEach(expression -> named.addAll(metricsIn(expression)));
    assertThat(named)
        .as("names read from both files")
        .contains(
            "commerce_provider_status",
            "commerce_provider_calls_seconds_bucket",
            "commerce_graphql_operations_seconds_count",
            "cache_gets_total",
            "commerce_subscriptions_active",
            "commerce_events_published_total",
            "commerce_webhooks_rejected_total",
            "commerce_events_polls_total");

    ScrapedMetrics exported = representativeTraffic();

    assertThat(named).allSatisfy(name -> assertThat(exported.has(name)).as(name).isTrue());
  }

  @Test
  void theAlertRulesAreWellFormedYaml() throws IOException {
    JsonNode groups = new YAMLMapper().readTree(ALERTS.toFile()).path("groups");
    assertThat(groups.isArray()).isTrue();
    List<JsonNode> rules = new ArrayList<>();
    groups.forEach(group -> group.path("rules").forEach(rules::add));
    assertThat(rules).hasSizeGreaterThanOrEqualTo(7);
    assertThat(rules)
        .allSatisfy(
            rule -> {
              assertThat(rule.path("alert").asText()).matches("Commerce[A-Za-z]+");
              assertThat(rule.path("expr").asText()).isNotBlank();
              assertThat(rule.path("for").asText()).matches("\\d+[smh]");
              assertThat(rule.path("labels").path("severity").asText()).isIn("critical", "warning");
              assertThat(rule.path("annotations").path("summary").asText()).isNotBlank();
            });
  }

  @Test
  void theDashboardIsGrafanaJsonWithUniquePanelIds() throws IOException {
    JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
    assertThat(dashboard.path("uid").asText()).isEqualTo("commerce-graph");
    List<Integer> ids = new ArrayList<>();
    dashboard.path("panels").forEach(panel -> ids.add(panel.path("id").asInt()));
    assertThat(ids).doesNotHaveDuplicates().doesNotContain(0);
  }

  @Test
  void metricNamesAreReadOutOfPromQl() {
    assertThat(
            metricsIn(
                "histogram_quantile(0.95, sum by (instance, provider, le)"
                    + " (rate(commerce_provider_calls_secnds_bucket{outcome=~\"OK|X\"}[5m]))) > 2.5"))
        .containsExactly("commerce_provider_calls_secnds_bucket");
    assertThat(
            metricsIn(
                "sum(rate(a_total[$__rate_interval])) / on (provider) group_left (x) b_total"
                    + " and c offset 1h unless d_seconds_count == bool 1e3"))
        .containsExactlyInAnyOrder("a_total", "b_total", "c", "d_seconds_count");
    assertThat(metricsIn("label_values(commerce_provider_status, provider)"))
        .containsExactly("commerce_provider_status");
  }

  /** Metric names in one PromQL expression (or Grafana variable query). */
  static Set<String> metricsIn(String expression) {
    String text = LABEL_VALUES.matcher(expression).replaceAll("$1");
    for (Pattern noise : List.of(STRING, LABEL_MATCHERS, RANGE, VARIABLE, GROUPING)) {
      text = noise.matcher(text).replaceAll(" ");
    }
    Set<String> names = new TreeSet<>();
    Matcher identifier = IDENTIFIER.matcher(text);
    while (identifier.find()) {
      if (!NOT_METRICS.contains(identifier.group(1))) {
        names.add(identifier.group(1));
      }
    }
    return names;
  }

  /**
   * A GraphQL read with a retried provider call, a socket query and subscription, a REC+ webhook
   * used and one refused, polls of Veeqo; then {@code /q/metrics}.
   */
  private ScrapedMetrics representativeTraffic() {
    VeeqoStubs.orderAnswers(
        "602", aResponse().withStatus(503), okJson(VeeqoStubs.orderWithId("602")));
    VeeqoStubs.ordersAnswer(okJson("[]"));
    GraphQLClient.answerWithoutErrors(
        "query Ops { orderByProviderId(provider: VEEQO, providerId: \"602\") { providerId } }",
        Map.of());
    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket.start("events", "subscription OpsEvents { orderEvents { type } }", Map.of());
      socket.start("q", "query OpsSocket { providers { provider } }", Map.of());
      socket.awaitMessage("complete", "q");
      given()
          .header("Authorization", "Bearer " + LiveOrdersProfile.WEBHOOK_TOKEN)
          .contentType(ContentType.JSON)
          .body("{\"event\":\"new.order\",\"data\":" + RecplusStubs.orderWithId(900201) + "}")
          .post("/webhooks/recplus")
          .then()
          .statusCode(200);
      given()
          .header("Authorization", "Bearer wrong")
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/webhooks/recplus")
          .then()
          .statusCode(401);
      socket.awaitMessage("next", "events");
      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () ->
                  ScrapedMetrics.read()
                          .value(
                              "commerce_events_polls_total", "provider", "VEEQO", "outcome", "OK")
                      >= 1);
      return ScrapedMetrics.read();
    }
  }

  private static void collect(JsonNode node, Set<String> fields, List<String> into) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              field -> {
                if (fields.contains(field.getKey()) && field.getValue().isTextual()) {
                  into.add(field.getValue().asText());
                } else {
                  collect(field.getValue(), fields, into);
                }
              });
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, fields, into));
    }
  }
}
