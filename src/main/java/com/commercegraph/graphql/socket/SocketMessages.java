package com.commercegraph.graphql.socket;

import jakarta.json.Json;

/** The server's messages of both subprotocols, as JSON text. */
final class SocketMessages {

  private SocketMessages() {}

  static String ofType(String type) {
    return "{\"type\":" + Json.createValue(type) + "}";
  }

  /** One result; {@code body} is the GraphQL response ({@code data}, {@code errors}) as JSON. */
  static String data(SocketProtocol protocol, String id, String body) {
    return "{\"type\":"
        + Json.createValue(protocol.data())
        + ",\"id\":"
        + Json.createValue(id)
        + ",\"payload\":"
        + body
        + "}";
  }

  static String complete(String id) {
    return "{\"type\":\"complete\",\"id\":" + Json.createValue(id) + "}";
  }

  /**
   * An operation that did not run (invalid, refused): graphql-transport-ws's {@code error} carries
   * the errors array; the older graphql-ws carries them as a result without data, then completes.
   */
  static String error(SocketProtocol protocol, String id, String errorsArray) {
    if (protocol == SocketProtocol.TRANSPORT_WS) {
      return "{\"type\":\"error\",\"id\":"
          + Json.createValue(id)
          + ",\"payload\":"
          + errorsArray
          + "}";
    }
    return data(protocol, id, "{\"errors\":" + errorsArray + "}");
  }

  /** One error with a code, as the errors array of {@link #error}. */
  static String errors(String message, String code) {
    return Json.createArrayBuilder()
        .add(
            Json.createObjectBuilder()
                .add("message", message)
                .add("extensions", Json.createObjectBuilder().add("code", code)))
        .build()
        .toString();
  }

  /** The older protocol's refusal of {@code connection_init}, sent before the socket closes. */
  static String connectionError(String message) {
    return Json.createObjectBuilder()
        .add("type", "connection_error")
        .add("payload", Json.createObjectBuilder().add("message", message))
        .build()
        .toString();
  }
}
