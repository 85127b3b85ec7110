package com.commercegraph.provider.veeqo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.commercegraph.failure.ProviderAuthException;
import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.failure.ProviderRateLimitedException;
import com.commercegraph.failure.ProviderRejectedException;
import com.commercegraph.failure.ProviderTimeoutException;
import com.commercegraph.failure.ProviderUnavailableException;
import com.commercegraph.provider.JsonAnswer;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every way a Veeqo call can fail, each as the {@link ProviderException} of its meaning (the error
 * statuses of http_codes.md, Rails' error bodies, and transport failures).
 */
@QuarkusTest
class VeeqoClientErrorsTest {

  private static final String OAUTH_TOKEN = "test-veeqo-oauth-token";

  private final WireMockServer wireMock = VeeqoStubs.server();

  @Inject VeeqoClient client;

  @Inject ObjectMapper json;

  private final List<ProviderException> seen = new ArrayList<>();
  private final List<VeeqoClient> ownClients = new ArrayList<>();

  @AfterEach
  void closeOwnClients() throws Exception {
    for (VeeqoClient own : ownClients) {
      own.close();
    }
  }

  @Test
  void unauthorizedIsAnAuthFailureWithVeeqosMessage() {
    answerGetOrder(JsonAnswer.of(401, "{\"error\": \"Invalid API key\"}"));

    ProviderAuthException e = failGetOrder(ProviderAuthException.class);

    assertThat(e.code()).isEqualTo("PROVIDER_AUTH_FAILED");
    assertThat(e.httpStatus()).contains(401);
    assertThat(e.providerCode()).isEmpty();
    assertThat(e.providerMessage()).contains("Invalid API key");
  }

  @Test
  void notFoundIsNotFound() {
    answerGetOrder(JsonAnswer.of(404, "{\"error_messages\": \"Couldn't find Order with 'id'=1\"}"));

    ProviderNotFoundException e = failGetOrder(ProviderNotFoundException.class);

    assertThat(e.code()).isEqualTo("NOT_FOUND");
    assertThat(e.httpStatus()).contains(404);
    assertThat(e.providerMessage()).contains("Couldn't find Order with 'id'=1");
  }

  @Test
  void railsFieldErrorsBecomeOneMessageOfTheRejection() {
    VeeqoStubs.createOrderAnswers(
        JsonAnswer.of(
            422,
            """
            {"errors": {"number": ["has already been taken"],
                        "base": ["Line items are invalid"]}}
            """));

    ProviderRejectedException e =
        catchThrowableOfType(
            ProviderRejectedException.class,
            () -> client.createOrder(VeeqoOrdersClientTest.amazonOrder()));

    seen.add(e);
    assertThat(e.code()).isEqualTo("PROVIDER_REJECTED");
    assertThat(e.httpStatus()).contains(422);
    assertThat(e.providerMessage())
        .contains("number has already been taken; Line items are invalid");
    assertThat(e.outcomeUnknown()).isFalse();
  }

  @Test
  void errorMessagesListAndMessageFieldAreReadToo() {
    answerGetOrder(
        JsonAnswer.of(
            400, "{\"error_messages\": [\"Channel must exist\", \"Customer must exist\"]}"));
    ProviderRejectedException list = failGetOrder(ProviderRejectedException.class);

    answerGetOrder(JsonAnswer.of(400, "{\"message\": \"page_size is too big\"}"));
    ProviderRejectedException message = failGetOrder(ProviderRejectedException.class);

    assertThat(list.providerMessage()).contains("Channel must exist; Customer must exist");
    assertThat(message.providerMessage()).contains("page_size is too big");
    assertThat(message.httpStatus()).contains(400);
  }

  @Test
  void emptyOrNonJsonErrorBodiesStillGiveTheStatusMeaning() {
    answerGetOrder(aResponse().withStatus(500));
    ProviderUnavailableException empty = failGetOrder(ProviderUnavailableException.class);

    answerGetOrder(
        aResponse()
            .withStatus(503)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><body>Service Unavailable</body></html>"));
    ProviderUnavailableException html = failGetOrder(ProviderUnavailableException.class);

    answerGetOrder(JsonAnswer.of(500, "{\"error\": "));
    ProviderUnavailableException cutOff = failGetOrder(ProviderUnavailableException.class);

    assertThat(empty.code()).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(empty.httpStatus()).contains(500);
    assertThat(empty.providerMessage()).isEmpty();
    assertThat(empty.retryable()).isTrue();
    assertThat(html.httpStatus()).contains(503);
    assertThat(html.providerMessage()).isEmpty();
    assertThat(cutOff.providerMessage()).isEmpty();
  }

  @Test
  void rateLimitWithoutHeadersIsRateLimitedWithoutAWait() {
    answerGetOrder(aResponse().withStatus(429));

    ProviderRateLimitedException e = failGetOrder(ProviderRateLimitedException.class);

    assertThat(e.code()).isEqualTo("RATE_LIMITED");
    assertThat(e.httpStatus()).contains(429);
    assertThat(e.retryAfter()).isEmpty();
    assertThat(e.retryable()).isTrue();
  }

  @Test
  void rateLimitWithRetryAfterCarriesTheWait() {
    answerGetOrder(aResponse().withStatus(429).withHeader("Retry-After", "2"));

    ProviderRateLimitedException e = failGetOrder(ProviderRateLimitedException.class);

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
  }

  @Test
  void malformedJsonIsABadResponse() {
    answerGetOrder(okJson("{\"id\": 13359622, \"number\": "));

    ProviderBadResponseException e = failGetOrder(ProviderBadResponseException.class);

    assertThat(e.code()).isEqualTo("PROVIDER_BAD_RESPONSE");
    assertThat(e.httpStatus()).isEmpty();
    assertThat(e.outcomeUnknown()).isFalse();
  }

  @Test
  void malformedJsonAfterAWriteLeavesTheOutcomeUnknown() {
    VeeqoStubs.createOrderAnswers(JsonAnswer.of(201, "{\"id\": "));

    ProviderBadResponseException e =
        catchThrowableOfType(
            ProviderBadResponseException.class,
            () -> client.createOrder(VeeqoOrdersClientTest.amazonOrder()));

    seen.add(e);
    assertThat(e.outcomeUnknown()).isTrue();
  }

  @Test
  void emptySuccessBodyIsABadResponseNotANullOrder() {
    answerGetOrder(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

    ProviderBadResponseException e = failGetOrder(ProviderBadResponseException.class);

    assertThat(e.code()).isEqualTo("PROVIDER_BAD_RESPONSE");
  }

  @Test
  void readTimeoutIsATimeoutAndNotAWrite() {
    answerGetOrder(okJson(VeeqoStubs.payload("orders/show.json")).withFixedDelay(1500));

    ProviderTimeoutException e = failGetOrder(ProviderTimeoutException.class);

    assertThat(e.code()).isEqualTo("PROVIDER_TIMEOUT");
    assertThat(e.httpStatus()).isEmpty();
    assertThat(e.outcomeUnknown()).isFalse();
  }

  @Test
  void writeThatTimesOutMayHaveBeenApplied() {
    VeeqoStubs.createOrderAnswers(
        JsonAnswer.of(201, VeeqoStubs.payload("orders/show.json")).withFixedDelay(1500));

    ProviderTimeoutException e =
        catchThrowableOfType(
            ProviderTimeoutException.class,
            () -> client.createOrder(VeeqoOrdersClientTest.amazonOrder()));

    seen.add(e);
    assertThat(e.code()).isEqualTo("PROVIDER_TIMEOUT");
    assertThat(e.outcomeUnknown()).isTrue();
  }

  @Test
  void droppedConnectionIsUnavailable() {
    answerGetOrder(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    ProviderUnavailableException e = failGetOrder(ProviderUnavailableException.class);

    assertThat(e.code()).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(e.httpStatus()).isEmpty();
  }

  @Test
  void refusedConnectionIsUnavailableAndAWriteWasNeverSent() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    VeeqoClient unreachable =
        clientFor(
            VeeqoTestConfig.of("http://localhost:" + closedPort, VeeqoWireMock.API_KEY, null));

    ProviderUnavailableException e =
        catchThrowableOfType(
            ProviderUnavailableException.class,
            () -> unreachable.createOrder(VeeqoOrdersClientTest.amazonOrder()));

    seen.add(e);
    assertThat(e.outcomeUnknown()).isFalse();
  }

  @Test
  void oauthTokenWinsOverTheApiKeyAsABearerToken() {
    answerGetOrder(okJson(VeeqoStubs.payload("orders/show.json")));
    VeeqoClient withToken =
        clientFor(VeeqoTestConfig.of(wireMock.baseUrl(), VeeqoWireMock.API_KEY, OAUTH_TOKEN));

    withToken.order(1L);

    wireMock.verify(
        exactly(1),
        getRequestedFor(urlEqualTo("/orders/1"))
            .withHeader("Authorization", equalTo("Bearer " + OAUTH_TOKEN))
            .withHeader("x-api-key", absent()));
  }

  @Test
  void disabledClientThrowsWithoutCallingVeeqo() {
    VeeqoClient disabled = clientFor(VeeqoTestConfig.of(wireMock.baseUrl(), null, null));

    ProviderDisabledException e =
        catchThrowableOfType(ProviderDisabledException.class, () -> disabled.order(1L));

    assertThat(e.code()).isEqualTo("PROVIDER_DISABLED");
    wireMock.verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void noFailureMessageCarriesACredential() {
    wireMock.stubFor(any(anyUrl()).willReturn(JsonAnswer.of(401, "{\"error\": \"Unauthorized\"}")));
    VeeqoClient withToken =
        clientFor(VeeqoTestConfig.of(wireMock.baseUrl(), VeeqoWireMock.API_KEY, OAUTH_TOKEN));
    seen.add(catchThrowableOfType(ProviderException.class, () -> client.order(1L)));
    seen.add(catchThrowableOfType(ProviderException.class, () -> withToken.order(1L)));
    seen.add(
        catchThrowableOfType(
            ProviderException.class,
            () -> client.createOrder(VeeqoOrdersClientTest.amazonOrder())));
    wireMock.stubFor(
        any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    seen.add(catchThrowableOfType(ProviderException.class, () -> withToken.order(1L)));
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{").withFixedDelay(1500)));
    seen.add(catchThrowableOfType(ProviderException.class, () -> client.order(1L)));

    assertThat(seen).hasSize(5).doesNotContainNull();
    for (ProviderException e : seen) {
      assertThat(describe(e)).doesNotContain(VeeqoWireMock.API_KEY).doesNotContain(OAUTH_TOKEN);
    }
  }

  /** A client with settings the global test resource does not have; closed after the test. */
  private VeeqoClient clientFor(VeeqoTestConfig config) {
    VeeqoClient own = new VeeqoClient(config, json);
    ownClients.add(own);
    return own;
  }

  private static void answerGetOrder(ResponseDefinitionBuilder response) {
    VeeqoStubs.orderAnswers("1", response);
  }

  private <T extends ProviderException> T failGetOrder(Class<T> type) {
    T e = catchThrowableOfType(type, () -> client.order(1L));
    assertThat(e).as("a %s", type.getSimpleName()).isNotNull();
    assertThat(e.provider()).isEqualTo(Provider.VEEQO);
    seen.add(e);
    assertThat(describe(e)).doesNotContain(VeeqoWireMock.API_KEY);
    return e;
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t).append('\n');
    }
    return text.toString();
  }
}
