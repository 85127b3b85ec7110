package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.InjectWireMock;
import com.commercegraph.provider.veepe.VeepeTokens;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retries for safe calls only (reads and token fetches), Retry-After honoured or backoff without
 * it, writes sent once and never reported failed when their outcome is unknown, and the circuit
 * breaker opening, proven by the requests the provider received.
 */
@QuarkusTest
class ResilienceTest {

  private static final String BY_PROVIDER_ID =
      """
      query ($id: String!) { orderByProviderId(provider: VEEQO, providerId: $id) { providerId } }
      """;

  private static final String VEEPE_ORDER = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";

  @InjectWireMock(Provider.VEEQO)
  WireMockServer veeqo;

  @InjectWireMock(Provider.VEEPE)
  WireMockServer veepe;

  @Inject VeepeTokens tokens;

  @BeforeEach
  void reset() {
    veeqo.resetAll();
    veepe.resetAll();
  }

  @Test
  void aReadThatKeepsFailingIsTriedThreeTimesThenNamedAsUnavailable() {
    veeqo.stubFor(get(urlPathEqualTo("/orders/42")).willReturn(aResponse().withStatus(503)));

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("id", "42"))
        .body("data.orderByProviderId", nullValue())
        .body("errors[0].extensions.code", is("PROVIDER_UNAVAILABLE"))
        .body("errors[0].extensions.provider", is("VEEQO"));
    veeqo.verify(3, getRequestedFor(urlPathEqualTo("/orders/42")));
  }

  @Test
  void aReadThatFailsOnceIsAnsweredByItsRetry() {
    veeqo.stubFor(
        get(urlPathEqualTo("/orders/42"))
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("recovered"));
    veeqo.stubFor(
        get(urlPathEqualTo("/orders/42"))
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson(resource("veeqo/orders/show.json").replace("13359622", "42"))));

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("id", "42"))
        .body("errors", nullValue())
        .body("data.orderByProviderId.providerId", is("42"));
    veeqo.verify(2, getRequestedFor(urlPathEqualTo("/orders/42")));
  }

  @Test
  void aRateLimitedReadWaitsForRetryAfterBeforeTryingAgain() {
    veeqo.stubFor(
        get(urlPathEqualTo("/orders/42"))
            .inScenario("limited")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
            .willSetStateTo("free"));
    veeqo.stubFor(
        get(urlPathEqualTo("/orders/42"))
            .inScenario("limited")
            .whenScenarioStateIs("free")
            .willReturn(okJson(resource("veeqo/orders/show.json").replace("13359622", "42"))));

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("id", "42"))
        .body("errors", nullValue())
        .body("data.orderByProviderId.providerId", is("42"));
    List<java.util.Date> at =
        veeqo.getAllServeEvents().stream()
            .map(e -> e.getRequest().getLoggedDate())
            .sorted()
            .toList();
    assertThat(at).hasSize(2);
    assertThat(Duration.ofMillis(at.get(1).getTime() - at.get(0).getTime()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void aRateLimitedReadWithoutRetryAfterBacksOffAndTriesAgain() {
    veeqo.stubFor(
        get(urlPathEqualTo("/orders/42"))
            .inScenario("limited")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429))
            .willSetStateTo("free"));
    veeqo.stubFor(
        get(urlPathEqualTo("/orders/42"))
            .inScenario("limited")
            .whenScenarioStateIs("free")
            .willReturn(okJson(resource("veeqo/orders/show.json").replace("13359622", "42"))));

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("id", "42"))
        .body("errors", nullValue())
        .body("data.orderByProviderId.providerId", is("42"));
    veeqo.verify(2, getRequestedFor(urlPathEqualTo("/orders/42")));
  }

  @Test
  void aReadStillRateLimitedAfterItsRetriesIsRateLimitedNamingTheProvider() {
    veeqo.stubFor(get(urlPathEqualTo("/orders/42")).willReturn(aResponse().withStatus(429)));

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("id", "42"))
        .body("data.orderByProviderId", nullValue())
        .body("errors[0].extensions.code", is("RATE_LIMITED"))
        .body("errors[0].extensions.provider", is("VEEQO"));
    veeqo.verify(3, getRequestedFor(urlPathEqualTo("/orders/42")));
  }

  @Test
  void aWriteIsSentOnceEvenWhenTheProviderFailsAndA503LeavesItsOutcomeUnknown() {
    // A 503 does not prove the order was not stored; before issue 12 it read PROVIDER_UNAVAILABLE.
    createVeeqoOrderAnswered(aResponse().withStatus(503), "RES-1")
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"))
        .body("errors[0].extensions.reference", is("RES-1"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1"})
  void aRateLimitedWriteIsSentOnceAndReportedRateLimitedNotUnknown(String retryAfter) {
    ResponseDefinitionBuilder limited = aResponse().withStatus(429);
    if (!retryAfter.isEmpty()) {
      limited = limited.withHeader("Retry-After", retryAfter);
    }

    createVeeqoOrderAnswered(limited, "RES-429-" + retryAfter)
        .body("data.createOrder", nullValue())
        .body("errors[0].extensions.code", is("RATE_LIMITED"))
        .body("errors[0].extensions.provider", is("VEEQO"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aWriteWhoseConnectionIsResetIsSentOnceAndOutcomeUnknownNeverFailed() {
    createVeeqoOrderAnswered(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "RES-RESET")
        .body("data.createOrder", nullValue())
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"))
        .body("errors[0].extensions.provider", is("VEEQO"))
        .body("errors[0].extensions.reference", is("RES-RESET"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aWritePastTheReadTimeoutIsSentOnceAndOutcomeUnknown() {
    createVeeqoOrderAnswered(
            okJson(resource("veeqo/orders/show.json")).withFixedDelay(2_000), "RES-SLOW")
        .body("data.createOrder", nullValue())
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"))
        .body("errors[0].extensions.reference", is("RES-SLOW"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aTokenEndpointFailingOnceIsRetriedForAReadAndTheReadSentOnce() {
    tokens.discard();
    stubTokenFailingOnce();
    veepe.stubFor(
        get(urlPathEqualTo("/v1/orders/" + VEEPE_ORDER))
            .willReturn(okJson(VeepeStubs.json("order.json"))));

    GraphQLClient.post(
            """
            query ($id: String!) { orderByProviderId(provider: VEEPE, providerId: $id) { providerId } }
            """,
            Map.of("id", VEEPE_ORDER))
        .body("errors", nullValue())
        .body("data.orderByProviderId.providerId", is(VEEPE_ORDER));
    veepe.verify(2, postRequestedFor(urlPathEqualTo("/v1/token")));
    veepe.verify(1, getRequestedFor(urlPathEqualTo("/v1/orders/" + VEEPE_ORDER)));
  }

  @Test
  void aTokenEndpointFailingOnceIsRetriedForAWriteAndTheWriteSentOnce() {
    tokens.discard();
    stubTokenFailingOnce();
    veepe.stubFor(
        post(urlPathEqualTo("/v1/reports"))
            .willReturn(okJson(VeepeStubs.json("report-requested.json"))));

    GraphQLClient.post(
            """
            mutation { requestReport(type: "ORDER_REPORT", from: "2025-07-08T00:00:00Z",
                                     to: "2025-08-05T21:19:59Z") {
              report { id } userErrors { code } } }
            """)
        .body("errors", nullValue())
        .body("data.requestReport.userErrors", is(List.of()));
    veepe.verify(2, postRequestedFor(urlPathEqualTo("/v1/token")));
    veepe.verify(1, postRequestedFor(urlPathEqualTo("/v1/reports")));
  }

  private void stubTokenFailingOnce() {
    veepe.stubFor(
        post(urlPathEqualTo("/v1/token"))
            .inScenario("token")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    veepe.stubFor(
        post(urlPathEqualTo("/v1/token"))
            .inScenario("token")
            .whenScenarioStateIs("up")
            .willReturn(okJson(VeepeStubs.json("token.json"))));
  }

  private ValidatableResponse createVeeqoOrderAnswered(
      ResponseDefinitionBuilder answer, String reference) {
    veeqo.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson("[]")));
    veeqo.stubFor(post(urlPathEqualTo("/orders")).willReturn(answer));
    return GraphQLClient.post(
        """
        mutation ($input: CreateOrderInput!) { createOrder(input: $input) { order { id } } }
        """,
        Map.of(
            "input",
            Map.of(
                "provider",
                "VEEQO",
                "reference",
                reference,
                "channelId",
                "1001",
                "customer",
                Map.of("name", "Ada Lovelace"),
                "shippingAddress",
                Map.of(
                    "line1", "1 Main St",
                    "city", "Leeds",
                    "postalCode", "LS1 1AA",
                    "countryCode", "GB"),
                "lines",
                List.of(
                    Map.of(
                        "sku",
                        "3001",
                        "quantity",
                        1,
                        "unitPrice",
                        Map.of("amount", "9.99", "currencyCode", "GBP"))))));
  }

  @Test
  void repeatedFailuresOpenTheBreakerSoTheProviderIsNotCalledAndReportedUnhealthy() {
    veeqo.stubFor(get(urlPathEqualTo("/orders/42")).willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < 4; i++) {
      GraphQLClient.post(BY_PROVIDER_ID, Map.of("id", "42"));
    }
    int sent = veeqo.findAll(getRequestedFor(urlPathEqualTo("/orders/42"))).size();

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("id", "42"))
        .body("errors[0].extensions.code", is("PROVIDER_UNAVAILABLE"))
        .body("errors[0].message", org.hamcrest.Matchers.containsString("circuit open"));
    assertThat(veeqo.findAll(getRequestedFor(urlPathEqualTo("/orders/42")))).hasSize(sent);
    GraphQLClient.post("{ providers { provider healthy } }")
        .body("data.providers.find { it.provider == 'VEEQO' }.healthy", is(false))
        .body("data.providers.find { it.provider == 'VEEPE' }.healthy", is(true));
  }

  private static String resource(String path) {
    try (InputStream in = ResilienceTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
