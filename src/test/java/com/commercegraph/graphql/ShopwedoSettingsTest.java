package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A shop's own ShopWeDo settings over HTTP: {@code shopwedo.status-map} (as REC+'s), {@code
 * SHOPWEDO_CURRENCY} and {@code SHOPWEDO_RELEASE}, the default of createOrder's {@code release}.
 */
@QuarkusTest
@TestProfile(ShopwedoSettingsTest.DutchShop.class)
class ShopwedoSettingsTest {

  public static class DutchShop implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "shopwedo.status-map.\"Waiting_for_release\"", "ON_HOLD",
          "shopwedo.status-map.\"Uitgeleverd\"", "DELIVERED",
          "shopwedo.currency", "USD",
          "shopwedo.release", "true");
    }
  }

  private static final String BY_PROVIDER_ID =
      """
      query ByProviderId($providerId: String!) {
        orderByProviderId(provider: SHOPWEDO, providerId: $providerId) { status providerStatus }
      }
      """;

  private static final String PRODUCTS =
      """
      { products(filter: {providers: [SHOPWEDO]}, first: 2) {
          edges { node { price { amount currencyCode } } } } }
      """;

  private static final String CREATE =
      """
      mutation Create($input: CreateOrderInput!) {
        createOrder(input: $input) { order { providerId } userErrors { code } }
      }
      """;

  @Test
  void configuredStatusTextsOverrideAndExtendTheBuiltInOnes() {
    ShopwedoStubs.answers("getOrder", okJson(ShopwedoStubs.payload("get-order.json")));
    GraphQLClient.post(BY_PROVIDER_ID, Map.of("providerId", "123"))
        .body("errors", nullValue())
        .body("data.orderByProviderId.providerStatus", is("Waiting_for_release"))
        .body("data.orderByProviderId.status", is("ON_HOLD"));

    ShopwedoStubs.answers(
        "getOrder",
        okJson(
            ShopwedoStubs.payload("get-order.json")
                .replace("\"Waiting_for_release\"", "\"uitgeleverd\"")));
    GraphQLClient.post(BY_PROVIDER_ID, Map.of("providerId", "123"))
        .body("data.orderByProviderId.status", is("DELIVERED"));
  }

  @Test
  void pricesAreInTheConfiguredCurrency() {
    ShopwedoStubs.answers("getProducts", okJson(ShopwedoStubs.payload("get-products.json")));

    GraphQLClient.post(PRODUCTS)
        .body("errors", nullValue())
        .body("data.products.edges.node.price.currencyCode", everyItem(is("USD")));
  }

  @Test
  void ordersAreReleasedByDefaultWhenTheSettingSaysSo() throws Exception {
    ShopwedoStubs.orderCreatedAndReadBack();

    Map<String, Object> input =
        Map.of(
            "provider", "SHOPWEDO",
            "reference", "WEB-REL-1",
            "customer",
                Map.of("name", "Jan Peeters", "email", "jan@example.be", "phone", "+3215000000"),
            "shippingAddress",
                Map.of(
                    "line1", "Kerkstraat 12",
                    "city", "Mechelen",
                    "postalCode", "2800",
                    "countryCode", "BE"),
            "lines", List.of(OrderInputs.unpricedLine("5412345000011", 1)));

    GraphQLClient.post(CREATE, Map.of("input", input)).spec(MutationAnswer.accepted("createOrder"));

    JsonNode data =
        new ObjectMapper()
            .readTree(ShopwedoStubs.form(ShopwedoStubs.onlyRequest("createOrder")).get("data"));
    assertThat(data.get("release").isBoolean()).isTrue();
    assertThat(data.get("release").booleanValue()).isTrue();
    assertThat(List.of(data.get("external_order_id").asText())).containsExactly("WEB-REL-1");
  }
}
