package com.commercegraph.graphql;

import static com.commercegraph.graphql.OrderInputs.amazonBuyersAddress;
import static com.commercegraph.graphql.OrderInputs.line;
import static com.commercegraph.graphql.OrderInputs.unpricedLine;
import static com.commercegraph.graphql.OrderInputs.veeqoAmazonOrder;
import static com.commercegraph.provider.veeqo.VeeqoStubs.order;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.JsonAnswer;
import com.commercegraph.provider.veeqo.VeeqoStubs;
import com.commercegraph.provider.veeqo.VeeqoWireMock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code createOrder} for Veeqo over HTTP: the exact request, refusals, idempotency, timeouts. */
@QuarkusTest
class VeeqoCreateOrderTest {

  private static final String CREATE =
      """
      mutation Create($input: CreateOrderInput!) {
        createOrder(input: $input) {
          order { id provider providerId number }
          userErrors { field message code }
        }
      }
      """;

  private static final String VEEQO_ORDER_ID = VeeqoStubs.SAMPLE_ORDER_ID;

  private final WireMockServer veeqo = VeeqoStubs.server();

  @Test
  void anAmazonOrderIsPostedWithTheBuyerProtectionFields() {
    String reference = "111-2223334-5556667";
    VeeqoStubs.noOrders();
    VeeqoStubs.orderCreated(reference);

    create(veeqoAmazonOrder(reference))
        .statusCode(200)
        .spec(MutationAnswer.accepted("createOrder"))
        .body("data.createOrder.order.provider", is("VEEQO"))
        .body("data.createOrder.order.providerId", is(VEEQO_ORDER_ID))
        .body("data.createOrder.order.number", is(reference));

    veeqo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/orders"))
            .withHeader("x-api-key", equalTo(VeeqoWireMock.API_KEY))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"order": {
                      "channel_id": 1234567,
                      "number": "111-2223334-5556667",
                      "delivery_method_id": 92298,
                      "send_notification_email": false,
                      "currency_code": "USD",
                      "line_items_attributes": [
                        {"sellable_id": 111222333, "quantity": 1, "price_per_unit": 25.00,
                         "remote_id": "12345678901234"}
                      ],
                      "customer_attributes": {
                        "email": "john.smith@example.com",
                        "phone": "+12065551234",
                        "billing_address_attributes": {
                          "first_name": "John", "last_name": "Smith", "address1": "123 Main St",
                          "city": "Seattle", "state": "WA", "zip": "98101", "country": "US",
                          "phone": "+12065551234"
                        }
                      },
                      "deliver_to_attributes": {
                        "first_name": "John", "last_name": "Smith", "address1": "123 Main St",
                        "city": "Seattle", "state": "WA", "zip": "98101", "country": "US",
                        "phone": "+12065551234", "email": "john.smith@example.com"
                      },
                      "payment_attributes": {
                        "payment_type": "amazon", "reference_number": "111-2223334-5556667"
                      }
                    }}
                    """)));
  }

  @Test
  void aBillingAddressOfItsOwnAndNoRemoteIdsMeanNoAmazonPayment() {
    String reference = "web-1001";
    VeeqoStubs.noOrders();
    VeeqoStubs.orderCreated(reference);
    Map<String, Object> input = veeqoAmazonOrder(reference);
    input.put("lines", List.of(line("13847534", 2, "75.00", "GBP")));
    input.put(
        "shippingAddress",
        Map.of(
            "name", "Samwise Gamgee",
            "line1", "Bag End",
            "city", "Shire",
            "postalCode", "SH1 1BG",
            "countryCode", "GB"));
    input.put(
        "billingAddress",
        Map.of(
            "name", "Frodo Baggins",
            "company", "The Ring Bearers",
            "line1", "The New Bag End",
            "line2", "1st Avenue",
            "city", "Valinor",
            "postalCode", "VA1 1NB",
            "countryCode", "GB",
            "email", "baggins@ringbearers.org"));
    input.put("note", "Ring the doorbell");

    create(input).body("errors", nullValue()).body("data.createOrder.order.number", is(reference));

    veeqo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/orders"))
            .withRequestBody(
                equalToJson(
                    """
                    {"order": {
                      "channel_id": 1234567,
                      "number": "web-1001",
                      "delivery_method_id": 92298,
                      "send_notification_email": false,
                      "currency_code": "GBP",
                      "line_items_attributes": [
                        {"sellable_id": 13847534, "quantity": 2, "price_per_unit": 75.00}
                      ],
                      "customer_attributes": {
                        "email": "john.smith@example.com",
                        "phone": "+12065551234",
                        "billing_address_attributes": {
                          "first_name": "Frodo", "last_name": "Baggins",
                          "company": "The Ring Bearers", "address1": "The New Bag End",
                          "address2": "1st Avenue", "city": "Valinor", "zip": "VA1 1NB",
                          "country": "GB", "phone": "+12065551234",
                          "email": "baggins@ringbearers.org"
                        }
                      },
                      "deliver_to_attributes": {
                        "first_name": "Samwise", "last_name": "Gamgee", "address1": "Bag End",
                        "city": "Shire", "zip": "SH1 1BG", "country": "GB",
                        "phone": "+12065551234", "email": "john.smith@example.com"
                      },
                      "customer_note_attributes": {"text": "Ring the doorbell"}
                    }}
                    """)));
  }

  @Test
  void veeqoSpecificProblemsAreRefusedWithoutCallingVeeqo() {
    Map<String, Object> input = veeqoAmazonOrder("refused-1");
    input.remove("channelId");
    input.remove("shippingAddress");
    input.put("lines", List.of(unpricedLine("ABC-1", 1), line("12", 1, "1.00", "USD")));

    create(input)
        .body("errors", nullValue())
        .body("data.createOrder.order", nullValue())
        .body(
            "data.createOrder.userErrors.field",
            containsInAnyOrder(
                List.of("input", "channelId"),
                List.of("input", "shippingAddress"),
                List.of("input", "lines", "0", "unitPrice")))
        .body(
            "data.createOrder.userErrors.code",
            containsInAnyOrder("REQUIRED", "REQUIRED", "REQUIRED"));
    veeqo.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aChannelIdThatIsNotANumberIsRefused() {
    Map<String, Object> input = veeqoAmazonOrder("refused-2");
    input.put("channelId", "../channels");

    create(input)
        .body("data.createOrder.userErrors.field", contains(List.of("input", "channelId")))
        .body("data.createOrder.userErrors.code", contains("INVALID"));
    veeqo.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void commonProblemsAreRefusedWithoutCallingVeeqo() {
    Map<String, Object> input = veeqoAmazonOrder("refused-3");
    input.put(
        "customer", Map.of("name", "John Smith", "email", "not-an-email", "phone", "+12065551234"));
    input.put("lines", List.of(line("111222333", 0, "25.001", "USD")));
    Map<String, Object> shipping = new HashMap<>(amazonBuyersAddress());
    shipping.put("countryCode", "USA");
    input.put("shippingAddress", shipping);

    create(input)
        .body(
            "data.createOrder.userErrors.field",
            containsInAnyOrder(
                List.of("input", "customer", "email"),
                List.of("input", "shippingAddress", "countryCode"),
                List.of("input", "lines", "0", "quantity"),
                List.of("input", "lines", "0", "unitPrice", "amount")));
    veeqo.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void twoIdenticalCreatesMakeOneVeeqoOrder() {
    String reference = "twice-1";
    VeeqoStubs.noOrders();
    VeeqoStubs.orderCreated(reference);
    VeeqoStubs.orderAnswers(VEEQO_ORDER_ID, okJson(order(reference)));

    for (int i = 0; i < 2; i++) {
      create(veeqoAmazonOrder(reference))
          .body("errors", nullValue())
          .body("data.createOrder.order.providerId", is(VEEQO_ORDER_ID))
          .body("data.createOrder.order.number", is(reference));
    }
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void anOrderVeeqoAlreadyHoldsIsFoundByItsExactNumberAndNotCreatedAgain() {
    String reference = "held-1";
    // Free text also finds orders whose number merely contains the reference; only the exact one
    // counts.
    VeeqoStubs.ordersFound(reference, order("held-10"), order(reference));

    create(veeqoAmazonOrder(reference))
        .body("errors", nullValue())
        .body("data.createOrder.order.number", is(reference));
    veeqo.verify(0, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aCreateThatTimesOutIsOutcomeUnknownAndTheSameMutationThenFindsTheOrder() {
    String reference = "slow-1";
    veeqo.stubFor(
        get(urlPathEqualTo("/orders"))
            .withQueryParam("query", equalTo(reference))
            .inScenario("slow create")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("[]")));
    veeqo.stubFor(
        post(urlPathEqualTo("/orders"))
            .inScenario("slow create")
            .whenScenarioStateIs(Scenario.STARTED)
            .willSetStateTo("created")
            .willReturn(okJson(order(reference)).withFixedDelay(1500)));
    veeqo.stubFor(
        get(urlPathEqualTo("/orders"))
            .withQueryParam("query", equalTo(reference))
            .inScenario("slow create")
            .whenScenarioStateIs("created")
            .willReturn(okJson("[" + order(reference) + "]")));

    create(veeqoAmazonOrder(reference))
        .body("data.createOrder", nullValue())
        .spec(FirstError.outcomeUnknown("VEEQO", reference));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));

    create(veeqoAmazonOrder(reference))
        .body("errors", nullValue())
        .body("data.createOrder.order.number", is(reference))
        .body("data.createOrder.order.providerId", is(VEEQO_ORDER_ID));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
    veeqo.verify(
        2, getRequestedFor(urlPathEqualTo("/orders")).withQueryParam("query", equalTo(reference)));
  }

  @Test
  void veeqoRefusingTheOrderIsAProviderErrorNotAnUnknownOutcome() {
    VeeqoStubs.noOrders();
    VeeqoStubs.createOrderAnswers(
        JsonAnswer.of(422, "{\"errors\": {\"sellable\": [\"must exist\"]}}"));

    create(veeqoAmazonOrder("rejected-1"))
        .body("data.createOrder", nullValue())
        .spec(FirstError.of("PROVIDER_REJECTED", "VEEQO"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aVeeqoServerErrorOnACreateIsOutcomeUnknownNotFailed() {
    // A 503 does not prove Veeqo stored nothing (ProviderErrors.forWrite): it was read as
    // PROVIDER_UNAVAILABLE, "not applied", before issue 12.
    VeeqoStubs.noOrders();
    VeeqoStubs.createOrderAnswers(aResponse().withStatus(503));

    create(veeqoAmazonOrder("unavailable-1"))
        .spec(FirstError.outcomeUnknown("VEEQO", "unavailable-1"));
    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
  }

  private static ValidatableResponse create(Map<String, Object> input) {
    return GraphQLClient.post(CREATE, Map.of("input", input));
  }
}
