package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ids and inputs that would steer a provider's URL ({@code ../token}, {@code ?}, {@code #}, {@code
 * %2F}, {@code /}) are refused before any provider is called; free text travels as one encoded
 * query parameter.
 */
@QuarkusTest
class PathInjectionTest {

  private static final List<String> ATTACKS =
      List.of("../token", "1/../token", "1?admin=true", "1#x", "1%2F..%2Ftoken", "%2e%2e");

  private final WireMockServer veeqo = VeeqoStubs.server();
  private final WireMockServer recplus = RecplusStubs.server();

  @Test
  void forgedIdsOfEveryKindAreBadUserInput() {
    for (String attack : ATTACKS) {
      for (Provider provider : Provider.values()) {
        refused("query ($id: ID!) { order(id: $id) { id } }", forged("ORDER", provider, attack));
        refused("query ($id: ID!) { node(id: $id) { id } }", forged("ORDER", provider, attack));
        refused(
            "mutation ($id: ID!) { cancelOrder(id: $id) { order { id } } }",
            forged("ORDER", provider, attack));
      }
      refused(
          "query ($id: ID!) { product(id: $id) { id } }",
          forged("PRODUCT", Provider.VEEQO, attack));
      refused(
          "query ($id: ID!) { product(id: $id) { id } }",
          forged("PRODUCT", Provider.RECPLUS, attack));
      refused(
          "query ($id: ID!) { invoice(id: $id) { id } }",
          forged("INVOICE", Provider.VEEPE, attack));
      refused(
          "query ($id: ID!) { report(id: $id) { id } }", forged("REPORT", Provider.VEEPE, attack));
      refused(
          "mutation ($id: ID!) { transitionOrder(id: $id, to: CONFIRMED) { order { id } } }",
          forged("ORDER", Provider.VEEPE, attack));
      refused(
          "mutation ($id: ID!) { createCheckoutLink(orderId: $id) { checkoutLink { url } } }",
          forged("ORDER", Provider.VEEPE, attack));
    }
    noProviderCalled();
  }

  @Test
  void providerIdsThatAreNotTheProvidersShapeAreBadUserInput() {
    for (String attack : ATTACKS) {
      for (Provider provider : Provider.values()) {
        GraphQLClient.post(
                "query ($p: Provider!, $id: String!) { orderByProviderId(provider: $p, providerId:"
                    + " $id) { id } }",
                Map.of("p", provider.name(), "id", attack))
            .body("data.orderByProviderId", nullValue())
            .body("errors.extensions.code", contains("BAD_USER_INPUT"));
      }
    }
    noProviderCalled();
  }

  @Test
  void skusThatWouldSteerAUrlOrAListAreRefused() {
    for (String attack : ATTACKS) {
      GraphQLClient.post(
              """
              mutation ($sku: String!) {
                setStockLevel(provider: RECPLUS, sku: $sku, onHand: 1) {
                  userErrors { field code }
                }
              }
              """,
              Map.of("sku", attack))
          .body("errors", nullValue())
          .body("data.setStockLevel.userErrors[0].field", hasItem("sku"));
    }
    GraphQLClient.post(
            "query ($skus: [String!]) { stockLevels(filter: { skus: $skus }) { edges { cursor } } }",
            Map.of("skus", List.of("CG-TEA-001,CG-COF-001")))
        .body("data.stockLevels", nullValue())
        .body("errors.extensions.code", contains("BAD_USER_INPUT"));
    GraphQLClient.post(
            "query ($skus: [String!]) { products(filter: { skus: $skus }) { edges { cursor } } }",
            Map.of("skus", List.of("CG-TEA-001\nX")))
        .body("data.products", nullValue())
        .body("errors.extensions.code", contains("BAD_USER_INPUT"));
    noProviderCalled();
  }

  @Test
  void searchTextArrivesAsOneEncodedQueryParameter() {
    String search = "tea&status=x#frag?/../token %2F";
    recplus.stubFor(get(urlPathEqualTo("/api/v1/products")).willReturn(okJson("{\"items\":[]}")));
    veeqo.stubFor(get(urlPathEqualTo("/products")).willReturn(okJson("[]")));

    GraphQLClient.post(
        "query ($s: String) { products(filter: { search: $s }) { edges { cursor } } }",
        Map.of("s", search));

    recplus.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/products"))
            .withQueryParam("q", equalTo(search))
            .withoutQueryParam("status"));
    veeqo.verify(
        getRequestedFor(urlPathEqualTo("/products"))
            .withQueryParam("query", equalTo(search))
            .withoutQueryParam("status"));
  }

  private static void refused(String document, String id) {
    GraphQLClient.post(document, Map.of("id", id))
        .body("errors.extensions.code", contains("BAD_USER_INPUT"));
  }

  /** An id of the gateway's own format around a native id no provider would issue. */
  private static String forged(String kind, Provider provider, String nativeId) {
    String plain = String.join(":", "cg1", kind, provider.name(), nativeId);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private void noProviderCalled() {
    ProviderServers.assertNoneCalled();
  }
}
