package com.commercegraph.provider.veepe;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** VeePe's documented payloads (src/test/resources/veepe) and the stubs every test needs. */
final class VeepeSamples {

  static final String TOKEN_PATH = "/v1/token";
  static final String SAMPLE_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...";

  private VeepeSamples() {}

  static String json(String name) {
    try (InputStream in = VeepeSamples.class.getResourceAsStream("/veepe/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample veepe/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documented token answer: valid for an hour, so one token serves a whole test. */
  static void stubToken(WireMockServer wireMock) {
    wireMock.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(json("token.json"))));
  }

  static String tokenAnswer(String accessToken, long expiresIn) {
    return """
        {"access_token": "%s", "token_type": "Bearer", "expires_in": %d, "scope": "openid"}
        """
        .formatted(accessToken, expiresIn);
  }

  static String error(Object errorCode, String errorMessage) {
    String code = errorCode instanceof Number ? errorCode.toString() : "\"" + errorCode + "\"";
    return """
        {"errorCode": %s, "errorMessage": "%s"}
        """
        .formatted(code, errorMessage);
  }
}
