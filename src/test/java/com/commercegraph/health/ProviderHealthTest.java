package com.commercegraph.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.graphql.FirstError;
import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.resilience.ScrapedMetrics;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each provider's health, as the {@code providers} health group, the {@code providers} query and
 * the status gauge show it, after real calls through the gateway: answered (UP), refused
 * credentials (DOWN), an open breaker (DOWN), a failure healed by a retry (DEGRADED); and the
 * gateway stays live and ready whatever its providers do.
 */
@QuarkusTest
class ProviderHealthTest {

  private static final String PROVIDERS =
      "{ providers { provider enabled healthy status lastFailure { code httpStatus at } } }";

  private static final String BY_PROVIDER_ID =
      """
      query ($provider: Provider!, $id: String!) {
        orderByProviderId(provider: $provider, providerId: $id) { providerId }
      }
      """;

  private final WireMockServer recplus = RecplusStubs.server();

  @Test
  void aProviderThatAnswersIsUpEverywhereWithNoFailure() {
    VeeqoStubs.orderIs("42");
    order("VEEQO", "42").body("errors", org.hamcrest.Matchers.nullValue());

    JsonPath group = providersGroup(200);
    assertThat(group.getString("status")).isEqualTo("UP");
    assertThat(check(group, "VEEQO")).containsEntry("status", "UP");
    assertThat(data(group, "VEEQO"))
        .containsEntry("status", "UP")
        .doesNotContainKey("lastFailureCode");
    Map<String, Object> veeqo = provider("VEEQO");
    assertThat(veeqo).containsEntry("status", "UP").containsEntry("healthy", true);
    assertThat(veeqo.get("lastFailure")).isNull();
    assertThat(ScrapedMetrics.read().value("commerce_provider_status", "provider", "VEEQO"))
        .isZero();
  }

