package com.commercegraph.graphql;

import static com.commercegraph.graphql.OrderInputs.line;
import static com.commercegraph.graphql.OrderInputs.money;
import static com.commercegraph.graphql.OrderInputs.unpricedLine;
import static com.commercegraph.provider.veepe.VeepeStubs.orderCreated;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.veepe.VeepeStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code createOrder} for VeePe over HTTP: the exact request, refusals, idempotency, timeouts. */
@QuarkusTest
class VeepeCreateOrderTest {

  private static final String CREATE =
      """
      mutation Create($input: CreateOrderInput!) {
        createOrder(input: $input) {
          order { id provider providerId number status total { amount minorUnits currencyCode } }
          userErrors { field message code }
        }
      }
      """;

  // veepe/order-created.json
  private static final String VEEPE_ORDER_ID = "3ea8e4e0-d82a-4e65-8407-c19f1a338732";

  private final WireMockServer veepe = VeepeStubs.server();

  @Test
  void anOrderIsPostedInMinorUnitsWithAnAlpha3CountryAndTheReference() {
    VeepeStubs.createOrderAnswers(orderCreated());

    create(input("veepe-exact-1"))
        .statusCode(200)
        .spec(MutationAnswer.accepted("createOrder"))
        .body("data.createOrder.order.provider", is("VEEPE"))
        .body("data.createOrder.order.providerId", is(VEEPE_ORDER_ID))
        .body("data.createOrder.order.number", is("ORD-814350-ZW"))
        .body("data.createOrder.order.status", is("OPEN"));

    veepe.verify(
        1,
        postRequestedFor(urlPathEqualTo("/v1/orders"))
            .withHeader("Authorization", equalTo(VeepeStubs.BEARER))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {
                      "orderType": "SALE",
                      "channel": "ECOMM",
                      "merchantOrderReference": "veepe-exact-1",
                      "amount": {"currency": "INR", "value": 750},
                      "customer": {
                        "name": "Vikas Pandey",
                        "email": "vikas.pandey.customer@example.com",
                        "phone": "+919876543210",
                        "address": {
                          "street": "456 Civil Lines, Near the Clock Tower",
                          "city": "Raipur",
                          "state": "Chhattisgarh",
                          "postalCode": "492001",
                          "country": "IND"
                        }
                      },
                      "orderDetails": {
                        "items": [
                          {"name": "Fast Charge USB-C Cable (1m)", "quantity": 2, "unitPrice": 250},
                          {"name": "LAMP-1", "quantity": 1, "unitPrice": 250}
                        ],
                        "metadata": {"note": "Deliver between 9 AM and 5 PM on weekdays only"}
                      }
                    }
                    """)));
  }

  @Test
  void veepeSpecificProblemsAreRefusedWithoutCallingVeepe() {
    Map<String, Object> input = input("ab");
    input.put("lines", List.of(line("CABLE", 1, "2.50", "INR"), unpricedLine("LAMP-1", 1)));

    create(input)
        .body("errors", nullValue())
        .body("data.createOrder.order", nullValue())
        .body(
            "data.createOrder.userErrors.field",
            containsInAnyOrder(
                List.of("input", "reference"), List.of("input", "lines", "1", "unitPrice")))
        .body("data.createOrder.userErrors.code", containsInAnyOrder("TOO_SHORT", "REQUIRED"));

    assertThat(veepe.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void commonProblemsAreRefusedWithoutCallingVeepe() {
    Map<String, Object> input = input("veepe-common-1");
    input.put(
        "customer", Map.of("name", "Vikas Pandey", "email", "not-an-email", "phone", "+91 98"));
    input.put(
        "shippingAddress",
        Map.of(
            "line1",
            "456 Civil Lines",
            "city",
            "Raipur",
            "postalCode",
            "492001",
            "countryCode",
            "IND"));
    input.put("lines", List.of(line("CABLE", 0, "2.505", "INR"), line("LAMP-1", 1, "1", "RUPEE")));

    create(input)
        .body("errors", nullValue())
        .body("data.createOrder.order", nullValue())
        .body(
            "data.createOrder.userErrors.field",
            containsInAnyOrder(
                List.of("input", "customer", "email"),
                List.of("input", "shippingAddress", "countryCode"),
                List.of("input", "lines", "0", "quantity"),
                List.of("input", "lines", "0", "unitPrice", "amount"),
                List.of("input", "lines", "1", "unitPrice", "currencyCode")));

    assertThat(veepe.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void twoIdenticalCreatesMakeOneVeepeOrderAndTheSecondIsReadFromTheStore() {
    VeepeStubs.createOrderAnswers(orderCreated());
    VeepeStubs.orderAnswers(VEEPE_ORDER_ID, orderCreated());

    for (int i = 0; i < 2; i++) {
      create(input("veepe-twice-1"))
          .body("errors", nullValue())
          .body("data.createOrder.order.providerId", is(VEEPE_ORDER_ID));
    }

    assertThat(creates()).hasSize(1);
    veepe.verify(1, getRequestedFor(urlPathEqualTo("/v1/orders/" + VEEPE_ORDER_ID)));
  }

  @Test
  void aCreateThatTimesOutIsRetriedWithTheSameBodyAndAnsweredByVeepesIdempotency() {
    String reference = "veepe-slow-1";
    // veepe-api.txt: a duplicate merchantOrderReference returns the existing order.
    VeepeStubs.createOrderAnswers(orderCreated().withFixedDelay(1500), orderCreated());

    create(input(reference))
        .body("errors", nullValue())
        .body("data.createOrder.order.providerId", is(VEEPE_ORDER_ID));

    List<String> bodies = creates().stream().map(LoggedRequest::getBodyAsString).toList();
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(1)).isEqualTo(bodies.get(0)).contains("\"" + reference + "\"");
  }

  @Test
  void aCreateThatKeepsTimingOutIsOutcomeUnknownAndTheSameMutationLaterFindsTheOrder() {
    String reference = "veepe-slow-2";
    VeepeStubs.createOrderAnswers(orderCreated().withFixedDelay(1500));
    VeepeStubs.orderAnswers(VEEPE_ORDER_ID, orderCreated());

    create(input(reference))
        .body("data.createOrder", nullValue())
        .spec(FirstError.outcomeUnknown("VEEPE", reference));
    int sent = creates().size();
    // Retried like a read: within the 4s retry budget, three 1s timeouts at most.
    assertThat(sent).isBetween(2, 3);

    // VeePe makes the resend safe, so the gateway sends it once more and gets the same order.
    VeepeStubs.createOrderAnswers(orderCreated());
    create(input(reference))
        .body("errors", nullValue())
        .body("data.createOrder.order.providerId", is(VEEPE_ORDER_ID));
    veepe.verify(
        sent + 1,
        postRequestedFor(urlPathEqualTo("/v1/orders"))
            .withRequestBody(matchingJsonPath("$.merchantOrderReference", equalTo(reference))));

    // From then on the store knows the order: no further create.
    create(input(reference))
        .body("errors", nullValue())
        .body("data.createOrder.order.providerId", is(VEEPE_ORDER_ID));
    assertThat(creates()).hasSize(sent + 1);
  }

  @Test
  void veepeRefusingTheOrderIsAProviderErrorNotAnUnknownOutcome() {
    VeepeStubs.createOrderAnswers(VeepeStubs.error(400, 1001, "Validation failed"));

    create(input("veepe-rejected-1"))
        .body("data.createOrder", nullValue())
        .spec(FirstError.of("PROVIDER_REJECTED", "VEEPE"));
    assertThat(creates()).hasSize(1);
  }

  @Test
  void aVeepeServerErrorIsRetriedWithTheSameBodyThenOutcomeUnknown() {
    // Each 500 leaves open whether VeePe stored the order (ProviderErrors.forWrite); before issue
    // 12 the last one was read as PROVIDER_UNAVAILABLE, "not applied".
    VeepeStubs.createOrderAnswers(VeepeStubs.error(500, 1500, "Server error"));

    create(input("veepe-down-1"))
        .body("data.createOrder", nullValue())
        .spec(FirstError.outcomeUnknown("VEEPE", "veepe-down-1"));
    List<String> bodies =
        creates().stream().map(LoggedRequest::getBodyAsString).distinct().toList();
    assertThat(creates()).hasSize(3);
    assertThat(bodies).hasSize(1);
  }

  @Test
  void aCreateThatTimedOutStaysOutcomeUnknownWhenItsRetriesAreRefused() {
    String reference = "veepe-slow-then-down";
    VeepeStubs.createOrderAnswers(
        orderCreated().withFixedDelay(1500), VeepeStubs.error(500, 1500, "Server error"));

    // The first try may have created the order: the later 500s cannot make it "failed".
    create(input(reference))
        .body("data.createOrder", nullValue())
        .spec(FirstError.outcomeUnknown("VEEPE", reference));
    assertThat(creates()).hasSizeBetween(2, 3);
  }

  @Test
  void aConnectionResetCreateIsSentAgainWithTheSameBodyAndAnswered() {
    VeepeStubs.createOrderAnswers(
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), orderCreated());

    create(input("veepe-reset-1"))
        .body("errors", nullValue())
        .body("data.createOrder.order.providerId", is(VEEPE_ORDER_ID));
    List<LoggedRequest> posts = creates();
    assertThat(posts).hasSize(2);
    assertThat(posts.get(1).getBodyAsString()).isEqualTo(posts.get(0).getBodyAsString());
  }

  private List<LoggedRequest> creates() {
    return veepe.findAll(postRequestedFor(urlPathEqualTo("/v1/orders")));
  }

  private static ValidatableResponse create(Map<String, Object> input) {
    return GraphQLClient.post(CREATE, Map.of("input", input));
  }

  private static Map<String, Object> input(String reference) {
    Map<String, Object> input = new HashMap<>();
    input.put("provider", "VEEPE");
    input.put("reference", reference);
    input.put(
        "customer",
        Map.of(
            "name", "Vikas Pandey",
            "email", "vikas.pandey.customer@example.com",
            "phone", "+919876543210"));
    input.put(
        "shippingAddress",
        Map.of(
            "line1", "456 Civil Lines",
            "line2", "Near the Clock Tower",
            "city", "Raipur",
            "region", "Chhattisgarh",
            "postalCode", "492001",
            "countryCode", "IN"));
    input.put(
        "lines",
        List.of(
            Map.of(
                "sku",
                "USB-C-1M",
                "name",
                "Fast Charge USB-C Cable (1m)",
                "quantity",
                2,
                "unitPrice",
                money("2.50", "INR")),
            line("LAMP-1", 1, "2.50", "INR")));
    input.put("note", "Deliver between 9 AM and 5 PM on weekdays only");
    return input;
  }
}
