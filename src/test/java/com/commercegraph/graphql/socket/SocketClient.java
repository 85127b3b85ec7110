package com.commercegraph.graphql.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A GraphQL WebSocket client as a browser library would be, on the JDK's own WebSocket: it opens
 * {@code /graphql} with a subprotocol, sends the protocol's messages and keeps every message the
 * gateway sent, and how the socket closed. It can stop reading, as a slow client does.
 */
public final class SocketClient implements WebSocket.Listener, AutoCloseable {

  public static final String TRANSPORT_WS = "graphql-transport-ws";
  public static final String LEGACY_WS = "graphql-ws";

  private final List<JsonObject> received = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private final String protocol;
  private volatile boolean reading = true;
  private WebSocket socket;

  private SocketClient(String protocol) {
    this.protocol = protocol;
  }

  /** Opens a socket on the gateway at {@code graphqlUrl} (http://.../graphql). */
  public static SocketClient open(URI graphqlUrl, String protocol, Map<String, String> headers) {
    SocketClient client = new SocketClient(protocol);
    URI ws = URI.create(graphqlUrl.toString().replaceFirst("^http", "ws"));
    WebSocket.Builder builder =
        HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(protocol);
    headers.forEach(builder::header);
    client.socket = builder.buildAsync(ws, client).orTimeout(10, TimeUnit.SECONDS).join();
    return client;
  }

  public static SocketClient open(URI graphqlUrl) {
    return open(graphqlUrl, TRANSPORT_WS, Map.of());
  }

  /** Sends {@code connection_init} with this payload (null for none). */
  public SocketClient init(Map<String, Object> payload) {
    JsonObject message = new JsonObject().put("type", "connection_init");
    if (payload != null) {
      message.put("payload", new JsonObject(payload));
    }
    return send(message);
  }

  /** {@code connection_init} with an API key, then waits for {@code connection_ack}. */
  public SocketClient initWithKey(String key) {
    init(Map.of("X-API-Key", key));
    awaitMessage("connection_ack", null);
    return this;
  }

  /** Starts an operation ({@code subscribe}, or {@code start} in the older protocol). */
  public SocketClient start(String id, String document, Map<String, Object> variables) {
    String type = protocol.equals(TRANSPORT_WS) ? "subscribe" : "start";
    return send(
        new JsonObject()
            .put("type", type)
            .put("id", id)
            .put(
                "payload",
                new JsonObject()
                    .put("query", document)
                    .put("variables", new JsonObject(variables))));
  }

  /**
   * As {@link #start}, on a connection the gateway may already have closed (after a refused {@code
   * connection_init}): then the client refuses to send, and nothing goes out.
   */
  public SocketClient startUnlessClosed(String id, String document, Map<String, Object> variables) {
    try {
      return start(id, document, variables);
    } catch (CompletionException e) {
      if (!(e.getCause() instanceof IOException)) {
        throw e;
      }
      return this;
    }
  }

  public SocketClient stop(String id) {
    String type = protocol.equals(TRANSPORT_WS) ? "complete" : "stop";
    return send(new JsonObject().put("type", type).put("id", id));
  }

  public SocketClient send(JsonObject message) {
    socket.sendText(message.encode(), true).join();
    return this;
  }

  /** Stops taking messages off the connection, as a client too slow to keep up. */
  public void stopReading() {
    reading = false;
  }

  /** Takes messages off the connection again. */
  public void resumeReading() {
    reading = true;
    socket.request(1);
  }

  /** Every message received so far of this type and, unless null, for this operation id. */
  public List<JsonObject> messages(String type, String id) {
    return received.stream()
        .filter(m -> type.equals(m.getString("type")))
        .filter(m -> id == null || id.equals(m.getString("id")))
        .toList();
  }

  /** The results ({@code next}/{@code data}) of one operation so far. */
  public List<JsonObject> results(String id) {
    return messages(protocol.equals(TRANSPORT_WS) ? "next" : "data", id).stream()
        .map(m -> m.getJsonObject("payload"))
        .toList();
  }

  public JsonObject awaitMessage(String type, String id) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !messages(type, id).isEmpty() || closed.isDone());
    assertThat(messages(type, id)).as("%s for %s (closed: %s)", type, id, closeCode()).isNotEmpty();
    return messages(type, id).get(0);
  }

  /** Waits for the gateway to close the socket and answers the close code. */
  public int awaitClose() {
    return closed.orTimeout(15, TimeUnit.SECONDS).join();
  }

  public Integer closeCode() {
    return closed.getNow(null);
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      received.add(new JsonObject(partial.toString()));
      partial.setLength(0);
    }
    if (reading) {
      webSocket.request(1);
    }
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
    }
    socket.abort();
  }
}
