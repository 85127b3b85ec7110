package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.veepe.VeepeStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * VeePe amounts are whole minor units (veepe-api.txt: "Floating point values are not allowed"): a
 * fractional one is never truncated into a plausible total but refused as VeePe's bad response.
 */
@QuarkusTest
class VeepeStrictAmountsTest {

  private static final String ORDER_ID = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";

  private static final String BY_PROVIDER_ID =
      """
      query ByProviderId($providerId: String!) {
        orderByProviderId(provider: VEEPE, providerId: $providerId) {
          providerId total { amount minorUnits currencyCode }
          lines { unitPrice { minorUnits } } }
      }
      """;

  private final WireMockServer veepe = VeepeStubs.server();

  @Test
  void aFractionalOrderAmountIsABadResponseNotATruncatedTotal() {
    VeepeStubs.orderAnswers(
        ORDER_ID,
        okJson(VeepeStubs.payload("order.json").replace("\"value\": 8000", "\"value\": 8000.5")));

    read()
        .body("data.orderByProviderId", nullValue())
        .spec(FirstError.of("PROVIDER_BAD_RESPONSE", "VEEPE"));
    veepe.verify(1, getRequestedFor(urlPathEqualTo("/v1/orders/" + ORDER_ID)));
  }

  @Test
  void aFractionalUnitPriceIsABadResponse() {
    VeepeStubs.orderAnswers(
        ORDER_ID,
        okJson(
            VeepeStubs.payload("order.json")
                .replace("\"unitPrice\": 2000", "\"unitPrice\": 1999.99")));

    read()
        .body("data.orderByProviderId", nullValue())
        .spec(FirstError.of("PROVIDER_BAD_RESPONSE", "VEEPE"));
  }

  @Test
  void wholeMinorUnitsAreReadExactlyEvenWithAZeroFraction() {
    VeepeStubs.orderAnswers(
        ORDER_ID,
        okJson(VeepeStubs.payload("order.json").replace("\"value\": 8000", "\"value\": 8000.0")));

    read()
        .body("errors", nullValue())
        .body("data.orderByProviderId.total.minorUnits", is(8000))
        .body("data.orderByProviderId.lines[0].unitPrice.minorUnits", is(2000));
  }

  private static io.restassured.response.ValidatableResponse read() {
    return GraphQLClient.post(BY_PROVIDER_ID, Map.of("providerId", ORDER_ID));
  }
}
