package com.commercegraph.provider.recplus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.commercegraph.failure.ProviderAuthException;
import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.failure.ProviderRateLimitedException;
import com.commercegraph.failure.ProviderRejectedException;
import com.commercegraph.failure.ProviderTimeoutException;
import com.commercegraph.failure.ProviderUnavailableException;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * REC+'s documented error body and everything else that can go wrong on the wire, each becoming the
 * {@link ProviderException} of its meaning.
 */
@QuarkusTest
class RecplusErrorsTest {

  private final WireMockServer wireMock = RecplusStubs.server();

  @Inject RecplusClient client;

  @Test
  void documented404BecomesNotFoundWithRecplusMessage() {
    wireMock.stubFor(
        get(urlPathEqualTo("/api/v1/products/58661"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(RecplusStubs.payload("error-404.json"))));

    ProviderNotFoundException error =
        catchThrowableOfType(ProviderNotFoundException.class, () -> client.product("58661"));

    assertThat(error.code()).isEqualTo("NOT_FOUND");
    assertThat(error.provider()).isEqualTo(Provider.RECPLUS);
    assertThat(error.httpStatus()).contains(404);
    assertThat(error.providerMessage()).contains("Product not found");
    assertThat(error.providerCode()).isEmpty();
    assertThat(error.outcomeUnknown()).isFalse();
  }

  @Test
  void rejectedUpdateCarriesEveryRecplusMessage() {
    wireMock.stubFor(
        post(urlPathEqualTo("/api/v1/orders/112312"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        """
                        {"errors": [{"status": 400, "message": "Invalid status"},
                                    {"status": 400, "message": "Unknown field"}]}
                        """)));

    ProviderRejectedException error =
        catchThrowableOfType(
            ProviderRejectedException.class,
            () -> client.updateOrder("112312", RecplusOrderUpdate.status("Teleported")));

    assertThat(error.code()).isEqualTo("PROVIDER_REJECTED");
    assertThat(error.httpStatus()).contains(400);
    assertThat(error.providerMessage()).contains("Invalid status; Unknown field");
    assertThat(error.outcomeUnknown()).isFalse();
    assertThat(wireMock.findAll(RequestPatternBuilder.allRequests())).hasSize(1);
  }

  @Test
  void refusedCredentialsWithAnEmptyBodyBecomeAuthFailure() {
    wireMock.stubFor(
        get(urlPathEqualTo("/api/v1/orders/1")).willReturn(aResponse().withStatus(401)));

    ProviderAuthException error =
        catchThrowableOfType(ProviderAuthException.class, () -> client.order("1"));

    assertThat(error.code()).isEqualTo("PROVIDER_AUTH_FAILED");
    assertThat(error.httpStatus()).contains(401);
    assertThat(error.providerMessage()).isEmpty();
  }

  @Test
  void missingScopeBecomesAuthFailureWithRecplusMessage() {
    wireMock.stubFor(
        get(urlPathEqualTo("/api/v1/orders/1"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withBody(
                        "{\"errors\": [{\"status\": 403, \"message\": \"Scope orders required\"}]}")));

    ProviderAuthException error =
        catchThrowableOfType(ProviderAuthException.class, () -> client.order("1"));

    assertThat(error.httpStatus()).contains(403);
    assertThat(error.providerMessage()).contains("Scope orders required");
  }

  @Test
  void rateLimitCarriesRetryAfterSeconds() {
    wireMock.stubFor(
        get(urlPathEqualTo("/api/v1/stock/xyz"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));

    ProviderRateLimitedException error =
        catchThrowableOfType(ProviderRateLimitedException.class, () -> client.stockItem("xyz"));

    assertThat(error.code()).isEqualTo("RATE_LIMITED");
    assertThat(error.httpStatus()).contains(429);
    assertThat(error.retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(error.retryable()).isTrue();
  }

  @Test
  void rateLimitWithoutRetryAfterHasNoWait() {
    wireMock.stubFor(
        get(urlPathEqualTo("/api/v1/stock/xyz"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withBody(
                        "{\"errors\": [{\"status\": 429, \"message\": \"Too many requests\"}]}")));

    ProviderRateLimitedException error =
        catchThrowableOfType(ProviderRateLimitedException.class, () -> client.stockItem("xyz"));

    assertThat(error.retryAfter()).isEmpty();
    assertThat(error.providerMessage()).contains("Too many requests");
  }

  @Test
  void serverErrorWithAnHtmlPageBecomesUnavailable() {
    wireMock.stubFor(
        get(urlPathEqualTo("/api/v1/orders"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Internal Server Error</body></html>")));

    ProviderUnavailableException error =
        catchThrowableOfType(ProviderUnavailableException.class, () -> client.orders(25, 0, null));

    assertThat(error.code()).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(error.httpStatus()).contains(500);
    assertThat(error.providerMessage()).isEmpty();
    assertThat(error.retryable()).isTrue();
  }

  @Test
  void malformedJsonBecomesBadResponse() {
    wireMock.stubFor(
        get(urlPathEqualTo("/api/v1/orders/112312"))
            .willReturn(okJson("{\"id\": 112312, \"lines\": [")));

    ProviderBadResponseException error =
        catchThrowableOfType(ProviderBadResponseException.class, () -> client.order("112312"));

    assertThat(error.code()).isEqualTo("PROVIDER_BAD_RESPONSE");
    assertThat(error.httpStatus()).isEmpty();
    assertThat(error.outcomeUnknown()).isFalse();
  }

  @Test
  void emptySuccessBodyOnAReadBecomesBadResponse() {
    wireMock.stubFor(
        get(urlPathEqualTo("/api/v1/stock/xyz"))
            .willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")));

    ProviderBadResponseException error =
        catchThrowableOfType(ProviderBadResponseException.class, () -> client.stockItem("xyz"));

    assertThat(error.code()).isEqualTo("PROVIDER_BAD_RESPONSE");
  }

  @Test
  void slowReadBecomesTimeoutThatMayBeRetried() {
    wireMock.stubFor(
        get(urlPathEqualTo("/api/v1/orders/112312"))
            .willReturn(okJson(RecplusStubs.payload("order.json")).withFixedDelay(1500)));

    ProviderTimeoutException error =
        catchThrowableOfType(ProviderTimeoutException.class, () -> client.order("112312"));

    assertThat(error.code()).isEqualTo("PROVIDER_TIMEOUT");
    assertThat(error.httpStatus()).isEmpty();
    assertThat(error.retryable()).isTrue();
    assertThat(error.outcomeUnknown()).isFalse();
  }

  @Test
  void slowWriteBecomesTimeoutWithUnknownOutcome() {
    wireMock.stubFor(
        post(urlPathEqualTo("/api/v1/stock/xyz"))
            .willReturn(aResponse().withStatus(204).withFixedDelay(1500)));

    ProviderTimeoutException error =
        catchThrowableOfType(
            ProviderTimeoutException.class,
            () -> client.updateStockItem(RecplusStockUpdate.of("xyz", 5)));

    assertThat(error.code()).isEqualTo("PROVIDER_TIMEOUT");
    assertThat(error.outcomeUnknown()).isTrue();
  }

  @Test
  void droppedConnectionOnAReadBecomesUnavailable() {
    wireMock.stubFor(
        get(urlPathEqualTo("/api/v1/products"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ProviderUnavailableException error =
        catchThrowableOfType(
            ProviderUnavailableException.class,
            () -> client.products(new RecplusProductQuery(null, List.of(), null, null), 25, 0));

    assertThat(error.code()).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(error.httpStatus()).isEmpty();
    assertThat(error.outcomeUnknown()).isFalse();
  }

  @Test
  void droppedConnectionOnABatchWriteHasUnknownOutcome() {
    wireMock.stubFor(
        post(urlPathEqualTo("/api/v1/stock"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ProviderUnavailableException error =
        catchThrowableOfType(
            ProviderUnavailableException.class,
            () -> client.updateStock(List.of(RecplusStockUpdate.of("xyz", 5))));

    assertThat(error.outcomeUnknown()).isTrue();
  }

  @Test
  void noCredentialAppearsInAnyFailure() {
    wireMock.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"errors\": [{\"status\": 401, \"message\": \"Bad credentials\"}]}")));
    wireMock.stubFor(
        get(urlPathEqualTo("/api/v1/orders/slow")).willReturn(okJson("{}").withFixedDelay(1500)));
    wireMock.stubFor(
        get(urlPathEqualTo("/api/v1/orders/reset"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wireMock.stubFor(get(urlPathEqualTo("/api/v1/orders/broken")).willReturn(okJson("{")));

    List<ProviderException> errors = new ArrayList<>();
    for (Executable call :
        List.<Executable>of(
            () -> client.order("1"),
            () -> client.order("slow"),
            () -> client.order("reset"),
            () -> client.order("broken"),
            () -> client.updateOrder("1", RecplusOrderUpdate.status("Dispatched")))) {
      errors.add(catchThrowableOfType(ProviderException.class, call::execute));
    }

    assertThat(errors).hasSize(5).doesNotContainNull();
    String encoded = RecplusStubs.BASIC_AUTH.substring("Basic ".length());
    for (ProviderException error : errors) {
      for (Throwable t = error; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage()) + t)
            .doesNotContain(RecplusWireMock.USERNAME, RecplusWireMock.PASSWORD, encoded);
      }
    }
  }
}
