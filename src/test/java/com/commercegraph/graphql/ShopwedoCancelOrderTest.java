package com.commercegraph.graphql;

import static com.commercegraph.provider.shopwedo.ShopwedoStubs.onlyRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.shopwedo.ShopwedoStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code cancelOrder} for ShopWeDo over HTTP: sent once, refusals as userErrors, read back. */
@QuarkusTest
class ShopwedoCancelOrderTest {

  private static final String CANCEL =
      """
      mutation Cancel($id: ID!, $reason: String) {
        cancelOrder(id: $id, reason: $reason) {
          order { id provider providerId number status providerStatus }
          userErrors { field message code }
        }
      }
      """;

  private static final String ID = NodeId.encode(Provider.SHOPWEDO, EntityKind.ORDER, "123");

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void cancelSendsTheOrderIdOnceAndAnswersTheOrderReadBack() throws Exception {
    ShopwedoStubs.answers("cancelOrder", aResponse().withStatus(200));
    ShopwedoStubs.answers("getOrder", ShopwedoStubs.answer(200, "get-order-cancelled.json"));

    GraphQLClient.post(CANCEL, Map.of("id", ID, "reason", "customer changed their mind"))
        .statusCode(200)
        .spec(MutationAnswer.accepted("cancelOrder"))
        .body("data.cancelOrder.order.id", is(ID))
        .body("data.cancelOrder.order.providerId", is("123"))
        .body("data.cancelOrder.order.number", is("WEB-1001"))
        .body("data.cancelOrder.order.status", is("CANCELLED"))
        .body("data.cancelOrder.order.providerStatus", is("Cancelled"));

    LoggedRequest cancel = onlyRequest("cancelOrder");
    assertThat(cancel.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    Map<String, String> form = ShopwedoStubs.form(cancel);
    assertThat(form.keySet()).containsExactlyInAnyOrder("auth", "data");
    // ShopWeDo's cancelOrder takes no reason (shopwedo-api.txt): only the id is sent.
    assertThat(json.readTree(form.get("data"))).isEqualTo(json.readTree("{\"order_id\":\"123\"}"));
    assertThat(ShopwedoStubs.data(onlyRequest("getOrder")))
        .isEqualTo(json.readTree("{\"order_id\":\"123\"}"));
  }

  @Test
  void cancelRefusedOnceFulfilmentStartedIsCancelRefusedAndNothingElseIsCalled() {
    ShopwedoStubs.answers("cancelOrder", ShopwedoStubs.answer(400, "cancel-order-refused.json"));

    GraphQLClient.post(CANCEL, Map.of("id", ID))
        .statusCode(200)
        .spec(MutationAnswer.refused("cancelOrder", "order", List.of("id"), "CANCEL_REFUSED"))
        .body(
            "data.cancelOrder.userErrors[0].message",
            containsString("Order fulfilment has already started"));
    assertThat(ShopwedoStubs.requests("cancelOrder")).hasSize(1);
    assertThat(ShopwedoStubs.requests("getOrder")).hasSize(0);
  }

  @Test
  void cancelOfAnOrderShopwedoDoesNotKnowIsNotFound() {
    ShopwedoStubs.answers("cancelOrder", ShopwedoStubs.answer(400, "get-order-not-found.json"));

    GraphQLClient.post(CANCEL, Map.of("id", ID))
        .statusCode(200)
        .spec(MutationAnswer.refused("cancelOrder", "order", List.of("id"), "NOT_FOUND"));
    assertThat(ShopwedoStubs.requests("cancelOrder")).hasSize(1);
  }

  @Test
  void aFailedReadBackStillAnswersTheOrderAsCancelled() {
    ShopwedoStubs.answers("cancelOrder", aResponse().withStatus(200));
    ShopwedoStubs.answers("getOrder", aResponse().withStatus(503));

    GraphQLClient.post(CANCEL, Map.of("id", ID))
        .statusCode(200)
        .spec(MutationAnswer.accepted("cancelOrder"))
        .body("data.cancelOrder.order.providerId", is("123"))
        .body("data.cancelOrder.order.status", is("CANCELLED"));
    assertThat(ShopwedoStubs.requests("cancelOrder")).hasSize(1);
  }

  @Test
  void aCancelTimingOutIsOutcomeUnknownAndSentOnce() {
    // the tests' ShopWeDo read timeout is 1s
    ShopwedoStubs.answers("cancelOrder", aResponse().withStatus(200).withFixedDelay(1500));

    GraphQLClient.post(CANCEL, Map.of("id", ID))
        .statusCode(200)
        .body("data", nullValue())
        .spec(FirstError.of("OUTCOME_UNKNOWN", "SHOPWEDO"));
    assertThat(ShopwedoStubs.requests("cancelOrder")).hasSize(1);
    assertThat(ShopwedoStubs.requests("getOrder")).hasSize(0);
  }

  @Test
  void aServerErrorOnCancelIsOutcomeUnknownAndSentOnce() {
    // A 500 does not prove ShopWeDo left the order alone; before issue 12 it read
    // PROVIDER_UNAVAILABLE, "not applied".
    ShopwedoStubs.answers("cancelOrder", aResponse().withStatus(500));

    GraphQLClient.post(CANCEL, Map.of("id", ID))
        .statusCode(200)
        .body("data", nullValue())
        .spec(FirstError.of("OUTCOME_UNKNOWN", "SHOPWEDO"));
    assertThat(ShopwedoStubs.requests("cancelOrder")).hasSize(1);
  }
}
