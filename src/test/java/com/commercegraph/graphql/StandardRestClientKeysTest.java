package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The standard {@code quarkus.rest-client."<provider>".*} settings reach each provider's own REST
 * client: a header set for each key is on every request that provider receives, and only there.
 */
@QuarkusTest
@TestProfile(StandardRestClientKeysTest.HeadersPerProvider.class)
class StandardRestClientKeysTest {

  public static class HeadersPerProvider implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.rest-client.veeqo.headers.X-Gateway-Route", "veeqo-edge",
          "quarkus.rest-client.\"veepe\".headers.X-Gateway-Route", "veepe-edge",
          "quarkus.rest-client.recplus.headers.X-Gateway-Route", "recplus-edge",
          "quarkus.rest-client.shopwedo.headers.X-Gateway-Route", "shopwedo-edge",
          "quarkus.rest-client.shopwedo.user-agent", "commerce-graph-test");
    }
  }

  private static final String BY_PROVIDER_ID =
      """
      query ByProviderId($provider: Provider!, $providerId: String!) {
        orderByProviderId(provider: $provider, providerId: $providerId) { providerId }
      }
      """;

  @Test
  void eachProvidersHeaderSettingIsOnItsRequests() {
    VeeqoStubs.orderIs("42");
    VeepeStubs.orderAnswers(
        "6d8bf86d-3758-45ae-ad67-0f682ba64f63", okJson(VeepeStubs.payload("order.json")));
    RecplusStubs.readAnswers(
        RecplusStubs.ORDERS + "/112312", okJson(RecplusStubs.payload("order.json")));
    ShopwedoStubs.answers("getOrder", okJson(ShopwedoStubs.payload("get-order.json")));

    read("VEEQO", "42");
    read("VEEPE", "6d8bf86d-3758-45ae-ad67-0f682ba64f63");
    read("RECPLUS", "112312");
    read("SHOPWEDO", "123");

    VeeqoStubs.server()
        .verify(
            1,
            getRequestedFor(urlPathEqualTo("/orders/42"))
                .withHeader("X-Gateway-Route", equalTo("veeqo-edge")));
    VeepeStubs.server()
        .verify(
            1,
            getRequestedFor(urlPathEqualTo("/v1/orders/6d8bf86d-3758-45ae-ad67-0f682ba64f63"))
                .withHeader("X-Gateway-Route", equalTo("veepe-edge")));
    RecplusStubs.server()
        .verify(
            1,
            getRequestedFor(urlPathEqualTo(RecplusStubs.ORDERS + "/112312"))
                .withHeader("X-Gateway-Route", equalTo("recplus-edge")));
    ShopwedoStubs.server()
        .verify(
            1,
            postRequestedFor(urlPathEqualTo("/admin/api/getOrder"))
                .withHeader("X-Gateway-Route", equalTo("shopwedo-edge"))
                .withHeader("User-Agent", equalTo("commerce-graph-test")));
    // Each key reaches its own provider only.
    assertThat(
            VeeqoStubs.server()
                .findAll(
                    getRequestedFor(urlPathEqualTo("/orders/42"))
                        .withHeader("X-Gateway-Route", equalTo("veepe-edge"))))
        .isEmpty();
  }

  private static void read(String provider, String providerId) {
    GraphQLClient.post(BY_PROVIDER_ID, Map.of("provider", provider, "providerId", providerId))
        .statusCode(200)
        .body("errors", org.hamcrest.Matchers.nullValue());
  }
}
