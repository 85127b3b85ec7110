package com.commercegraph.graphql;

import static com.commercegraph.graphql.OrderInputs.line;
import static com.commercegraph.graphql.OrderInputs.unpricedLine;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code transitionOrder}, {@code cancelOrder} and {@code updateOrder} for VeePe over HTTP: the
 * lifecycle is checked before VeePe is called, a 409 becomes the same refusal with the fresh
 * status, only OPEN orders are edited and only what is given is sent.
 */
@QuarkusTest
class VeepeOrderLifecycleTest {

  private static final String TRANSITION =
      """
      mutation Move($id: ID!, $to: OrderStatus!, $note: String) {
        transitionOrder(id: $id, to: $to, note: $note) {
          order { id providerId status allowedTransitions }
          userErrors { field message code }
        }
      }
      """;

  private static final String CANCEL =
      """
      mutation Cancel($id: ID!, $reason: String) {
        cancelOrder(id: $id, reason: $reason) {
          order { providerId status }
          userErrors { field message code }
        }
      }
      """;

  private static final String UPDATE =
      """
      mutation Update($id: ID!, $input: UpdateOrderInput!) {
        updateOrder(id: $id, input: $input) {
          order { providerId status customer { name email } }
          userErrors { field message code }
        }
      }
      """;

  // veepe/order.json
  private static final String ORDER = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";
  private static final String ORDER_PATH = "/v1/orders/" + ORDER;
  private static final String STATUS_PATH = ORDER_PATH + "/status";
  private static final String ID = NodeId.encode(Provider.VEEPE, EntityKind.ORDER, ORDER);

  private final WireMockServer veepe = VeepeStubs.server();

