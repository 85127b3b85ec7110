package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.recplus.RecplusWireMock;
import com.commercegraph.provider.shopwedo.ShopwedoWireMock;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veepe.VeepeWireMock;
import com.commercegraph.provider.veeqo.VeeqoWireMock;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every provider failure, with the test credentials configured and providers that echo them in
 * their error bodies: no credential or token appears in a GraphQL response, a log line or a logged
 * exception.
 */
@QuarkusTest
class SecretsNeverShownTest {

  private static final List<String> CONFIGURED =
      List.of(
          VeeqoWireMock.API_KEY,
          VeepeWireMock.CLIENT_SECRET,
          RecplusWireMock.PASSWORD,
          Base64.getEncoder()
              .encodeToString(
                  (RecplusWireMock.USERNAME + ":" + RecplusWireMock.PASSWORD)
                      .getBytes(StandardCharsets.UTF_8)),
          ShopwedoWireMock.SHOP_KEY);

  /** What a careless provider might answer: the caller's own credentials, back in the error. */
  private static String echoing(List<String> secrets) {
    return "{\"error\":\"invalid credentials "
        + String.join(" ", secrets)
        + "\",\"message\":\"key "
        + String.join(",", secrets)
        + "\",\"errors\":[{\"message\":\""
        + String.join(" ", secrets)
        + "\"}]}";
  }

  private static final Map<Provider, String> ONE_ORDER =
      Map.of(
          Provider.VEEQO, "42",
          Provider.VEEPE, "98664454-ad0a-3ffe-ae2e-4a29aa819d8c",
          Provider.RECPLUS, "112403",
          Provider.SHOPWEDO, "120009");

  private final WireMockServer veepe = VeepeStubs.server();

  private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
  private final Handler capture = new CapturingHandler(logged);

  @BeforeEach
  void captureLogs() {
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void noFailureOfAnyProviderShowsACredential() {
    List<String> secrets = new ArrayList<>(CONFIGURED);
    secrets.add(veepeTokenInUse());
    String echo = echoing(secrets);
    List<Supplier<ResponseDefinitionBuilder>> failures = new ArrayList<>();
    for (int status : new int[] {400, 401, 403, 404, 409, 422, 429, 500, 503}) {
      failures.add(
          () ->
              aResponse()
                  .withStatus(status)
                  .withHeader("Content-Type", "application/json")
                  .withHeader("WWW-Authenticate", "Basic realm=\"" + secrets.get(0) + "\"")
                  .withBody(echo));
    }
    failures.add(() -> okJson("{\"id\": " + echo));
    failures.add(() -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    failures.add(() -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
    failures.add(() -> okJson(echo).withFixedDelay(1500));

    List<String> responses = new ArrayList<>();
    for (Supplier<ResponseDefinitionBuilder> failure : failures) {
      for (Provider provider : Provider.values()) {
        CircuitBreakerMaintenance.get().resetAll();
        WireMockServer server = ProviderServers.of(provider);
        server.resetAll();
        if (provider == Provider.VEEPE) {
          stubVeepeToken();
        }
        server.stubFor(any(anyUrl()).atPriority(5).willReturn(failure.get()));
        responses.add(orderByProviderId(provider));
      }
    }

    // The failures were answered and logged, so the capture saw the text a leak would be in.
    assertThat(responses).anyMatch(body -> body.contains("PROVIDER_AUTH_FAILED"));
    assertThat(List.copyOf(logged)).anyMatch(line -> line.contains("VEEQO answered 401"));
    for (String secret : secrets) {
      assertThat(responses).noneMatch(body -> body.contains(secret));
      assertThat(List.copyOf(logged)).noneMatch(line -> line.contains(secret));
    }
  }

  @Test
  void noMetricLabelShowsACredential() {
    List<String> secrets = new ArrayList<>(CONFIGURED);
    secrets.add(veepeTokenInUse());
    for (Provider provider : Provider.values()) {
      CircuitBreakerMaintenance.get().resetAll();
      ProviderServers.of(provider).resetAll();
      if (provider == Provider.VEEPE) {
        stubVeepeToken();
      }
      ProviderServers.of(provider)
          .stubFor(any(anyUrl()).atPriority(5).willReturn(aResponse().withStatus(401)));
      orderByProviderId(provider);
    }
    Response metrics = given().when().get("/q/metrics");
    // Metrics arrive with micrometer; without it there is nothing to look at.
    assumeTrue(metrics.statusCode() == 200, "no /q/metrics in this build");
    for (String secret : secrets) {
      assertThat(metrics.asString()).doesNotContain(secret);
    }
  }

  /**
   * The bearer token the gateway sends VeePe, issued now or still held by the OIDC client from an
   * earlier test.
   */
  private String veepeTokenInUse() {
    veepe.resetAll();
    stubVeepeToken();
    orderByProviderId(Provider.VEEPE);
    return veepe.getAllServeEvents().stream()
        .map(e -> e.getRequest().getHeader("Authorization"))
        .filter(h -> h != null && h.startsWith("Bearer "))
        .map(h -> h.substring("Bearer ".length()))
        .findFirst()
        .orElseThrow();
  }

  // The standard sample token: the OIDC client keeps it for the tests after this one.
  private void stubVeepeToken() {
    veepe.stubFor(
        post(urlEqualTo("/v1/token"))
            .atPriority(1)
            .willReturn(okJson(VeepeStubs.payload("token.json"))));
  }

  private String orderByProviderId(Provider provider) {
    return GraphQLClient.post(
            "query ($p: Provider!, $id: String!) { orderByProviderId(provider: $p, providerId: $id)"
                + " { id } }",
            Map.of("p", provider.name(), "id", ONE_ORDER.get(provider)))
        .extract()
        .asString();
  }

  /** Every log record as text: message, parameters and the stack trace with all causes. */
  private static final class CapturingHandler extends Handler {

    private final List<String> lines;

    CapturingHandler(List<String> lines) {
      this.lines = lines;
    }

    @Override
    public void publish(LogRecord record) {
      StringBuilder line = new StringBuilder(record.getLoggerName() + " ");
      line.append(
          record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
      if (record.getParameters() != null) {
        for (Object parameter : record.getParameters()) {
          line.append(' ').append(parameter);
        }
      }
      if (record.getThrown() != null) {
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        line.append('\n').append(trace);
      }
      lines.add(line.toString());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
