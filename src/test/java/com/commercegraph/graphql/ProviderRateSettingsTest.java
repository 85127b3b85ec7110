package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code COMMERCE_RESILIENCE_VEEPE_RATE_PER_SECOND} and {@code
 * COMMERCE_RESILIENCE_RECPLUS_RATE_PER_SECOND} (with their burst and wait) apply to their provider:
 * queries past the rate are RATE_LIMITED by the gateway and never reach the provider.
 */
@QuarkusTest
@TestProfile(LowRateForVeepeAndRecplus.class)
class ProviderRateSettingsTest {

  private static final int QUERIES = 5;

  private static final String BY_PROVIDER_ID =
      """
      query ByProviderId($provider: Provider!, $providerId: String!) {
        orderByProviderId(provider: $provider, providerId: $providerId) { providerId }
      }
      """;

  @Test
  void veepeRequestsPastItsRateSettingAreRateLimitedUnsent() {
    WireMockServer veepe = VeepeStubs.server();
    veepe.stubFor(
        WireMock.get(urlPathMatching("/v1/orders/.+"))
            .willReturn(okJson(VeepeStubs.payload("order.json"))));

    assertOnlyAnsweredQueriesReachedTheProvider(
        Provider.VEEPE, veepe, "/v1/orders/.+", i -> VeepeStubs.listedOrderId(i));
  }

  @Test
  void recplusRequestsPastItsRateSettingAreRateLimitedUnsent() {
    WireMockServer recplus = RecplusStubs.server();
    recplus.stubFor(
        WireMock.get(urlPathMatching(RecplusStubs.ORDERS + "/[0-9]+"))
            .willReturn(okJson(RecplusStubs.payload("order.json"))));

    assertOnlyAnsweredQueriesReachedTheProvider(
        Provider.RECPLUS, recplus, RecplusStubs.ORDERS + "/[0-9]+", i -> String.valueOf(1000 + i));
  }

  private static void assertOnlyAnsweredQueriesReachedTheProvider(
      Provider provider,
      WireMockServer server,
      String path,
      java.util.function.IntFunction<String> id) {
    long started = System.nanoTime();
    List<String> outcomes = new ArrayList<>();
    for (int i = 1; i <= QUERIES; i++) {
      JsonPath answer =
          GraphQLClient.answer(
              BY_PROVIDER_ID, Map.of("provider", provider.name(), "providerId", id.apply(i)));
      List<Map<String, Object>> errors = answer.getList("errors");
      if (errors == null || errors.isEmpty()) {
        outcomes.add("OK");
      } else {
        @SuppressWarnings("unchecked")
        Map<String, Object> extensions = (Map<String, Object>) errors.get(0).get("extensions");
        assertThat(extensions).containsEntry("provider", provider.name());
        outcomes.add(String.valueOf(extensions.get("code")));
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    long answered = outcomes.stream().filter("OK"::equals).count();

    assertThat(outcomes).allMatch(o -> o.equals("OK") || o.equals("RATE_LIMITED"));
    assertThat(outcomes.get(0)).isEqualTo("OK");
    // One a second, one at once: the queries answered are bounded by the seconds they took.
    assertThat(answered).isLessThanOrEqualTo(1 + seconds).isLessThan(QUERIES);
    assertThat(server.findAll(getRequestedFor(urlPathMatching(path)))).hasSize((int) answered);
  }
}
