package com.commercegraph.write;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.NodeId;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.TestResources;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every provider write, answered with each failure that does not prove a refusal (500, 502, 503,
 * 504, 408, a read timeout, a connection reset after the request left): the client sees
 * OUTCOME_UNKNOWN naming the provider (and the reference, where the write has one), never a
 * failure, and exactly one request reached the provider. VeePe's create is the one write its
 * provider makes idempotent (merchantOrderReference), so it is retried with the very same body.
 */
@QuarkusTest
class WriteFaultsTest {

  private final WireMockServer veeqo = ProviderServers.of(Provider.VEEQO);

  private final WireMockServer veepe = ProviderServers.of(Provider.VEEPE);

  private final WireMockServer recplus = ProviderServers.of(Provider.RECPLUS);

  private final WireMockServer shopwedo = ProviderServers.of(Provider.SHOPWEDO);

  /** A failure that leaves a write's outcome open. The tests' read timeout is 1s. */
  enum Failure {
    HTTP_500(aResponse().withStatus(500)),
    HTTP_502(aResponse().withStatus(502)),
    HTTP_503(aResponse().withStatus(503).withHeader("Retry-After", "1")),
    HTTP_504(aResponse().withStatus(504)),
    HTTP_408(aResponse().withStatus(408)),
    READ_TIMEOUT(okJson("{}").withFixedDelay(1_500)),
    RESET(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    final ResponseDefinitionBuilder answer;

    Failure(ResponseDefinitionBuilder answer) {
      this.answer = answer;
    }
  }

  /** One provider write: what it needs beforehand, the request that writes, and the mutation. */
  enum Write {
    VEEQO_CREATE(
        Provider.VEEQO,
        "createOrder",
        Writes.CREATE,
        reference -> Map.of("input", Writes.veeqoInput(reference)),
        post(urlPathEqualTo("/orders")),
        postRequestedFor(urlPathEqualTo("/orders")),
        true),
    SHOPWEDO_CREATE(
        Provider.SHOPWEDO,
        "createOrder",
        Writes.CREATE,
        reference -> Map.of("input", Writes.shopwedoInput(reference)),
        post(urlPathEqualTo("/admin/api/createOrder")),
        postRequestedFor(urlPathEqualTo("/admin/api/createOrder")),
        true),
    SHOPWEDO_CANCEL(
        Provider.SHOPWEDO,
        "cancelOrder",
        """
        mutation Cancel($id: ID!) {
          cancelOrder(id: $id) { order { status } userErrors { code } }
        }
        """,
        reference -> Map.of("id", NodeId.encode(Provider.SHOPWEDO, EntityKind.ORDER, "123")),
        post(urlPathEqualTo("/admin/api/cancelOrder")),
        postRequestedFor(urlPathEqualTo("/admin/api/cancelOrder")),
        false),
    VEEPE_TRANSITION(
        Provider.VEEPE,
        "transitionOrder",
        """
        mutation Move($id: ID!) {
          transitionOrder(id: $id, to: PROCESSING) { order { status } userErrors { code } }
        }
        """,
        reference -> Map.of("id", VEEPE_ORDER_NODE),
        put(urlPathEqualTo("/v1/orders/" + VEEPE_ORDER + "/status")),
        putRequestedFor(urlPathEqualTo("/v1/orders/" + VEEPE_ORDER + "/status")),
        false),
    RECPLUS_STOCK_SET(
        Provider.RECPLUS,
        "setStockLevel",
        """
        mutation SetStock {
          setStockLevel(provider: RECPLUS, sku: "Sauce-997706", onHand: 3) {
            stockLevel { onHand } userErrors { code }
          }
        }
        """,
        reference -> Map.of(),
        post(urlPathEqualTo("/api/v1/stock/Sauce-997706")),
        postRequestedFor(urlPathEqualTo("/api/v1/stock/Sauce-997706")),
        false),
    RECPLUS_STATUS_SET(
        Provider.RECPLUS,
        "setOrderProviderStatus",
        """
        mutation SetStatus($id: ID!) {
          setOrderProviderStatus(id: $id, providerStatus: "Dispatched") {
            order { providerStatus } userErrors { code }
          }
        }
        """,
        reference -> Map.of("id", NodeId.encode(Provider.RECPLUS, EntityKind.ORDER, "112312")),
        post(urlPathEqualTo("/api/v1/orders/112312")),
        postRequestedFor(urlPathEqualTo("/api/v1/orders/112312")),
        false),
    VEEQO_CHANNEL_CREATE(
        Provider.VEEQO,
        "createAmazonChannel",
        """
        mutation Channel {
          createAmazonChannel(input: {name: "Amazon US", shortName: "AZ", currencyCode: "USD"}) {
            channel { id } userErrors { code }
          }
        }
        """,
        reference -> Map.of(),
        post(urlPathEqualTo("/channels")),
        postRequestedFor(urlPathEqualTo("/channels")),
        false),
    VEEQO_CHANNEL_SELLABLE_LINK(
        Provider.VEEQO,
        "linkChannelSellable",
        """
        mutation Link($channelId: ID!) {
          linkChannelSellable(input: {channelId: $channelId, sellableId: "111222333",
                                      remoteId: "B0EXAMPLE123", remoteTitle: "Blue Bottle"}) {
            channelSellable { id } userErrors { code }
          }
        }
        """,
        reference -> Map.of("channelId", NodeId.encode(Provider.VEEQO, EntityKind.CHANNEL, "7")),
        post(urlPathEqualTo("/api/v2/channel_sellables")),
        postRequestedFor(urlPathEqualTo("/api/v2/channel_sellables")),
        false);

