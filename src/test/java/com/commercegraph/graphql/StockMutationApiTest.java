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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.provider.recplus.RecplusStubs;
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

/**
 * {@code setStockLevel} over HTTP against REC+: the exact request, dry runs, refusals, failures.
 */
@QuarkusTest
class StockMutationApiTest {

  private static final String CODE = RecplusStubs.STOCK_CODE;
  private static final String STOCK_PATH = RecplusStubs.STOCK_PATH;

  private static final String SET_STOCK =
      """
      mutation SetStock($provider: Provider!, $sku: String!, $onHand: Int!, $dryRun: Boolean) {
        setStockLevel(provider: $provider, sku: $sku, onHand: $onHand, dryRun: $dryRun) {
          stockLevel { id provider sku onHand available }
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

  private static Map<String, Object> args(Object provider, String sku, int onHand, Boolean dryRun) {
    Map<String, Object> args = new HashMap<>();
    args.put("provider", provider);
    args.put("sku", sku);
    args.put("onHand", onHand);
    args.put("dryRun", dryRun);
    return args;
  }

  @Test
  void setStockLevelPostsCodeAndStockOnceAndReturnsTheLevelReadBack() {
    RecplusStubs.writeAnswers(STOCK_PATH, aResponse().withStatus(204));
    RecplusStubs.stockIs(3);

    GraphQLClient.post(SET_STOCK, args("RECPLUS", CODE, 3, false))
        .spec(MutationAnswer.accepted("setStockLevel"))
        .body("data.setStockLevel.diff", nullValue())
        .body("data.setStockLevel.stockLevel.provider", is("RECPLUS"))
        .body("data.setStockLevel.stockLevel.sku", is(CODE))
        .body("data.setStockLevel.stockLevel.onHand", is(3));

    recplus.verify(
        1,
        postRequestedFor(urlEqualTo(STOCK_PATH))
            .withHeader("Authorization", equalTo(RecplusStubs.BASIC_AUTH))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("{\"code\": \"" + CODE + "\", \"stock\": 3}")));
    recplus.verify(
        1,
        getRequestedFor(urlEqualTo(STOCK_PATH))
            .withHeader("Authorization", equalTo(RecplusStubs.BASIC_AUTH)));
    assertThat(RecplusStubs.allRequests()).hasSize(2);
  }

  @Test
  void zeroIsAValidCountAndDryRunLeftOutIsARealWrite() {
    RecplusStubs.writeAnswers(STOCK_PATH, aResponse().withStatus(204));
    RecplusStubs.stockIs(0);

    GraphQLClient.post(SET_STOCK, args("RECPLUS", CODE, 0, null))
        .body("errors", nullValue())
        .body("data.setStockLevel.stockLevel.onHand", is(0));

    recplus.verify(
        1,
        postRequestedFor(urlEqualTo(STOCK_PATH))
            .withRequestBody(equalToJson("{\"code\": \"" + CODE + "\", \"stock\": 0}")));
  }

  /**
   * An absolute count is the same state however often it is applied, and a recount may set the same
   * number again on purpose after sales took some: the gateway does not swallow a repeat.
   */
  @Test
  void theSameSetTwiceIsSentTwiceBecauseItIsAnAbsoluteCount() {
    RecplusStubs.writeAnswers(STOCK_PATH, aResponse().withStatus(204));
    RecplusStubs.stockIs(3);

    for (int i = 0; i < 2; i++) {
      GraphQLClient.post(SET_STOCK, args("RECPLUS", CODE, 3, false))
          .body("errors", nullValue())
          .body("data.setStockLevel.stockLevel.onHand", is(3));
    }

    recplus.verify(
        2,
        postRequestedFor(urlEqualTo(STOCK_PATH))
            .withRequestBody(equalToJson("{\"code\": \"" + CODE + "\", \"stock\": 3}")));
  }

  @Test
  void dryRunSendsDiffOnlyAndReturnsRecplusDiffWithTheStockUnchanged() {
    String diff = "{\"stock\": {\"from\": 84, \"to\": 3}}";
    recplus.stubFor(
        post(urlPathEqualTo(STOCK_PATH))
            .withQueryParam("diffOnly", equalTo("true"))
            .willReturn(okJson(diff)));
    RecplusStubs.stockIs(84);

    GraphQLClient.post(SET_STOCK, args("RECPLUS", CODE, 3, true))
        .spec(MutationAnswer.accepted("setStockLevel"))
        .body("data.setStockLevel.diff", is(diff))
        .body("data.setStockLevel.stockLevel.onHand", is(84));

    recplus.verify(
        1,
        postRequestedFor(urlEqualTo(STOCK_PATH + "?diffOnly=true"))
            .withHeader("Authorization", equalTo(RecplusStubs.BASIC_AUTH))
            .withRequestBody(equalToJson("{\"code\": \"" + CODE + "\", \"stock\": 3}")));
    recplus.verify(0, postRequestedFor(urlEqualTo(STOCK_PATH)));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("VEEQO", CODE, 3, "provider", "UNSUPPORTED"),
        Arguments.of("SHOPWEDO", CODE, 3, "provider", "UNSUPPORTED"),
        Arguments.of("RECPLUS", "", 3, "sku", "REQUIRED"),
        Arguments.of("RECPLUS", "   ", 3, "sku", "REQUIRED"),
        Arguments.of("RECPLUS", "../orders/1", 3, "sku", "INVALID"),
        Arguments.of("RECPLUS", "Sauce 1?x=1", 3, "sku", "INVALID"),
        Arguments.of("RECPLUS", "x".repeat(101), 3, "sku", "INVALID"),
        Arguments.of("RECPLUS", CODE, -1, "onHand", "INVALID"),
        Arguments.of("RECPLUS", CODE, 100_000_001, "onHand", "INVALID"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void invalidInputIsAUserErrorOnItsArgumentAndRecplusIsNotCalled(
      String provider, String sku, int onHand, String field, String code) {
    for (Boolean dryRun : new Boolean[] {false, true}) {
      GraphQLClient.post(SET_STOCK, args(provider, sku, onHand, dryRun))
          .spec(MutationAnswer.refused("setStockLevel", "stockLevel", List.of(field), code));
    }
    assertThat(RecplusStubs.allRequests()).isEmpty();
  }

  @Test
  void aCodeRecplusDoesNotKnowIsANotFoundUserError() {
    RecplusStubs.writeAnswers(STOCK_PATH, RecplusStubs.error(404, "Stock not found"));

    GraphQLClient.post(SET_STOCK, args("RECPLUS", CODE, 3, false))
        .spec(MutationAnswer.refused("setStockLevel", "stockLevel", List.of("sku"), "NOT_FOUND"));

    RecplusStubs.assertWrittenOnceNotReadBack(STOCK_PATH);
  }

  @Test
  void recplusRefusingTheUpdateIsAProviderRejectedError() {
    RecplusStubs.writeAnswers(STOCK_PATH, RecplusStubs.error(400, "Missing required field: stock"));

    GraphQLClient.post(SET_STOCK, args("RECPLUS", CODE, 3, false))
        .body("data.setStockLevel", nullValue())
        .spec(FirstError.of("PROVIDER_REJECTED", "RECPLUS"));

    RecplusStubs.assertWrittenOnceNotReadBack(STOCK_PATH);
  }

  @Test
  void aStockWriteThatTimesOutIsOutcomeUnknownSentExactlyOnce() {
    RecplusStubs.writeAnswers(STOCK_PATH, aResponse().withStatus(204).withFixedDelay(1500));
    RecplusStubs.stockIs(3);

    GraphQLClient.post(SET_STOCK, args("RECPLUS", CODE, 3, false))
        .body("data.setStockLevel", nullValue())
        .spec(FirstError.outcomeUnknown("RECPLUS", CODE));

    RecplusStubs.assertWrittenOnceNotReadBack(STOCK_PATH);
  }

  @Test
  void aFailedReadBackAfterTheWriteStillReturnsThePayloadBesideTheError() {
    RecplusStubs.writeAnswers(STOCK_PATH, aResponse().withStatus(204));
    RecplusStubs.readAnswers(STOCK_PATH, RecplusStubs.error(400, "Bad request"));

    GraphQLClient.post(SET_STOCK, args("RECPLUS", CODE, 3, false))
        .body("data.setStockLevel.stockLevel", nullValue())
        .body("data.setStockLevel.userErrors", empty())
        .spec(FirstError.of("PROVIDER_REJECTED", "RECPLUS"));

    recplus.verify(1, postRequestedFor(urlPathEqualTo(STOCK_PATH)));
  }
}
