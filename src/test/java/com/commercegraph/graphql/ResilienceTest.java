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
import com.commercegraph.provider.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries for reads only, Retry-After honoured, and the circuit breaker, proven by the requests the
 * provider received.
 */
@QuarkusTest
class ResilienceTest {

  private static final String BY_PROVIDER_ID =
      """
      query ($id: String!) { orderByProviderId(provider: VEEQO, providerId: $id) { providerId } }
      """;

  @InjectWireMock(Provider.VEEQO)
  WireMockServer veeqo;

  @BeforeEach
  void reset() {
    veeqo.resetAll();
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
  void aWriteIsSentOnceEvenWhenTheProviderFails() {
    veeqo.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson("[]")));
    veeqo.stubFor(post(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(503)));

    GraphQLClient.post(
            """
            mutation ($input: CreateOrderInput!) { createOrder(input: $input) { order { id } } }
            """,
            Map.of(
                "input",
                Map.of(
                    "provider",
                    "VEEQO",
                    "reference",
                    "RES-1",
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
                            Map.of("amount", "9.99", "currencyCode", "GBP"))))))
        .body("errors[0].extensions.code", is("PROVIDER_UNAVAILABLE"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
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
