package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * VeePe's token request keeps VeePe's timeouts: the standard {@code
 * quarkus.rest-client."veepe".read-timeout} (over {@code VEEPE_READ_TIMEOUT}) bounds it as it
 * bounds every other VeePe call, so a token endpoint slower than that fails VeePe's part as
 * PROVIDER_TIMEOUT while the other providers answer.
 */
@QuarkusTest
@TestProfile(VeepeTokenTimeoutTest.ShortVeepeReadTimeout.class)
class VeepeTokenTimeoutTest {

  /** VeePe's own read timeout long, the standard key's short: only the key can time out. */
  public static class ShortVeepeReadTimeout implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "veepe.read-timeout", "10s",
          "quarkus.rest-client.\"veepe\".read-timeout", "500",
          "commerce.requests.read-deadline", "8s");
    }
  }

  private static final String ORDERS =
      """
      { orders(filter: {providers: [VEEQO, VEEPE]}, first: 5) {
          edges { node { provider providerId } } } }
      """;

  @Test
  void aTokenEndpointSlowerThanVeepesReadTimeoutFailsOnlyVeepesPart() {
    VeepeStubs.tokenAnswers(okJson(VeepeStubs.payload("token.json")).withFixedDelay(2_000));
    VeepeStubs.ordersPage(
        1, 1, 1, VeepeStubs.listedOrder(VeepeStubs.listedOrderId(1), "2026-11-20T10:00:00Z"));
    ListStubs.veeqoOrders(
        VeeqoStubs.server(), List.of(VeeqoStubs.listedOrder(301, "2026-11-20T12:00:00Z")));

    JsonPath answer = GraphQLClient.answer(ORDERS, Map.of());

    assertThat(answer.getList("data.orders.edges.node.providerId")).containsExactly("301");
    assertThat(answer.getList("errors.extensions.provider")).containsExactly("VEEPE");
    assertThat(answer.getList("errors.extensions.code")).containsExactly("PROVIDER_TIMEOUT");
    assertThat(VeepeStubs.server().findAll(postRequestedFor(urlPathEqualTo(VeepeStubs.TOKEN_PATH))))
        .isNotEmpty();
    assertThat(VeepeStubs.server().findAll(getRequestedFor(urlPathEqualTo("/v1/orders"))))
        .isEmpty();
  }

  @Test
  void aTokenEndpointWithinTheTimeoutLetsVeepeAnswer() {
    VeepeStubs.tokenAnswers(okJson(VeepeStubs.payload("token.json")).withFixedDelay(100));
    VeepeStubs.ordersPage(
        1, 1, 1, VeepeStubs.listedOrder(VeepeStubs.listedOrderId(1), "2026-11-20T10:00:00Z"));
    ListStubs.veeqoOrders(
        VeeqoStubs.server(), List.of(VeeqoStubs.listedOrder(301, "2026-11-20T12:00:00Z")));

    JsonPath answer = GraphQLClient.answer(ORDERS, Map.of());

    assertThat(answer.getList("errors")).isNull();
    assertThat(answer.getList("data.orders.edges.node.provider")).containsExactly("VEEQO", "VEEPE");
  }
}
