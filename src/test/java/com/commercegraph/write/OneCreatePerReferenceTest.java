package com.commercegraph.write;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.TestResources;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One client reference gives one order, through the reference store in memory (the default): with
 * requests at the same time, after an unknown outcome, after an operator resolved it, and after a
 * refusal. Counts the creates each provider received.
 */
@QuarkusTest
class OneCreatePerReferenceTest {

  private static final String SHOPWEDO_CREATE = "/admin/api/createOrder";
  private static final String SHOPWEDO_GET = "/admin/api/getOrder";

  private final WireMockServer veeqo = ProviderServers.of(Provider.VEEQO);

  private final WireMockServer veepe = ProviderServers.of(Provider.VEEPE);

  private final WireMockServer shopwedo = ProviderServers.of(Provider.SHOPWEDO);

  @Test
  void fiveConcurrentCreatesWithOneReferenceSendOneCreateAndAllNameTheSameOrder() throws Exception {
    // Slow enough that all five arrive while the first is still being sent.
    shopwedo.stubFor(
        post(urlPathEqualTo(SHOPWEDO_CREATE))
            .willReturn(
                okJson(TestResources.read("shopwedo/create-order-created.json"))
                    .withFixedDelay(600)));
    shopwedo.stubFor(
        post(urlPathEqualTo(SHOPWEDO_GET))
            .willReturn(okJson(TestResources.read("shopwedo/get-order.json"))));
    Map<String, Object> variables = Map.of("input", Writes.shopwedoInput(unique()));

    List<JsonPath> answers = concurrently(5, () -> createAnswer(variables));

    shopwedo.verify(1, postRequestedFor(urlPathEqualTo(SHOPWEDO_CREATE)));
    for (JsonPath answer : answers) {
      assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
      assertThat(answer.getString("data.createOrder.order.providerId"))
          .isEqualTo(Writes.SHOPWEDO_ORDER_ID);
    }
  }

