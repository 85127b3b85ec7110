package com.commercegraph.graphql;

import com.commercegraph.provider.recplus.RecplusWireMock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** REC+ answers and checks shared by the GraphQL write tests. */
final class RecplusStubs {

  static final String BASIC_AUTH =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(
                  (RecplusWireMock.USERNAME + ":" + RecplusWireMock.PASSWORD)
                      .getBytes(StandardCharsets.UTF_8));

  private RecplusStubs() {}

  static String resource(String name) {
    try (InputStream in =
        RecplusStubs.class.getClassLoader().getResourceAsStream("recplus/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test payload recplus/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** recplus-api.txt: "400 for missing requirements", with its documented error body. */
  static ResponseDefinitionBuilder error(int status, String message) {
    return WireMock.aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(
            """
            {"errors": [{"status": %d, "message": "%s"}]}
            """
                .formatted(status, message));
  }

  private static boolean warm;

  /**
   * The first REC+ write of a test JVM can take longer than the tests' 1s read timeout on a busy
   * machine (connection, serializers, WireMock's first match), which a real write would report as
   * OUTCOME_UNKNOWN. One dry run first, which the gateway may retry, takes that cost out of the
   * tests; then the server is reset.
   */
  static void warmUp(WireMockServer recplus) {
    if (warm) {
      return;
    }
    recplus.stubFor(
        WireMock.post(WireMock.urlPathEqualTo("/api/v1/stock/warm-up"))
            .willReturn(WireMock.okJson("{}")));
    recplus.stubFor(
        WireMock.get(WireMock.urlPathEqualTo("/api/v1/stock/warm-up"))
            .willReturn(WireMock.okJson("{\"code\": \"warm-up\", \"stock\": 1}")));
    GraphQLClient.post(
        """
        mutation { setStockLevel(provider: RECPLUS, sku: "warm-up", onHand: 1, dryRun: true) {
          diff } }
        """);
    recplus.resetAll();
    warm = true;
  }

  static List<LoggedRequest> allRequests(WireMockServer recplus) {
    return recplus.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()));
  }
}
