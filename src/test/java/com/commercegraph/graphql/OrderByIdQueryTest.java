package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code order}, {@code node} and {@code orderByProviderId}: one provider, by id. */
@QuarkusTest
class OrderByIdQueryTest {

  private static final String VEEPE_ORDER_ID = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";

  private static final String ORDER =
      """
      query Order($id: ID!) {
        order(id: $id) { id provider providerId number status providerStatus allowedTransitions
                         statusHistory { status at note } total { amount minorUnits currencyCode }
                         customer { name email } shippingAddress { city countryCode }
                         lines { name quantity unitPrice { amount currencyCode } } }
      }
      """;

  private static final String NODE =
      """
      query Node($id: ID!) { node(id: $id) { id ... on Order { provider providerId number } } }
      """;

  private static final String BY_PROVIDER_ID =
      """
      query ByProviderId($provider: Provider!, $providerId: String!) {
        orderByProviderId(provider: $provider, providerId: $providerId) {
          id provider providerId number status providerStatus }
      }
      """;

  private final WireMockServer veepe = VeepeStubs.server();
  private final WireMockServer shopwedo = ShopwedoStubs.server();

  @Test
  void anOrderIdRoundTripsThroughOrderAndNodeToTheSameVeepeOrder() {
    VeepeStubs.orderAnswers(VEEPE_ORDER_ID, okJson(VeepeStubs.payload("order.json")));
    String id =
        GraphQLClient.post(
                BY_PROVIDER_ID, Map.of("provider", "VEEPE", "providerId", VEEPE_ORDER_ID))
            .statusCode(200)
            .body("errors", nullValue())
            .extract()
            .path("data.orderByProviderId.id");

    GraphQLClient.post(ORDER, Map.of("id", id))
        .body("errors", nullValue())
        .body("data.order.id", is(id))
        .body("data.order.providerId", is(VEEPE_ORDER_ID))
        .body("data.order.number", is("ORD-119123-VX"))
        .body("data.order.status", is("CONFIRMED"))
        .body("data.order.allowedTransitions", contains("PROCESSING", "CANCELLED"))
        .body("data.order.statusHistory[0].status", is("CONFIRMED"))
        .body("data.order.total.minorUnits", is(8000))
        .body("data.order.total.currencyCode", is("INR"))
        .body("data.order.shippingAddress.countryCode", is("IN"));
    GraphQLClient.post(NODE, Map.of("id", id))
        .body("errors", nullValue())
        .body("data.node.id", is(id))
        .body("data.node.provider", is("VEEPE"));
    veepe.verify(3, getRequestedFor(urlPathEqualTo("/v1/orders/" + VEEPE_ORDER_ID)));
  }

  @Test
  void shopwedoOrdersAreReachedByTheirOwnIdThroughGetOrder() {
    ShopwedoStubs.answers("getOrder", okJson(ShopwedoStubs.payload("get-order.json")));

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("provider", "SHOPWEDO", "providerId", "123"))
        .body("errors", nullValue())
        .body("data.orderByProviderId.providerId", is("123"))
        .body("data.orderByProviderId.number", is("WEB-1001"))
        .body("data.orderByProviderId.status", is("OPEN"))
        .body("data.orderByProviderId.providerStatus", is("Waiting_for_release"));
    shopwedo.verify(1, postRequestedFor(urlPathEqualTo("/admin/api/getOrder")));
  }

  @Test
  void anOrderTheProviderDoesNotHaveIsNullNotAnError() {
    VeepeStubs.orderAnswers(VEEPE_ORDER_ID, VeepeStubs.error(404, "NOT_FOUND", "Order not found"));

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("provider", "VEEPE", "providerId", VEEPE_ORDER_ID))
        .body("errors", nullValue())
        .body("data.orderByProviderId", nullValue());
  }

  @Test
  void aProviderFailureIsAnErrorNamingTheProvider() {
    VeeqoStubs.orderAnswers("42", aResponse().withStatus(503));

    GraphQLClient.post(BY_PROVIDER_ID, Map.of("provider", "VEEQO", "providerId", "42"))
        .body("data.orderByProviderId", nullValue())
        .spec(FirstError.of("PROVIDER_UNAVAILABLE", "VEEQO"))
        .body(
            "errors[0].message",
            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));
  }

  @Test
  void malformedForeignAndInjectedIdsAreRefusedWithoutCallingAnyProvider() {
    for (String id :
        new String[] {
          "not-an-id",
          encode("cg1:ORDER:VEEPE:../token"),
          encode("cg1:ORDER:VEEQO:12?page=2"),
          encode("cg1:ORDER:RECPLUS:1%2F2"),
          encode("cg1:ORDER:SHOPWEDO:1#x"),
          encode("cg1:PRODUCT:VEEQO:12"),
          encode("other:ORDER:VEEQO:12")
        }) {
      GraphQLClient.post(ORDER, Map.of("id", id))
          .body("data.order", nullValue())
          .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    }
    GraphQLClient.post(BY_PROVIDER_ID, Map.of("provider", "VEEPE", "providerId", "../token"))
        .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    ProviderServers.assertNoneCalled();
  }

  private static String encode(String plain) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}
