package com.commercegraph.graphql;

import static com.commercegraph.graphql.OrderInputs.line;
import static com.commercegraph.graphql.OrderInputs.veeqoAmazonOrder;
import static com.commercegraph.provider.veeqo.VeeqoStubs.productWithSellable;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.provider.veeqo.VeeqoWireMock;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Veeqo create's line {@code sku} is the merchant's code: looked up as Veeqo's sellable id
 * (products.md {@code query}, exact {@code sku_code}) before anything is sent, so an unknown or
 * ambiguous SKU, or a failed look-up, changes nothing and is never an unknown outcome.
 */
@QuarkusTest
class VeeqoSkuCreateTest {

  private static final String CREATE =
      """
      mutation Create($input: CreateOrderInput!) {
        createOrder(input: $input) {
          order { providerId number }
          userErrors { field message code }
        }
      }
      """;

  private static final String OUTCOME =
      """
      query Outcome($reference: String!) {
        writeOutcome(provider: VEEQO, reference: $reference) { state }
      }
      """;

  private final WireMockServer veeqo = VeeqoStubs.server();

  @Test
  void aLineSkuIsSentAsTheSellableWhoseSkuCodeItIsExactly() {
    VeeqoStubs.noOrders();
    VeeqoStubs.orderCreated("sku-1");
    // The free-text search also finds a longer code: only the exact sku_code counts.
    VeeqoStubs.productSearchFinds(
        "CG-TEA-001",
        productWithSellable(70, 3099, "CG-TEA-001-XL"),
        productWithSellable(71, 3001, "CG-TEA-001"));

    create(order("sku-1", "CG-TEA-001"))
        .spec(MutationAnswer.accepted("createOrder"))
        .body("data.createOrder.order.number", is("sku-1"));

    veeqo.verify(
        1,
        getRequestedFor(urlPathEqualTo("/products"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withQueryParam("query", equalTo("CG-TEA-001"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("100")));
    veeqo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/orders"))
            .withRequestBody(
                equalToJson(
                    """
                    {"order": {"line_items_attributes": [
                      {"sellable_id": 3001, "quantity": 1, "price_per_unit": 25.00}
                    ]}}
                    """,
                    true,
                    true)));
  }

  @Test
  void aSkuFoundOnceIsKeptForTheNextCreate() {
    VeeqoStubs.noOrders();
    VeeqoStubs.orderCreated("sku-kept");
    VeeqoStubs.productSearchFinds("CG-COF-001", productWithSellable(72, 3005, "CG-COF-001"));

    create(order("sku-kept-1", "CG-COF-001")).spec(MutationAnswer.accepted("createOrder"));
    create(order("sku-kept-2", "CG-COF-001")).spec(MutationAnswer.accepted("createOrder"));

    veeqo.verify(1, getRequestedFor(urlPathEqualTo("/products")));
    veeqo.verify(
        2,
        postRequestedFor(urlPathEqualTo("/orders"))
            .withRequestBody(
                equalToJson(
                    "{\"order\": {\"line_items_attributes\": [{\"sellable_id\": 3005}]}}",
                    true,
                    true)));
  }

  @Test
  void aSkuVeeqoDoesNotHaveIsRefusedOnItsLineAndNothingIsSent() {
    VeeqoStubs.noOrders();
    VeeqoStubs.orderCreated("sku-unknown");
    VeeqoStubs.productSearchFinds("CG-NOPE", productWithSellable(73, 3010, "CG-NOPE-2"));
    Map<String, Object> input = veeqoAmazonOrder("sku-unknown");
    input.put(
        "lines", List.of(line("111222333", 1, "25.00", "USD"), line("CG-NOPE", 1, "1.00", "USD")));

    create(input)
        .spec(
            MutationAnswer.refused(
                "createOrder", "order", List.of("input", "lines", "1", "sku"), "UNKNOWN_SKU"));

    veeqo.verify(0, postRequestedFor(urlPathEqualTo("/orders")));
    outcome("sku-unknown").body("data.writeOutcome.state", is("NOT_APPLIED"));
  }

  @Test
  void aSkuSeveralSellablesShareIsRefusedAsAmbiguous() {
    VeeqoStubs.noOrders();
    VeeqoStubs.orderCreated("sku-twice");
    VeeqoStubs.productSearchFinds(
        "CG-DUP-001",
        productWithSellable(74, 3011, "CG-DUP-001"),
        productWithSellable(75, 3012, "CG-DUP-001"));

    create(order("sku-twice", "CG-DUP-001"))
        .spec(
            MutationAnswer.refused(
                "createOrder", "order", List.of("input", "lines", "0", "sku"), "AMBIGUOUS_SKU"));

    veeqo.verify(0, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aFailedLookUpIsAProviderErrorOfAnOrderNeverSentAndTheReferenceMaySendAgain() {
    VeeqoStubs.noOrders();
    VeeqoStubs.orderCreated("sku-lookup-down");
    veeqo.stubFor(
        get(urlPathEqualTo("/products"))
            .withQueryParam("query", equalTo("CG-LMP-001"))
            .willReturn(aResponse().withStatus(503)));

    create(order("sku-lookup-down", "CG-LMP-001"))
        .body("data.createOrder", nullValue())
        .spec(FirstError.of("PROVIDER_UNAVAILABLE", "VEEQO"));
    veeqo.verify(0, postRequestedFor(urlPathEqualTo("/orders")));
    outcome("sku-lookup-down").body("data.writeOutcome.state", is("NOT_APPLIED"));

    VeeqoStubs.productSearchFinds("CG-LMP-001", productWithSellable(76, 3009, "CG-LMP-001"));
    create(order("sku-lookup-down", "CG-LMP-001")).spec(MutationAnswer.accepted("createOrder"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aNumberThatIsNoSellablesSkuIsSentAsTheSellableId() {
    VeeqoStubs.noOrders();
    VeeqoStubs.orderCreated("sku-number");

    create(order("sku-number", "3002")).spec(MutationAnswer.accepted("createOrder"));

    veeqo.verify(
        1, getRequestedFor(urlPathEqualTo("/products")).withQueryParam("query", equalTo("3002")));
    veeqo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/orders"))
            .withRequestBody(
                equalToJson(
                    "{\"order\": {\"line_items_attributes\": [{\"sellable_id\": 3002}]}}",
                    true,
                    true)));
  }

  @Test
  void aNumberThatIsASellablesSkuNamesThatSellableNotTheId() {
    VeeqoStubs.noOrders();
    VeeqoStubs.orderCreated("sku-numeric-code");
    VeeqoStubs.productSearchFinds("10023", productWithSellable(77, 3004, "10023"));

    create(order("sku-numeric-code", "10023")).spec(MutationAnswer.accepted("createOrder"));

    veeqo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/orders"))
            .withRequestBody(
                equalToJson(
                    "{\"order\": {\"line_items_attributes\": [{\"sellable_id\": 3004}]}}",
                    true,
                    true)));
  }

  /** The Amazon order of the buyer-protection guide with one line of {@code sku}. */
  private static Map<String, Object> order(String reference, String sku) {
    Map<String, Object> input = veeqoAmazonOrder(reference);
    input.put("lines", List.of(line(sku, 1, "25.00", "USD")));
    return input;
  }

  private static ValidatableResponse create(Map<String, Object> input) {
    return GraphQLClient.post(CREATE, Map.of("input", input));
  }

  private static ValidatableResponse outcome(String reference) {
    return GraphQLClient.post(OUTCOME, Map.of("reference", reference));
  }
}