    final Provider provider;
    final String field;
    final String document;
    final Function<String, Map<String, Object>> variables;
    final MappingBuilder request;
    final RequestPatternBuilder sent;
    final boolean hasReference;

    Write(
        Provider provider,
        String field,
        String document,
        Function<String, Map<String, Object>> variables,
        MappingBuilder request,
        RequestPatternBuilder sent,
        boolean hasReference) {
      this.provider = provider;
      this.field = field;
      this.document = document;
      this.variables = variables;
      this.request = request;
      this.sent = sent;
      this.hasReference = hasReference;
    }
  }

  // veepe/order.json: CONFIRMED, so PROCESSING is an allowed transition.
  static final String VEEPE_ORDER = "6d8bf86d-3758-45ae-ad67-0f682ba64f63";
  static final String VEEPE_ORDER_NODE =
      NodeId.encode(Provider.VEEPE, EntityKind.ORDER, VEEPE_ORDER);

  private final Map<Provider, WireMockServer> servers = new EnumMap<>(Provider.class);

  @BeforeEach
  void reset() {
    servers.put(Provider.VEEQO, veeqo);
    servers.put(Provider.VEEPE, veepe);
    servers.put(Provider.RECPLUS, recplus);
    servers.put(Provider.SHOPWEDO, shopwedo);
    // What the writes read before they write: Veeqo's look-up of the reference, VeePe's token
    // and the order whose lifecycle is checked.
    veeqo.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson("[]")));
    veepe.stubFor(
        get(urlPathEqualTo("/v1/orders/" + VEEPE_ORDER))
            .willReturn(okJson(TestResources.read("veepe/order.json"))));
  }

  static Stream<Arguments> everyWriteAndFailure() {
    return Arrays.stream(Write.values())
        .flatMap(write -> Arrays.stream(Failure.values()).map(f -> Arguments.of(write, f)));
  }

  @ParameterizedTest(name = "{0} answered {1}")
  @MethodSource("everyWriteAndFailure")
  void aFailureThatProvesNoRefusalIsOutcomeUnknownAndTheWriteWasSentOnce(
      Write write, Failure failure) {
    WireMockServer server = servers.get(write.provider);
    server.stubFor(write.request.willReturn(failure.answer));
    String reference = "FAULT-" + UUID.randomUUID();

    ValidatableResponse answer =
        GraphQLClient.post(write.document, write.variables.apply(reference))
            .statusCode(200)
            .body("data", nullValue())
            .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"))
            .body("errors[0].extensions.provider", is(write.provider.name()));
    if (write.hasReference) {
      answer.body("errors[0].extensions.reference", is(reference));
    }
    server.verify(1, write.sent);
  }

  @ParameterizedTest
  @EnumSource(Failure.class)
  void veepeCreateIsRetriedWithTheVeryBodyAndStaysOutcomeUnknown(Failure failure) {
    veepe.stubFor(post(urlPathEqualTo("/v1/orders")).willReturn(failure.answer));
    String reference = "FAULT-" + UUID.randomUUID();

    GraphQLClient.post(Writes.CREATE, Map.of("input", Writes.veepeInput(reference)))
        .statusCode(200)
        .body("data", nullValue())
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"))
        .body("errors[0].extensions.provider", is("VEEPE"))
        .body("errors[0].extensions.reference", is(reference));
    List<LoggedRequest> sent = veepe.findAll(postRequestedFor(urlPathEqualTo("/v1/orders")));
    // veepe-api.txt: a repeated merchantOrderReference returns the existing order.
    assertThat(sent).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(sent.stream().map(LoggedRequest::getBodyAsString).distinct()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(
      value = Failure.class,
      names = {"HTTP_500", "HTTP_503", "RESET"})
  void aRepeatedCreateAfterAnUnknownOutcomeAtShopwedoIsNeverSentAgain(Failure failure) {
    shopwedo.stubFor(post(urlPathEqualTo("/admin/api/createOrder")).willReturn(failure.answer));
    String reference = "FAULT-" + UUID.randomUUID();
    Map<String, Object> variables = new HashMap<>(Map.of("input", Writes.shopwedoInput(reference)));

    GraphQLClient.post(Writes.CREATE, variables)
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"));
    GraphQLClient.post(Writes.CREATE, variables)
        .body("data", nullValue())
        .body("errors[0].extensions.code", is("OUTCOME_UNKNOWN"))
        .body("errors[0].extensions.reference", is(reference));

    shopwedo.verify(1, postRequestedFor(urlPathEqualTo("/admin/api/createOrder")));
  }
}
