package com.commercegraph.graphql.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A request refused before any GraphQL work, at the HTTP level (not JSON, no body, a parameter of
 * the wrong type, a batch too large, a mutation over GET): answered with its status code and a
 * GraphQL error body, whatever the media type asked for.
 */
final class HttpRefusal extends RuntimeException {

  private final int status;
  private final String code;

  HttpRefusal(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  static HttpRefusal badRequest(String message) {
    return new HttpRefusal(400, "BAD_REQUEST", message);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  JsonObject body() {
    return errorBody(getMessage(), code);
  }

  /** The GraphQL error shape every refusal of the gateway takes: a message and a code. */
  static JsonObject errorBody(String message, String code) {
    return new JsonObject()
        .put(
            "errors",
            new JsonArray()
                .add(
                    new JsonObject()
                        .put("message", message)
                        .put("extensions", new JsonObject().put("code", code))));
  }
}
