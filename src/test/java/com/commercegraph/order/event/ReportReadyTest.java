package com.commercegraph.order.event;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.NodeId;
import com.commercegraph.graphql.socket.SocketClient;
import com.commercegraph.provider.AnswersInTurn;
import com.commercegraph.provider.veepe.VeepeStubs;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code reportReady}: one event when VeePe's report is done, then the stream completes. */
@QuarkusTest
@TestProfile(LiveOrdersProfile.class)
class ReportReadyTest {

  private static final String REPORT_ID = "ab03a1b5-1179-4a68-9062-1921ffb01ae8";
  private static final String REPORT_PATH = "/v1/reports/" + REPORT_ID;
  private static final String READY =
      """
      subscription Ready($id: ID!) { reportReady(id: $id) { id status downloadUrl } }
      """;

  @TestHTTPResource("/graphql")
  URI graphql;

  @Test
  void oneEventOnceTheReportIsDoneThenTheStreamCompletes() {
    String pending = VeepeStubs.payload("report.json").replace("\"COMPLETED\"", "\"PENDING\"");
    AnswersInTurn.stub(
        VeepeStubs.server(),
        get(urlEqualTo(REPORT_PATH)),
        okJson(pending),
        okJson(pending),
        okJson(VeepeStubs.payload("report.json")));

    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket.start("r", READY, Map.of("id", id())).awaitMessage("complete", "r");
      assertThat(socket.results("r")).hasSize(1);
      JsonObject report =
          socket.results("r").get(0).getJsonObject("data").getJsonObject("reportReady");
      assertThat(report.getString("status")).isEqualTo("COMPLETED");
      assertThat(report.getString("id")).isEqualTo(id());
    }
    VeepeStubs.server().verify(3, getRequestedFor(urlEqualTo(REPORT_PATH)));
  }

  @Test
  void aReportVeepeDoesNotHaveIsAnErrorForThatSubscription() {
    VeepeStubs.server().stubFor(get(urlEqualTo(REPORT_PATH)).willReturn(notFound()));
    try (SocketClient socket =
        SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY)) {
      socket.start("r", READY, Map.of("id", id())).awaitMessage("complete", "r");
      JsonObject answer = socket.results("r").get(0);
      assertThat(
              answer
                  .getJsonArray("errors")
                  .getJsonObject(0)
                  .getJsonObject("extensions")
                  .getString("code"))
          .isEqualTo("BAD_USER_INPUT");
    }
  }

  @Test
  void itNeedsTheFinanceRole() {
    try (SocketClient socket = SocketClient.open(graphql).initWithKey("test-orders-read")) {
      socket.start("r", READY, Map.of("id", id())).awaitMessage("complete", "r");
      JsonObject answer = socket.results("r").get(0);
      assertThat(
              answer
                  .getJsonArray("errors")
                  .getJsonObject(0)
                  .getJsonObject("extensions")
                  .getString("code"))
          .isEqualTo("FORBIDDEN");
    }
    VeepeStubs.server().verify(0, getRequestedFor(urlEqualTo(REPORT_PATH)));
  }

  private static String id() {
    return NodeId.encode(Provider.VEEPE, EntityKind.REPORT, REPORT_ID);
  }
}
