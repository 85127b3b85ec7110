package com.commercegraph.provider.veepe;

import static com.commercegraph.provider.veepe.VeepeStubs.TOKEN_PATH;
import static com.commercegraph.provider.veepe.VeepeStubs.errorBody;
import static com.commercegraph.provider.veepe.VeepeStubs.payload;
import static com.commercegraph.provider.veepe.VeepeStubs.token;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.commercegraph.failure.ProviderAuthException;
import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderUnavailableException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * VeePe's OAuth2 client credentials: the JSON token request, token caching and renewal, and the
 * single retry after a 401. The configured refresh skew is the default 60 seconds. Unless a test
 * answers the token endpoint itself, VeePe issues its documented token ({@link VeepeWireMock}).
 */
@QuarkusTest
class VeepeTokenTest {

  private static final String ORDER_PATH = "/v1/orders/6d8bf86d-3758-45ae-ad67-0f682ba64f63";
  private static final String ORDER_ID = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";

  private final WireMockServer wireMock = VeepeStubs.server();

  @Inject VeepeClient client;

  @BeforeEach
  void orderIsDocumented() {
    wireMock.stubFor(get(urlEqualTo(ORDER_PATH)).willReturn(okJson(payload("order.json"))));
  }

  @Test
  void tokenRequestIsTheDocumentedJsonBody() {
    client.order(ORDER_ID);

    wireMock.verify(
        exactly(1),
        postRequestedFor(urlEqualTo(TOKEN_PATH))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"grantType": "client_credentials",
                     "clientId": "%s",
                     "clientSecret": "%s"}
                    """
                        .formatted(VeepeWireMock.CLIENT_ID, VeepeWireMock.CLIENT_SECRET))));
  }

  @Test
  void oneTokenServesManyCalls() {
    for (int i = 0; i < 5; i++) {
      client.order(ORDER_ID);
    }

    wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN_PATH)));
    wireMock.verify(
        exactly(5),
        getRequestedFor(urlEqualTo(ORDER_PATH))
            .withHeader("Authorization", equalTo("Bearer " + VeepeStubs.SAMPLE_TOKEN)));
  }

  @Test
  void tokenExpiringWithinTheRefreshSkewIsRenewedBeforeTheNextCall() {
    // expires_in 30s is inside the 60s skew: each call must find the token due and renew it.
    VeepeStubs.tokenAnswers(okJson(token("short-lived-1", 30)), okJson(token("short-lived-2", 30)));

    client.order(ORDER_ID);
    client.order(ORDER_ID);

    wireMock.verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
    assertThat(authorizationHeaders())
        .containsExactly("Bearer short-lived-1", "Bearer short-lived-2");
  }

  @Test
  void unauthorizedCallRenewsTheTokenAndIsRetriedOnce() {
    VeepeStubs.tokenAnswers(okJson(token("revoked", 3600)), okJson(token("fresh", 3600)));
    wireMock.stubFor(
        get(urlEqualTo(ORDER_PATH))
            .withHeader("Authorization", equalTo("Bearer revoked"))
            .willReturn(aResponse().withStatus(401).withBody(payload("error-token-invalid.json"))));

    VeepeOrder order = client.order(ORDER_ID);

    assertThat(order.orderId()).isEqualTo(ORDER_ID);
    wireMock.verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
    assertThat(authorizationHeaders()).containsExactly("Bearer revoked", "Bearer fresh");
  }

  @Test
  void secondUnauthorizedIsAuthFailedWithoutAThirdAttempt() {
    wireMock.stubFor(
        get(urlEqualTo(ORDER_PATH))
            .willReturn(aResponse().withStatus(401).withBody(payload("error-token-invalid.json"))));

    ProviderAuthException failed =
        catchThrowableOfType(ProviderAuthException.class, () -> client.order(ORDER_ID));

    assertThat(failed.code()).isEqualTo("PROVIDER_AUTH_FAILED");
    assertThat(failed.httpStatus()).contains(401);
    assertThat(failed.providerCode()).contains("1006");
    assertThat(failed.providerMessage()).contains("Token is not valid or has expired");
    wireMock.verify(exactly(2), getRequestedFor(urlEqualTo(ORDER_PATH)));
    wireMock.verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void refusedCredentialsAreAuthFailedWithoutTheSecretAndWithoutAnApiCall() {
    VeepeStubs.tokenAnswers(
        aResponse()
            .withStatus(401)
            .withBody(errorBody("UNAUTHORIZED", "Invalid client credentials")));

    ProviderAuthException failed =
        catchThrowableOfType(ProviderAuthException.class, () -> client.order(ORDER_ID));

    assertThat(failed.code()).isEqualTo("PROVIDER_AUTH_FAILED");
    assertThat(failed.httpStatus()).contains(401);
    assertThat(failed.providerCode()).contains("UNAUTHORIZED");
    assertThat(failed.providerMessage()).contains("Invalid client credentials");
    VeepeSecrets.assertNoCredentialIn(failed);
    wireMock.verify(exactly(0), getRequestedFor(urlPathEqualTo(ORDER_PATH)));
  }

  @Test
  void tokenEndpointErrorIsUnavailable() {
    VeepeStubs.tokenAnswers(
        aResponse().withStatus(500).withBody(errorBody("INTERNAL_ERROR", "Server error")));

    ProviderUnavailableException failed =
        catchThrowableOfType(ProviderUnavailableException.class, () -> client.order(ORDER_ID));

    assertThat(failed.code()).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(failed.httpStatus()).contains(500);
    assertThat(failed.providerCode()).contains("INTERNAL_ERROR");
    VeepeSecrets.assertNoCredentialIn(failed);
  }

  @Test
  void tokenAnswerWithoutAccessTokenIsABadResponse() {
    VeepeStubs.tokenAnswers(okJson("{\"token_type\": \"Bearer\"}"));

    ProviderBadResponseException failed =
        catchThrowableOfType(ProviderBadResponseException.class, () -> client.order(ORDER_ID));

    assertThat(failed.code()).isEqualTo("PROVIDER_BAD_RESPONSE");
    wireMock.verify(exactly(0), getRequestedFor(urlPathEqualTo(ORDER_PATH)));
  }

  private List<String> authorizationHeaders() {
    return wireMock.findAll(anyRequestedFor(anyUrl())).stream()
        .filter(request -> request.getUrl().equals(ORDER_PATH))
        .map(LoggedRequest::getHeaders)
        .map(headers -> headers.getHeader("Authorization").firstValue())
        .toList();
  }
}