  @Test
  void refusedCredentialsAreDownUntilTheProviderAnswersAgain() {
    recplus.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401)));
    Instant before = Instant.now();
    order("RECPLUS", "1").spec(FirstError.of("PROVIDER_AUTH_FAILED", "RECPLUS"));

    JsonPath group = providersGroup(503);
    assertThat(group.getString("status")).isEqualTo("DOWN");
    assertThat(check(group, "RECPLUS")).containsEntry("status", "DOWN");
    assertThat(data(group, "RECPLUS"))
        .containsEntry("status", "DOWN")
        .containsEntry("lastFailureCode", "PROVIDER_AUTH_FAILED")
        .containsEntry("lastFailureHttpStatus", 401);
    assertThat(Instant.parse((String) data(group, "RECPLUS").get("lastFailureAt")))
        .isAfterOrEqualTo(before.minusSeconds(1));
    assertThat(check(group, "VEEQO")).containsEntry("status", "UP");

    Map<String, Object> info = provider("RECPLUS");
    assertThat(info).containsEntry("status", "DOWN").containsEntry("healthy", false);
    assertThat(lastFailure(info))
        .containsEntry("code", "PROVIDER_AUTH_FAILED")
        .containsEntry("httpStatus", 401);
    assertThat(OffsetDateTime.parse((String) lastFailure(info).get("at")).toInstant())
        .isAfterOrEqualTo(before.minusSeconds(1));
    ScrapedMetrics metrics = ScrapedMetrics.read();
    assertThat(metrics.value("commerce_provider_status", "provider", "RECPLUS")).isEqualTo(2);
    assertThat(metrics.value("commerce_provider_credentials_refused", "provider", "RECPLUS"))
        .isEqualTo(1);

    // The gateway still answers: live and ready, whatever one provider does.
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/health/ready").then().statusCode(200);

    recplus.resetAll();
    RecplusStubs.readAnswers(RecplusStubs.ORDERS + "/1", okJson(RecplusStubs.orderWithId(1)));
    order("RECPLUS", "1").body("errors", org.hamcrest.Matchers.nullValue());
    assertThat(provider("RECPLUS"))
        .as("answered again: the refusal is the latest failure, no longer the state")
        .containsEntry("status", "DEGRADED");
    assertThat(lastFailure(provider("RECPLUS"))).containsEntry("code", "PROVIDER_AUTH_FAILED");
  }

  @Test
  void aRefusedVeepeTokenIsDown() {
    VeepeStubs.discardHeldToken();
    VeepeStubs.tokenAnswers(aResponse().withStatus(401));
    order("VEEPE", "98664454-ad0a-3ffe-ae2e-4a29aa819d8c")
        .spec(FirstError.of("PROVIDER_AUTH_FAILED", "VEEPE"));

    assertThat(provider("VEEPE")).containsEntry("status", "DOWN").containsEntry("healthy", false);
    assertThat(data(providersGroup(503), "VEEPE"))
        .containsEntry("lastFailureCode", "PROVIDER_AUTH_FAILED");
    VeepeStubs.tokenIssued();
    VeepeStubs.discardHeldToken();
  }

  @Test
  void aProviderBehindAnOpenBreakerIsDown() {
    recplus.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    while (!"DOWN".equals(provider("RECPLUS").get("status"))) {
      assertThat(Instant.now()).as("breaker opened in time").isBefore(giveUp);
      order("RECPLUS", "1");
    }
    int sent = recplus.findAll(anyRequestedFor(anyUrl())).size();
    order("RECPLUS", "1").spec(FirstError.of("PROVIDER_UNAVAILABLE", "RECPLUS"));
    assertThat(recplus.findAll(anyRequestedFor(anyUrl()))).as("breaker open").hasSize(sent);

    JsonPath group = providersGroup(503);
    assertThat(data(group, "RECPLUS"))
        .containsEntry("status", "DOWN")
        .containsEntry("lastFailureCode", "PROVIDER_UNAVAILABLE")
        .containsEntry("lastFailureHttpStatus", 503);
    assertThat(provider("RECPLUS")).containsEntry("healthy", false);
    ScrapedMetrics metrics = ScrapedMetrics.read();
    assertThat(metrics.value("commerce_provider_breaker_state", "provider", "RECPLUS"))
        .isEqualTo(2);
    assertThat(metrics.value("commerce_provider_credentials_refused", "provider", "RECPLUS"))
        .isZero();
    given().get("/q/health/ready").then().statusCode(200);
  }

  @Test
  void aFailureARetryHealedLeavesTheProviderDegradedNotDown() {
    VeeqoStubs.orderAnswers(
        "43", aResponse().withStatus(503), okJson(VeeqoStubs.orderWithId("43")));
    order("VEEQO", "43").body("errors", org.hamcrest.Matchers.nullValue());

    Map<String, Object> info = provider("VEEQO");
    assertThat(info).containsEntry("status", "DEGRADED").containsEntry("healthy", true);
    assertThat(lastFailure(info))
        .containsEntry("code", "PROVIDER_UNAVAILABLE")
        .containsEntry("httpStatus", 503);
    JsonPath group = providersGroup(200);
    assertThat(check(group, "VEEQO")).containsEntry("status", "UP");
    assertThat(data(group, "VEEQO")).containsEntry("status", "DEGRADED");
  }

  @Test
  void aNotFoundSaysNothingAboutTheProvidersHealth() {
    recplus.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
    order("RECPLUS", "999");
    assertThat(provider("RECPLUS")).containsEntry("status", "UP");
    assertThat(provider("RECPLUS").get("lastFailure")).isNull();
  }

  private static io.restassured.response.ValidatableResponse order(String provider, String id) {
    return GraphQLClient.post(BY_PROVIDER_ID, Map.of("provider", provider, "id", id))
        .statusCode(200);
  }

  private static JsonPath providersGroup(int status) {
    return given().get("/q/health/group/providers").then().statusCode(status).extract().jsonPath();
  }

  private static Map<String, Object> check(JsonPath group, String name) {
    return group.getMap("checks.find { it.name == '" + name + "' }");
  }

  private static Map<String, Object> data(JsonPath group, String name) {
    return group.getMap("checks.find { it.name == '" + name + "' }.data");
  }

  private static Map<String, Object> provider(String name) {
    return GraphQLClient.answerWithoutErrors(PROVIDERS, Map.of())
        .getMap("data.providers.find { it.provider == '" + name + "' }");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> lastFailure(Map<String, Object> info) {
    return (Map<String, Object>) info.get("lastFailure");
  }
}
