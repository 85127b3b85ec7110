package com.commercegraph.write;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.veeqo.VeeqoWireMock;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * orders.md marks {@code delivery_method_id} required on a new Veeqo order: the input's own, else
 * the configured default ({@code VEEQO_DELIVERY_METHOD_ID}, 92298 in the tests), goes out in the
 * body; one that is not a Veeqo id is refused with nothing sent.
 */
@QuarkusTest
class VeeqoDeliveryMethodTest {

  private final WireMockServer veeqo = ProviderServers.of(Provider.VEEQO);

  private String reference;

  @BeforeEach
  void reset() {
    reference = "DM-" + UUID.randomUUID().toString().substring(0, 8);
    veeqo.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson("[]")));
    veeqo.stubFor(
        post(urlPathEqualTo("/orders"))
            .willReturn(okJson(Writes.veeqoOrder(reference)).withStatus(201)));
  }

  @Test
  void theInputsDeliveryMethodGoesOutInTheBody() {
    Map<String, Object> input = new HashMap<>(Writes.veeqoInput(reference));
    input.put("deliveryMethodId", "171784");

    GraphQLClient.post(Writes.CREATE, Map.of("input", input))
        .body("errors", nullValue())
        .body("data.createOrder.order.number", is(reference));

    veeqo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/orders"))
            .withRequestBody(
                matchingJsonPath("$.order.delivery_method_id", equalToNumber(171784))));
  }

  @Test
  void withoutOneTheConfiguredDefaultGoesOut() {
    GraphQLClient.post(Writes.CREATE, Map.of("input", Writes.veeqoInput(reference)))
        .body("errors", nullValue());

    veeqo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/orders"))
            .withRequestBody(
                matchingJsonPath(
                    "$.order.delivery_method_id",
                    equalToNumber(VeeqoWireMock.DELIVERY_METHOD_ID))));
  }

  @Test
  void aDeliveryMethodThatIsNotAVeeqoIdIsRefusedWithNothingSent() {
    Map<String, Object> input = new HashMap<>(Writes.veeqoInput(reference));
    input.put("deliveryMethodId", "next-day");

    GraphQLClient.post(Writes.CREATE, Map.of("input", input))
        .body("errors", nullValue())
        .body("data.createOrder.order", nullValue())
        .body("data.createOrder.userErrors[0].code", is("INVALID"))
        .body("data.createOrder.userErrors[0].field", is(List.of("input", "deliveryMethodId")));

    veeqo.verify(0, postRequestedFor(urlPathEqualTo("/orders")));
  }

  private static StringValuePattern equalToNumber(long number) {
    return equalTo(String.valueOf(number));
  }
}