  @Test
  void fiveConcurrentVeeqoCreatesWithOneReferenceSendOnePost() throws Exception {
    String reference = unique();
    veeqo.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson("[]")));
    veeqo.stubFor(
        post(urlPathEqualTo("/orders"))
            .willReturn(okJson(Writes.veeqoOrder(reference)).withStatus(201).withFixedDelay(600)));
    veeqo.stubFor(
        get(urlPathEqualTo("/orders/" + Writes.VEEQO_ORDER_ID))
            .willReturn(okJson(Writes.veeqoOrder(reference))));
    Map<String, Object> variables = Map.of("input", Writes.veeqoInput(reference));

    List<JsonPath> answers = concurrently(5, () -> createAnswer(variables));

    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
    for (JsonPath answer : answers) {
      assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
      assertThat(answer.getString("data.createOrder.order.providerId"))
          .isEqualTo(Writes.VEEQO_ORDER_ID);
      assertThat(answer.getString("data.createOrder.order.number")).isEqualTo(reference);
    }
  }

  @Test
  void anUnknownShopwedoCreateResolvedByAnOperatorAnswersThatOrderWithoutASecondCreate() {
    String reference = unique();
    shopwedo.stubFor(post(urlPathEqualTo(SHOPWEDO_CREATE)).willReturn(aResponse().withStatus(502)));
    shopwedo.stubFor(
        post(urlPathEqualTo(SHOPWEDO_GET))
            .willReturn(okJson(TestResources.read("shopwedo/get-order.json"))));
    Map<String, Object> create = Map.of("input", Writes.shopwedoInput(reference));

    GraphQLClient.post(Writes.CREATE, create)
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"));
    GraphQLClient.post(Writes.OUTCOME, outcomeOf(Provider.SHOPWEDO, reference))
        .body("errors", nullValue())
        .body("data.writeOutcome.state", is("UNKNOWN"))
        .body("data.writeOutcome.reference", is(reference))
        .body("data.writeOutcome.providerId", nullValue());

    GraphQLClient.post(Writes.RESOLVE, resolve(Provider.SHOPWEDO, reference, "123", null))
        .body("errors", nullValue())
        .body("data.resolveWrite.userErrors", is(List.of()))
        .body("data.resolveWrite.outcome.state", is("CREATED"))
        .body("data.resolveWrite.outcome.order.providerId", is("123"));
    GraphQLClient.post(Writes.CREATE, create)
        .body("errors", nullValue())
        .body("data.createOrder.order.providerId", is("123"));

    shopwedo.verify(1, postRequestedFor(urlPathEqualTo(SHOPWEDO_CREATE)));
  }

  @Test
  void anUnknownCreateResolvedAsNotAppliedIsSentAgainOnTheNextRequest() {
    String reference = unique();
    shopwedo.stubFor(post(urlPathEqualTo(SHOPWEDO_CREATE)).willReturn(aResponse().withStatus(504)));
    Map<String, Object> create = Map.of("input", Writes.shopwedoInput(reference));
    GraphQLClient.post(Writes.CREATE, create)
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"));

    GraphQLClient.post(Writes.RESOLVE, resolve(Provider.SHOPWEDO, reference, null, true))
        .body("data.resolveWrite.userErrors", is(List.of()))
        .body("data.resolveWrite.outcome.state", is("NOT_APPLIED"));
    shopwedoCreatesOrder123();
    GraphQLClient.post(Writes.CREATE, create)
        .body("errors", nullValue())
        .body("data.createOrder.order.providerId", is("123"));

    shopwedo.verify(2, postRequestedFor(urlPathEqualTo(SHOPWEDO_CREATE)));
    GraphQLClient.post(Writes.OUTCOME, outcomeOf(Provider.SHOPWEDO, reference))
        .body("data.writeOutcome.state", is("CREATED"))
        .body("data.writeOutcome.providerId", is("123"));
  }

  @Test
  void resolveWriteRefusesWhatItCannotRecordAndChangesNothing() {
    String unknownReference = unique();
    GraphQLClient.post(Writes.RESOLVE, resolve(Provider.SHOPWEDO, unknownReference, "123", null))
        .body("data.resolveWrite.outcome", nullValue())
        .body("data.resolveWrite.userErrors[0].code", is("NOT_FOUND"))
        .body("data.resolveWrite.userErrors[0].field", is(List.of("reference")));
    GraphQLClient.post(Writes.RESOLVE, resolve(Provider.SHOPWEDO, unknownReference, null, null))
        .body("data.resolveWrite.userErrors[0].code", is("REQUIRED"));
    GraphQLClient.post(Writes.RESOLVE, resolve(Provider.SHOPWEDO, unknownReference, "12x", null))
        .body("data.resolveWrite.userErrors[0].code", is("INVALID"))
        .body("data.resolveWrite.userErrors[0].field", is(List.of("providerId")));
    GraphQLClient.post(Writes.OUTCOME, outcomeOf(Provider.SHOPWEDO, unknownReference))
        .body("errors", nullValue())
        .body("data.writeOutcome", nullValue());

    String created = unique();
    shopwedoCreatesOrder123();
    GraphQLClient.post(Writes.CREATE, Map.of("input", Writes.shopwedoInput(created)))
        .body("errors", nullValue());
    GraphQLClient.post(Writes.RESOLVE, resolve(Provider.SHOPWEDO, created, null, true))
        .body("data.resolveWrite.userErrors[0].code", is("ALREADY_SETTLED"));
    GraphQLClient.post(Writes.OUTCOME, outcomeOf(Provider.SHOPWEDO, created))
        .body("data.writeOutcome.state", is("CREATED"))
        .body("data.writeOutcome.order.providerId", is("123"));
  }

  @Test
  void aShopwedoRefusalIsNotAppliedAndTheReferenceMayBeSentAgain() {
    String reference = unique();
    shopwedo.stubFor(
        post(urlPathEqualTo(SHOPWEDO_CREATE))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(TestResources.read("shopwedo/create-order-creation-failed.json"))));
    Map<String, Object> create = Map.of("input", Writes.shopwedoInput(reference));
    GraphQLClient.post(Writes.CREATE, create)
        .body("errors[0].extensions.code", is("PROVIDER_REJECTED"));
    GraphQLClient.post(Writes.OUTCOME, outcomeOf(Provider.SHOPWEDO, reference))
        .body("data.writeOutcome.state", is("NOT_APPLIED"));

    GraphQLClient.post(Writes.CREATE, create)
        .body("errors[0].extensions.code", is("PROVIDER_REJECTED"));
    shopwedo.verify(2, postRequestedFor(urlPathEqualTo(SHOPWEDO_CREATE)));
  }

  @Test
  void anUnknownVeeqoCreateIsSettledByTheOrderWhoseNumberIsExactlyTheReference() {
    String reference = unique();
    veeqo.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson("[]")));
    veeqo.stubFor(post(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(500)));
    Map<String, Object> create = Map.of("input", Writes.veeqoInput(reference));
    GraphQLClient.post(Writes.CREATE, create)
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"));

    // The free-text search also matches a longer number; only the exact one counts.
    String longer = Writes.veeqoOrder(reference + "-2").replace("13359622", "13359699");
    veeqo.stubFor(
        get(urlPathEqualTo("/orders"))
            .withQueryParam("query", equalTo(reference))
            .willReturn(okJson("[" + longer + "," + Writes.veeqoOrder(reference) + "]")));
    veeqo.stubFor(
        get(urlPathEqualTo("/orders/" + Writes.VEEQO_ORDER_ID))
            .willReturn(okJson(Writes.veeqoOrder(reference))));

    GraphQLClient.post(Writes.OUTCOME, outcomeOf(Provider.VEEQO, reference))
        .body("errors", nullValue())
        .body("data.writeOutcome.state", is("CREATED"))
        .body("data.writeOutcome.providerId", is(Writes.VEEQO_ORDER_ID));
    GraphQLClient.post(Writes.CREATE, create)
        .body("errors", nullValue())
        .body("data.createOrder.order.providerId", is(Writes.VEEQO_ORDER_ID))
        .body("data.createOrder.order.number", is(reference));

    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aVeeqoLookUpThatFindsOnlyLongerNumbersLeavesTheCreateUnknownAndUnsent() {
    String reference = unique();
    veeqo.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson("[]")));
    veeqo.stubFor(post(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(503)));
    Map<String, Object> create = Map.of("input", Writes.veeqoInput(reference));
    GraphQLClient.post(Writes.CREATE, create)
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"));
    veeqo.stubFor(
        get(urlPathEqualTo("/orders"))
            .willReturn(okJson("[" + Writes.veeqoOrder(reference + "1") + "]")));

    GraphQLClient.post(Writes.CREATE, create)
        .body("data", nullValue())
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"))
        .body("errors[0].extensions.reference", is(reference));

    veeqo.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
    veeqo.verify(
        getRequestedFor(urlPathEqualTo("/orders")).withQueryParam("query", equalTo(reference)));
  }

  @Test
  void veepeAnsweringADuplicateWith409GivesTheOrderItHoldsNeverASecondOne() {
    // veepe-api.txt: 409 "duplicate request"; the existing order carries the reference.
    String reference = "6338769";
    veepe.stubFor(
        post(urlPathEqualTo("/v1/orders"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"errorCode\": 1409, \"errorMessage\": \"duplicate request\"}")));
    veepe.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .willReturn(okJson(TestResources.read("veepe/orders-page.json"))));

    GraphQLClient.post(
            Writes.CREATE, Map.of("input", Writes.veepeInput(reference + "-" + unique())))
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"));
    GraphQLClient.post(Writes.CREATE, Map.of("input", Writes.veepeInput(reference)))
        .body("errors", nullValue())
        .body("data.createOrder.order.providerId", is("6d8bf86d-3758-45ae-ad67-0f682ba64f63"));

    veepe.verify(2, postRequestedFor(urlPathEqualTo("/v1/orders")));
  }

  @Test
  void writeOutcomeAndResolveWriteNeedTheOrdersWriteRole() {
    GraphQLClient.postWithKey(
            "test-orders-read", Writes.OUTCOME, outcomeOf(Provider.SHOPWEDO, "ANY-REF"))
        .body("data.writeOutcome", nullValue())
        .body("errors[0].extensions.code", is("FORBIDDEN"));
    GraphQLClient.postWithKey(
            "test-orders-read", Writes.RESOLVE, resolve(Provider.SHOPWEDO, "ANY-REF", null, true))
        .body("data", nullValue())
        .body("errors[0].extensions.code", is("FORBIDDEN"));
    GraphQLClient.postWithKey(
            "test-orders-write", Writes.OUTCOME, outcomeOf(Provider.SHOPWEDO, "ANY-REF"))
        .body("errors", nullValue())
        .body("data.writeOutcome", nullValue());
  }

  private void shopwedoCreatesOrder123() {
    shopwedo.stubFor(
        post(urlPathEqualTo(SHOPWEDO_CREATE))
            .willReturn(okJson(TestResources.read("shopwedo/create-order-created.json"))));
    shopwedo.stubFor(
        post(urlPathEqualTo(SHOPWEDO_GET))
            .willReturn(okJson(TestResources.read("shopwedo/get-order.json"))));
  }

  private static JsonPath createAnswer(Map<String, Object> variables) {
    return GraphQLClient.post(Writes.CREATE, variables).statusCode(200).extract().jsonPath();
  }

  private static Map<String, Object> outcomeOf(Provider provider, String reference) {
    return Map.of("provider", provider.name(), "reference", reference);
  }

  private static Map<String, Object> resolve(
      Provider provider, String reference, String providerId, Boolean notApplied) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("provider", provider.name());
    variables.put("reference", reference);
    variables.put("providerId", providerId);
    variables.put("notApplied", notApplied);
    return variables;
  }

  private static <T> List<T> concurrently(int times, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(times);
    try {
      List<Future<T>> running = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        running.add(pool.submit(call));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : running) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String unique() {
    return "REF-" + UUID.randomUUID().toString().substring(0, 18);
  }
}
