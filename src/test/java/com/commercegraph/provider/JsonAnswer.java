package com.commercegraph.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** A provider's answer with a JSON body and any status: an error body, a malformed success. */
public final class JsonAnswer {

  private JsonAnswer() {}

  public static ResponseDefinitionBuilder of(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}
