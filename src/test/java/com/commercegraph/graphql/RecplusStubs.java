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

  static List<LoggedRequest> allRequests(WireMockServer recplus) {
    return recplus.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()));
  }
}
