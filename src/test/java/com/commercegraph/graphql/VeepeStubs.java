package com.commercegraph.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** VeePe's documented payloads (src/test/resources/veepe) and its token, for GraphQL tests. */
final class VeepeStubs {

  /** The access token of veepe/token.json, which every VeePe call must carry. */
  static final String BEARER = "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...";

  private VeepeStubs() {}

  static String json(String name) {
    try (InputStream in = VeepeStubs.class.getResourceAsStream("/veepe/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample veepe/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void stubToken(WireMockServer veepe) {
    veepe.stubFor(post(urlEqualTo("/v1/token")).willReturn(okJson(json("token.json"))));
  }
}
