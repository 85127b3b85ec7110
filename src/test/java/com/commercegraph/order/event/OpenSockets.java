package com.commercegraph.order.event;

import static org.awaitility.Awaitility.await;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.graphql.socket.SocketClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The sockets one live-order test opened: all closed after it, and the next test starts once their
 * subscriptions are gone (so none of them hears the next test's events or keeps polls going).
 */
final class OpenSockets {

  private final List<SocketClient> sockets = new ArrayList<>();

  SocketClient add(SocketClient socket) {
    sockets.add(socket);
    return socket;
  }

  /** A socket of a caller with every role, past {@code connection_ack}. */
  SocketClient open(URI graphql) {
    return add(SocketClient.open(graphql).initWithKey(GraphQLClient.EVERY_ROLE_KEY));
  }

  SocketClient get(int index) {
    return sockets.get(index);
  }

  void closeAll(OrderEventStream stream) {
    sockets.forEach(SocketClient::close);
    sockets.clear();
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.subscribers() == 0);
  }
}
