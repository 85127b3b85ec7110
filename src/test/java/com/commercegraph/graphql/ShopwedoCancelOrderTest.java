package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.InjectWireMock;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
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

  private static final String API = "/admin/api/";
  private static final String ID = NodeId.encode(Provider.SHOPWEDO, EntityKind.ORDER, "123");

  @InjectWireMock(Provider.SHOPWEDO)
  WireMockServer shopwedo;

  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void reset() {
    shopwedo.resetAll();
  }

  @Test
  void cancelSendsTheOrderIdOnceAndAnswersTheOrderReadBack() throws Exception {
    stub("cancelOrder", aResponse().withStatus(200));
    stub("getOrder", json(200, "get-order-cancelled.json"));

    GraphQLClient.post(CANCEL, Map.of("id", ID, "reason", "customer changed their mind"))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.cancelOrder.userErrors", is(List.of()))
        .body("data.cancelOrder.order.id", is(ID))
        .body("data.cancelOrder.order.providerId", is("123"))
        .body("data.cancelOrder.order.number", is("WEB-1001"))
        .body("data.cancelOrder.order.status", is("CANCELLED"))
        .body("data.cancelOrder.order.providerStatus", is("Cancelled"));

    LoggedRequest cancel = only("cancelOrder");
    assertThat(cancel.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    Map<String, String> form = form(cancel);
    assertThat(form.keySet()).containsExactlyInAnyOrder("auth", "data");
    // ShopWeDo's cancelOrder takes no reason (shopwedo-api.txt): only the id is sent.
    assertThat(json.readTree(form.get("data"))).isEqualTo(json.readTree("{\"order_id\":\"123\"}"));
    assertThat(json.readTree(form(only("getOrder")).get("data")))
        .isEqualTo(json.readTree("{\"order_id\":\"123\"}"));
  }

  @Test
  void cancelRefusedOnceFulfilmentStartedIsCancelRefusedAndNothingElseIsCalled() {
    stub("cancelOrder", json(400, "cancel-order-refused.json"));

    GraphQLClient.post(CANCEL, Map.of("id", ID))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.cancelOrder.order", nullValue())
        .body("data.cancelOrder.userErrors.field", contains(List.of("id")))
        .body("data.cancelOrder.userErrors.code", contains("CANCEL_REFUSED"))
        .body(
            "data.cancelOrder.userErrors[0].message",
            containsString("Order fulfilment has already started"));
    shopwedo.verify(1, postRequestedFor(urlPathEqualTo(API + "cancelOrder")));
    shopwedo.verify(0, postRequestedFor(urlPathEqualTo(API + "getOrder")));
  }

  @Test
  void cancelOfAnOrderShopwedoDoesNotKnowIsNotFound() {
    stub("cancelOrder", json(400, "get-order-not-found.json"));

    GraphQLClient.post(CANCEL, Map.of("id", ID))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.cancelOrder.order", nullValue())
        .body("data.cancelOrder.userErrors.field", contains(List.of("id")))
        .body("data.cancelOrder.userErrors.code", contains("NOT_FOUND"));
    shopwedo.verify(1, postRequestedFor(urlPathEqualTo(API + "cancelOrder")));
  }

  @Test
  void aFailedReadBackStillAnswersTheOrderAsCancelled() {
    stub("cancelOrder", aResponse().withStatus(200));
    stub("getOrder", aResponse().withStatus(503));

    GraphQLClient.post(CANCEL, Map.of("id", ID))
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.cancelOrder.userErrors", is(List.of()))
        .body("data.cancelOrder.order.providerId", is("123"))
        .body("data.cancelOrder.order.status", is("CANCELLED"));
    shopwedo.verify(1, postRequestedFor(urlPathEqualTo(API + "cancelOrder")));
  }

  @Test
  void aCancelTimingOutIsOutcomeUnknownAndSentOnce() {
    // the tests' ShopWeDo read timeout is 1s
    stub("cancelOrder", aResponse().withStatus(200).withFixedDelay(1500));

    GraphQLClient.post(CANCEL, Map.of("id", ID))
        .statusCode(200)
        .body("data", nullValue())
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"))
        .body("errors[0].extensions.provider", is("SHOPWEDO"));
    shopwedo.verify(1, postRequestedFor(urlPathEqualTo(API + "cancelOrder")));
    shopwedo.verify(0, postRequestedFor(urlPathEqualTo(API + "getOrder")));
  }

  @Test
  void aServerErrorOnCancelIsOutcomeUnknownAndSentOnce() {
    // A 500 does not prove ShopWeDo left the order alone; before issue 12 it read
    // PROVIDER_UNAVAILABLE, "not applied".
    stub("cancelOrder", aResponse().withStatus(500));

    GraphQLClient.post(CANCEL, Map.of("id", ID))
        .statusCode(200)
        .body("data", nullValue())
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"))
        .body("errors[0].extensions.provider", is("SHOPWEDO"));
    shopwedo.verify(1, postRequestedFor(urlPathEqualTo(API + "cancelOrder")));
  }

  private void stub(String method, ResponseDefinitionBuilder response) {
    shopwedo.stubFor(post(urlPathEqualTo(API + method)).willReturn(response));
  }

  private static ResponseDefinitionBuilder json(int status, String file) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(resource("shopwedo/" + file));
  }

  private LoggedRequest only(String method) {
    List<LoggedRequest> requests = shopwedo.findAll(postRequestedFor(urlPathEqualTo(API + method)));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  private static Map<String, String> form(LoggedRequest request) {
    return Arrays.stream(request.getBodyAsString().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
  }

  private static String resource(String path) {
    try (InputStream in =
        ShopwedoCancelOrderTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
