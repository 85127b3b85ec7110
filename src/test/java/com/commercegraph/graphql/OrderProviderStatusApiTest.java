package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.recplus.RecplusStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code setOrderProviderStatus} over HTTP against REC+: request, dry run, refusals, failures. */
@QuarkusTest
class OrderProviderStatusApiTest {

  private static final String ORDER_ID = "112312";
  private static final String ORDER_PATH = "/api/v1/orders/" + ORDER_ID;
  private static final String ID = NodeId.encode(Provider.RECPLUS, EntityKind.ORDER, ORDER_ID);

  private static final String SET_STATUS =
      """
      mutation SetStatus($id: ID!, $status: String!, $dryRun: Boolean) {
        setOrderProviderStatus(id: $id, providerStatus: $status, dryRun: $dryRun) {
          order { id provider providerId providerStatus }
          diff
          userErrors { field message code }
        }
      }
      """;

  private final WireMockServer recplus = RecplusStubs.server();

  @BeforeEach
  void warmUp() {
    RecplusWriteWarmUp.once();
  }

  private static Map<String, Object> args(String id, String status, Boolean dryRun) {
    Map<String, Object> args = new HashMap<>();
    args.put("id", id);
    args.put("status", status);
    args.put("dryRun", dryRun);
    return args;
  }

  private static void orderHasStatus(String status) {
    RecplusStubs.readAnswers(ORDER_PATH, okJson(RecplusStubs.orderInStatus(status)));
  }

  @Test
  void theStatusTextIsPostedOnceAndTheOrderIsReadBack() {
    RecplusStubs.writeAnswers(ORDER_PATH, aResponse().withStatus(204));
    orderHasStatus("Dispatched");

    GraphQLClient.post(SET_STATUS, args(ID, "Dispatched", false))
        .spec(MutationAnswer.accepted("setOrderProviderStatus"))
        .body("data.setOrderProviderStatus.diff", nullValue())
        .body("data.setOrderProviderStatus.order.id", is(ID))
        .body("data.setOrderProviderStatus.order.provider", is("RECPLUS"))
        .body("data.setOrderProviderStatus.order.providerStatus", is("Dispatched"));

    recplus.verify(
        1,
        postRequestedFor(urlEqualTo(ORDER_PATH))
            .withHeader("Authorization", equalTo(RecplusStubs.BASIC_AUTH))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("{\"status\": \"Dispatched\"}")));
    recplus.verify(
        1,
        getRequestedFor(urlEqualTo(ORDER_PATH))
            .withHeader("Authorization", equalTo(RecplusStubs.BASIC_AUTH)));
    assertThat(RecplusStubs.allRequests()).hasSize(2);
  }

  @Test
  void theStatusTextIsSentExactlyAsGiven() {
    RecplusStubs.writeAnswers(ORDER_PATH, aResponse().withStatus(204));
    orderHasStatus("Awaiting Stock – Back Order");

    GraphQLClient.post(SET_STATUS, args(ID, "Awaiting Stock – Back Order", null))
        .body("errors", nullValue())
        .body(
            "data.setOrderProviderStatus.order.providerStatus", is("Awaiting Stock – Back Order"));

    recplus.verify(
        1,
        postRequestedFor(urlEqualTo(ORDER_PATH))
            .withRequestBody(equalToJson("{\"status\": \"Awaiting Stock – Back Order\"}")));
  }

  @Test
  void dryRunSendsDiffOnlyAndReturnsTheDiffWithTheOrderUnchanged() {
    String diff = "{\"status\": {\"from\": \"Payment Received\", \"to\": \"Dispatched\"}}";
    recplus.stubFor(
        post(urlPathEqualTo(ORDER_PATH))
            .withQueryParam("diffOnly", equalTo("true"))
            .willReturn(okJson(diff)));
    orderHasStatus("Payment Received");

    GraphQLClient.post(SET_STATUS, args(ID, "Dispatched", true))
        .spec(MutationAnswer.accepted("setOrderProviderStatus"))
        .body("data.setOrderProviderStatus.diff", is(diff))
        .body("data.setOrderProviderStatus.order.providerStatus", is("Payment Received"));

    recplus.verify(
        1,
        postRequestedFor(urlEqualTo(ORDER_PATH + "?diffOnly=true"))
            .withHeader("Authorization", equalTo(RecplusStubs.BASIC_AUTH))
            .withRequestBody(equalToJson("{\"status\": \"Dispatched\"}")));
    recplus.verify(0, postRequestedFor(urlEqualTo(ORDER_PATH)));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("not-an-id", "Dispatched", "id", "INVALID"),
        Arguments.of(
            NodeId.encode(Provider.RECPLUS, EntityKind.PRODUCT, ORDER_ID),
            "Dispatched",
            "id",
            "INVALID"),
        Arguments.of(
            NodeId.encode(Provider.VEEPE, EntityKind.ORDER, "6d8bf86d-3758-45ae-ad67-0f682ba64f63"),
            "Dispatched",
            "id",
            "UNSUPPORTED"),
        Arguments.of(
            NodeId.encode(Provider.SHOPWEDO, EntityKind.ORDER, "1001"),
            "Dispatched",
            "id",
            "UNSUPPORTED"),
        Arguments.of(ID, "", "providerStatus", "REQUIRED"),
        Arguments.of(ID, "  ", "providerStatus", "REQUIRED"),
        Arguments.of(ID, "x".repeat(101), "providerStatus", "TOO_LONG"),
        Arguments.of(ID, "Dispatched\nX-Injected: 1", "providerStatus", "INVALID"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void invalidInputIsAUserErrorOnItsArgumentAndRecplusIsNotCalled(
      String id, String status, String field, String code) {
    for (Boolean dryRun : new Boolean[] {false, true}) {
      GraphQLClient.post(SET_STATUS, args(id, status, dryRun))
          .spec(MutationAnswer.refused("setOrderProviderStatus", "order", List.of(field), code));
    }
    assertThat(RecplusStubs.allRequests()).isEmpty();
  }

  @Test
  void anOrderRecplusDoesNotKnowIsANotFoundUserError() {
    RecplusStubs.writeAnswers(ORDER_PATH, RecplusStubs.error(404, "Order not found"));

    GraphQLClient.post(SET_STATUS, args(ID, "Dispatched", false))
        .spec(
            MutationAnswer.refused("setOrderProviderStatus", "order", List.of("id"), "NOT_FOUND"));

    RecplusStubs.assertWrittenOnceNotReadBack(ORDER_PATH);
  }

  @Test
  void aStatusTextTheSiteRefusesIsAProviderRejectedError() {
    RecplusStubs.writeAnswers(ORDER_PATH, RecplusStubs.error(400, "Invalid order status"));

    GraphQLClient.post(SET_STATUS, args(ID, "Teleported", false))
        .body("data.setOrderProviderStatus", nullValue())
        .spec(FirstError.of("PROVIDER_REJECTED", "RECPLUS"));

    RecplusStubs.assertWrittenOnceNotReadBack(ORDER_PATH);
  }

  @Test
  void aStatusWriteThatTimesOutIsOutcomeUnknownSentExactlyOnce() {
    RecplusStubs.writeAnswers(ORDER_PATH, aResponse().withStatus(204).withFixedDelay(1500));
    orderHasStatus("Dispatched");

    GraphQLClient.post(SET_STATUS, args(ID, "Dispatched", false))
        .body("data.setOrderProviderStatus", nullValue())
        .spec(FirstError.outcomeUnknown("RECPLUS", ID));

    RecplusStubs.assertWrittenOnceNotReadBack(ORDER_PATH);
  }
}
