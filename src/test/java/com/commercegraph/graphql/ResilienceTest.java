package com.commercegraph.graphql;

import static com.commercegraph.graphql.OrderInputs.line;
import static com.commercegraph.provider.veeqo.VeeqoStubs.orderWithId;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

  private final WireMockServer veeqo = VeeqoStubs.server();
  private final WireMockServer veepe = VeepeStubs.server();

  @Test
  void aReadThatKeepsFailingIsTriedThreeTimesThenNamedAsUnavailable() {
    VeeqoStubs.orderAnswers("42", aResponse().withStatus(503));

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("id", "42"))
        .body("data.orderByProviderId", nullValue())
        .spec(FirstError.of("PROVIDER_UNAVAILABLE", "VEEQO"));
    veeqo.verify(3, getRequestedFor(urlPathEqualTo("/orders/42")));
  }

  @Test
  void aReadThatFailsOnceIsAnsweredByItsRetry() {
    VeeqoStubs.orderAnswers("42", aResponse().withStatus(500), okJson(orderWithId("42")));

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("id", "42"))
        .body("errors", nullValue())
        .body("data.orderByProviderId.providerId", is("42"));
    veeqo.verify(2, getRequestedFor(urlPathEqualTo("/orders/42")));
  }

  @Test
  void aRateLimitedReadWaitsForRetryAfterBeforeTryingAgain() {
    VeeqoStubs.orderAnswers(
        "42",
        aResponse().withStatus(429).withHeader("Retry-After", "1"),
        okJson(orderWithId("42")));

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
    VeeqoStubs.orderAnswers("42", aResponse().withStatus(429), okJson(orderWithId("42")));

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("id", "42"))
        .body("errors", nullValue())
        .body("data.orderByProviderId.providerId", is("42"));
    veeqo.verify(2, getRequestedFor(urlPathEqualTo("/orders/42")));
  }

  @Test
  void aReadStillRateLimitedAfterItsRetriesIsRateLimitedNamingTheProvider() {
    VeeqoStubs.orderAnswers("42", aResponse().withStatus(429));

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("id", "42"))
        .body("data.orderByProviderId", nullValue())
        .spec(FirstError.of("RATE_LIMITED", "VEEQO"));
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
        .spec(FirstError.of("RATE_LIMITED", "VEEQO"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aWriteWhoseConnectionIsResetIsSentOnceAndOutcomeUnknownNeverFailed() {
    createVeeqoOrderAnswered(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "RES-RESET")
        .body("data.createOrder", nullValue())
        .spec(FirstError.outcomeUnknown("VEEQO", "RES-RESET"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aWritePastTheReadTimeoutIsSentOnceAndOutcomeUnknown() {
    createVeeqoOrderAnswered(
            okJson(VeeqoStubs.payload("orders/show.json")).withFixedDelay(2_000), "RES-SLOW")
        .body("data.createOrder", nullValue())
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"))
        .body("errors[0].extensions.reference", is("RES-SLOW"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aTokenEndpointFailingOnceIsRetriedForAReadAndTheReadSentOnce() {
    VeepeStubs.tokenAnswers(aResponse().withStatus(503), okJson(VeepeStubs.payload("token.json")));
    VeepeStubs.orderAnswers(VEEPE_ORDER, okJson(VeepeStubs.payload("order.json")));

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
    VeepeStubs.tokenAnswers(aResponse().withStatus(503), okJson(VeepeStubs.payload("token.json")));
    VeepeStubs.reportRequestAnswers(okJson(VeepeStubs.payload("report-requested.json")));

    GraphQLClient.post(
            """
            mutation { requestReport(type: "ORDER_REPORT", from: "2025-07-08T00:00:00Z",
                                     to: "2025-08-05T21:19:59Z") {
              report { id } userErrors { code } } }
            """)
        .spec(MutationAnswer.accepted("requestReport"));
    veepe.verify(2, postRequestedFor(urlPathEqualTo("/v1/token")));
    veepe.verify(1, postRequestedFor(urlPathEqualTo("/v1/reports")));
  }

  private ValidatableResponse createVeeqoOrderAnswered(
      ResponseDefinitionBuilder answer, String reference) {
    VeeqoStubs.noOrders();
    VeeqoStubs.createOrderAnswers(answer);
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
                List.of(line("3001", 1, "9.99", "GBP")))));
  }

  @Test
  void repeatedFailuresOpenTheBreakerSoTheProviderIsNotCalledAndReportedUnhealthy() {
    VeeqoStubs.orderAnswers("42", aResponse().withStatus(503));
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
}
