package com.commercegraph.write;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.TestResources;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A create slower than the request's deadline: the client is answered OUTCOME_UNKNOWN at the
 * deadline, the write keeps running, and its late answer is recorded when it arrives, so the same
 * mutation then answers that order (or, after a late refusal, may send again) without a second
 * create while it ran.
 */
@QuarkusTest
@TestProfile(LateAnswerTest.ShortDeadline.class)
class LateAnswerTest {

  /** The deadline well inside ShopWeDo's read timeout, so a slow answer still arrives. */
  public static class ShortDeadline implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("commerce.requests.deadline", "700ms", "shopwedo.read-timeout", "15s");
    }
  }

  private static final String CREATE = "/admin/api/createOrder";

  private final WireMockServer shopwedo = ProviderServers.of(Provider.SHOPWEDO);

  @BeforeEach
  void reset() {
    // The SKU look-up before a create is a read within the same 700ms: the first ShopWeDo call of
    // a test JVM can outlast that on a busy machine (a PROVIDER_TIMEOUT, nothing sent). One stock
    // read first takes that cost out of the test.
    GraphQLClient.post(
        "{ stockLevels(filter: {providers: [SHOPWEDO]}, first: 1) { edges { node { sku } } } }");
    ProviderServers.forgetRequests();
    shopwedo.stubFor(
        post(urlPathEqualTo("/admin/api/getOrder"))
            .willReturn(okJson(TestResources.read("shopwedo/get-order.json"))));
  }

  @Test
  void aCreateSlowerThanTheDeadlineIsUnknownNowAndItsOrderOnceShopwedoAnswers() {
    String reference = "LATE-" + UUID.randomUUID();
    shopwedo.stubFor(
        post(urlPathEqualTo(CREATE))
            .willReturn(
                okJson(TestResources.read("shopwedo/create-order-created.json"))
                    .withFixedDelay(5_000)));
    Map<String, Object> create = Map.of("input", Writes.shopwedoInput(reference));

    GraphQLClient.post(Writes.CREATE, create)
        .body("data", nullValue())
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"))
        .body("errors[0].extensions.reference", is(reference));
    // Still being sent: a repeat waits its own deadline, then says so, and sends nothing.
    GraphQLClient.post(Writes.OUTCOME, outcome(reference))
        .body("data.writeOutcome.state", is("PENDING"));
    GraphQLClient.post(Writes.CREATE, create)
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                GraphQLClient.post(Writes.OUTCOME, outcome(reference))
                    .body("data.writeOutcome.state", is("CREATED")));
    GraphQLClient.post(Writes.CREATE, create)
        .body("errors", nullValue())
        .body("data.createOrder.order.providerId", is(Writes.SHOPWEDO_ORDER_ID));

    shopwedo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
  }

  @Test
  void aLateRefusalIsRecordedAsNotAppliedSoTheReferenceMayBeSentAgain() {
    String reference = "LATE-" + UUID.randomUUID();
    shopwedo.stubFor(
        post(urlPathEqualTo(CREATE))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(TestResources.read("shopwedo/create-order-creation-failed.json"))
                    .withFixedDelay(1_500)));

    GraphQLClient.post(Writes.CREATE, Map.of("input", Writes.shopwedoInput(reference)))
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                GraphQLClient.post(Writes.OUTCOME, outcome(reference))
                    .body("data.writeOutcome.state", is("NOT_APPLIED")));
    shopwedo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
  }

  private static Map<String, Object> outcome(String reference) {
    return Map.of("provider", "SHOPWEDO", "reference", reference);
  }
}
