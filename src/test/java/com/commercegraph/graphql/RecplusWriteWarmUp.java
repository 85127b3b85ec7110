package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.commercegraph.provider.recplus.RecplusStubs;

/**
 * The first REC+ write of a test JVM can take longer than the tests' 1s read timeout on a busy
 * machine (connection, serializers, WireMock's first match), which a real write would report as
 * OUTCOME_UNKNOWN. One dry run first, which the gateway may retry, takes that cost out of the
 * tests; then the server is reset.
 */
public final class RecplusWriteWarmUp {

  private static boolean warm;

  private RecplusWriteWarmUp() {}

  public static void once() {
    if (warm) {
      return;
    }
    RecplusStubs.server()
        .stubFor(
            post(urlPathEqualTo(RecplusStubs.API + "/stock/warm-up")).willReturn(okJson("{}")));
    RecplusStubs.server()
        .stubFor(
            get(urlPathEqualTo(RecplusStubs.API + "/stock/warm-up"))
                .willReturn(okJson("{\"code\": \"warm-up\", \"stock\": 1}")));
    GraphQLClient.post(
        """
        mutation { setStockLevel(provider: RECPLUS, sku: "warm-up", onHand: 1, dryRun: true) {
          diff } }
        """);
    RecplusStubs.server().resetAll();
    warm = true;
  }
}
