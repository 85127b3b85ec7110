package com.commercegraph.graphql.socket;

import java.util.Optional;

/**
 * The two GraphQL-over-WebSocket subprotocols the gateway speaks, with the message names each one
 * gives the same step: {@code graphql-transport-ws} (the graphql-ws library, Apollo Client, urql,
 * GraphiQL) and the older {@code graphql-ws} of subscriptions-transport-ws.
 */
enum SocketProtocol {
  TRANSPORT_WS("graphql-transport-ws", "subscribe", "complete", "next"),
  LEGACY_WS("graphql-ws", "start", "stop", "data");

  private final String subprotocol;
  private final String start;
  private final String stop;
  private final String data;

  SocketProtocol(String subprotocol, String start, String stop, String data) {
    this.subprotocol = subprotocol;
    this.start = start;
    this.stop = stop;
    this.data = data;
  }

  static Optional<SocketProtocol> named(String subprotocol) {
    for (SocketProtocol protocol : values()) {
      if (protocol.subprotocol.equals(subprotocol)) {
        return Optional.of(protocol);
      }
    }
    return Optional.empty();
  }

  String subprotocol() {
    return subprotocol;
  }

  /** The client's message that starts an operation. */
  String start() {
    return start;
  }

  /** The client's message that ends an operation early. */
  String stop() {
    return stop;
  }

  /** The server's message carrying one result. */
  String data() {
    return data;
  }
}