  @Test
  void anAllowedTransitionSendsTheStatusAndNoteAndAnswersTheOrderReadBack() {
    orderMovesAfterPut("CONFIRMED", "PROCESSING");
    VeepeStubs.statusChangeAnswers(ORDER, okJson(VeepeStubs.payload("status-success.json")));

    GraphQLClient.post(TRANSITION, Map.of("id", ID, "to", "PROCESSING", "note", "picked"))
        .spec(MutationAnswer.accepted("transitionOrder"))
        .body("data.transitionOrder.order.id", is(ID))
        .body("data.transitionOrder.order.status", is("PROCESSING"))
        .body("data.transitionOrder.order.allowedTransitions", contains("SHIPPED", "CANCELLED"));

    veepe.verify(
        1,
        putRequestedFor(urlPathEqualTo(STATUS_PATH))
            .withHeader("Authorization", equalTo(VeepeStubs.BEARER))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson("{\"orderStatus\": \"PROCESSING\", \"note\": \"picked\"}")));
    veepe.verify(2, getRequestedFor(urlPathEqualTo(ORDER_PATH)));
  }

  @Test
  void transitionFromClosedIsRefusedWithoutCallingVeepe() {
    orderIs("CLOSED");

    GraphQLClient.post(TRANSITION, Map.of("id", ID, "to", "CONFIRMED"))
        .body("errors", nullValue())
        .body("data.transitionOrder.order", nullValue())
        .body("data.transitionOrder.userErrors[0].code", is("INVALID_TRANSITION"))
        .body("data.transitionOrder.userErrors[0].field", contains("id"))
        .body("data.transitionOrder.userErrors[0].message", containsString("allowed: none"));

    veepe.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void aForbiddenTransitionNamesTheAllowedOnesAndSendsNothing() {
    orderIs("CONFIRMED");

    GraphQLClient.post(TRANSITION, Map.of("id", ID, "to", "SHIPPED"))
        .body("data.transitionOrder.order", nullValue())
        .body("data.transitionOrder.userErrors[0].code", is("INVALID_TRANSITION"))
        .body(
            "data.transitionOrder.userErrors[0].message",
            containsString("allowed: PROCESSING, CANCELLED"));

    veepe.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void aConflictFromVeepeIsAnInvalidTransitionWithTheFreshStatus() {
    orderMovesAfterPut("CONFIRMED", "SHIPPED");
    VeepeStubs.statusChangeAnswers(ORDER, VeepeStubs.error(409, 1409, "Invalid state"));

    GraphQLClient.post(TRANSITION, Map.of("id", ID, "to", "PROCESSING"))
        .body("errors", nullValue())
        .body("data.transitionOrder.order", nullValue())
        .body("data.transitionOrder.userErrors[0].code", is("INVALID_TRANSITION"))
        .body("data.transitionOrder.userErrors[0].message", containsString("a SHIPPED order"))
        .body(
            "data.transitionOrder.userErrors[0].message",
            containsString("allowed: DELIVERED, CANCELLED"));

    veepe.verify(1, putRequestedFor(urlPathEqualTo(STATUS_PATH)));
    veepe.verify(2, getRequestedFor(urlPathEqualTo(ORDER_PATH)));
  }

  @Test
  void cancelOrderIsTheTransitionToCancelledWithTheReasonAsNote() {
    orderMovesAfterPut("OPEN", "CANCELLED");
    VeepeStubs.statusChangeAnswers(ORDER, okJson(VeepeStubs.payload("status-success.json")));

    GraphQLClient.post(CANCEL, Map.of("id", ID, "reason", "customer asked"))
        .spec(MutationAnswer.accepted("cancelOrder"))
        .body("data.cancelOrder.order.status", is("CANCELLED"));

    veepe.verify(
        1,
        putRequestedFor(urlPathEqualTo(STATUS_PATH))
            .withRequestBody(
                equalToJson("{\"orderStatus\": \"CANCELLED\", \"note\": \"customer asked\"}")));
  }

  @Test
  void aTransitionOfAnOrderVeepeDoesNotHaveIsNotFound() {
    VeepeStubs.orderAnswers(ORDER, VeepeStubs.error(404, 1404, "Order not found"));

    GraphQLClient.post(TRANSITION, Map.of("id", ID, "to", "CONFIRMED"))
        .body("errors", nullValue())
        .body("data.transitionOrder.userErrors[0].code", is("NOT_FOUND"));
    veepe.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void aTransitionThatTimesOutIsOutcomeUnknownAndSentOnce() {
    orderIs("OPEN");
    VeepeStubs.statusChangeAnswers(
        ORDER, okJson(VeepeStubs.payload("status-success.json")).withFixedDelay(1500));

    GraphQLClient.post(TRANSITION, Map.of("id", ID, "to", "CONFIRMED"))
        .body("data.transitionOrder", nullValue())
        .spec(FirstError.outcomeUnknown("VEEPE", ID));

    veepe.verify(1, putRequestedFor(urlPathEqualTo(STATUS_PATH)));
  }

  @Test
  void ordersOfOtherProvidersAreUnsupportedWithoutAnyCall() {
    String veeqoOrder = NodeId.encode(Provider.VEEQO, EntityKind.ORDER, "13359622");

    GraphQLClient.post(TRANSITION, Map.of("id", veeqoOrder, "to", "CONFIRMED"))
        .body("errors", nullValue())
        .body("data.transitionOrder.userErrors[0].code", is("UNSUPPORTED"))
        .body("data.transitionOrder.userErrors[0].field", contains("id"));
    GraphQLClient.post(UPDATE, Map.of("id", veeqoOrder, "input", Map.of("note", "x")))
        .body("data.updateOrder.userErrors[0].code", is("UNSUPPORTED"));

    assertThat(veepe.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void anUpdateSendsOnlyTheGivenPartsAndRepricesFromTheLines() {
    orderIs("OPEN");
    VeepeStubs.updateAnswers(ORDER, okJson(VeepeStubs.payload("update-success.json")));

    update(
            Map.of(
                "customer",
                Map.of("name", "Vaidik Pandey", "email", "vaidik.pandey@example.com"),
                "lines",
                List.of(line("Product A", 3, "12.34", "INR"))))
        .spec(MutationAnswer.accepted("updateOrder"))
        .body("data.updateOrder.order.providerId", is(ORDER));

    veepe.verify(
        1,
        putRequestedFor(urlPathEqualTo(ORDER_PATH))
            .withHeader("Authorization", equalTo(VeepeStubs.BEARER))
            .withRequestBody(
                equalToJson(
                    """
                    {
                      "amount": {"currency": "INR", "value": 3702},
                      "customer": {"name": "Vaidik Pandey", "email": "vaidik.pandey@example.com"},
                      "orderDetails": {
                        "items": [{"name": "Product A", "quantity": 3, "unitPrice": 1234}],
                        "metadata": {"note": "Deliver between 9 AM and 5 PM", "source": "mobile_app"}
                      }
                    }
                    """)));
  }

  @Test
  void aNoteIsSentWithTheMetadataKeysItDoesNotChange() {
    VeepeStubs.orderAnswers(
        ORDER,
        okJson(
            VeepeStubs.order("OPEN")
                .replace(
                    "\"source\": \"mobile_app\"",
                    "\"source\": \"mobile_app\", \"crmId\": \"C-77\"")));
    VeepeStubs.updateAnswers(ORDER, okJson(VeepeStubs.payload("update-success.json")));

    update(Map.of("note", "ring twice")).spec(MutationAnswer.accepted("updateOrder"));

    veepe.verify(
        1,
        putRequestedFor(urlPathEqualTo(ORDER_PATH))
            .withRequestBody(
                equalToJson(
                    """
                    {"orderDetails": {"metadata":
                      {"note": "ring twice", "source": "mobile_app", "crmId": "C-77"}}}
                    """)));
    veepe.verify(1, putRequestedFor(anyUrl()));
  }

  @Test
  void anUpdateOfAnOrderThatIsNotOpenIsRefusedWithoutAPut() {
    orderIs("CONFIRMED");

    update(Map.of("note", "too late"))
        .body("errors", nullValue())
        .body("data.updateOrder.order", nullValue())
        .body("data.updateOrder.userErrors[0].code", is("NOT_EDITABLE"))
        .body("data.updateOrder.userErrors[0].field", contains("id"));

    veepe.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void anUpdateThatVeepeRefusesWithConflictIsNotEditableWithTheFreshStatus() {
    orderMovesAfterPut("OPEN", "CONFIRMED");
    VeepeStubs.updateAnswers(ORDER, VeepeStubs.error(409, 1409, "Invalid state"));

    update(Map.of("note", "race"))
        .body("data.updateOrder.userErrors[0].code", is("NOT_EDITABLE"))
        .body("data.updateOrder.userErrors[0].message", containsString("CONFIRMED"));
    veepe.verify(1, putRequestedFor(urlPathEqualTo(ORDER_PATH)));
  }

  @Test
  void updateInputProblemsAreRefusedWithoutAnyCall() {
    update(
            Map.of(
                "customer",
                Map.of("name", "Vaidik", "email", "nope"),
                "shippingAddress",
                Map.of(
                    "line1", "1 Road", "city", "Pune", "postalCode", "411001", "countryCode", "ZZ"),
                "lines",
                List.of(line("A", 0, "1.001", "INR"), unpricedLine("B", 1))))
        .body("errors", nullValue())
        .body(
            "data.updateOrder.userErrors.field",
            containsInAnyOrder(
                List.of("input", "customer", "email"),
                List.of("input", "shippingAddress", "countryCode"),
                List.of("input", "lines", "0", "quantity"),
                List.of("input", "lines", "0", "unitPrice", "amount"),
                List.of("input", "lines", "1", "unitPrice")));
    update(Map.of())
        .body("data.updateOrder.userErrors[0].code", is("REQUIRED"))
        .body("data.updateOrder.userErrors[0].field", contains("input"));

    assertThat(veepe.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  private static ValidatableResponse update(Map<String, Object> input) {
    return GraphQLClient.post(UPDATE, Map.of("id", ID, "input", input));
  }

  private static void orderIs(String status) {
    VeepeStubs.orderAnswers(ORDER, okJson(VeepeStubs.order(status)));
  }

  /** The order in one status when first read, then (after the write) in the other. */
  private static void orderMovesAfterPut(String before, String after) {
    VeepeStubs.orderAnswers(
        ORDER, okJson(VeepeStubs.order(before)), okJson(VeepeStubs.order(after)));
  }
}
