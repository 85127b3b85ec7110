package com.commercegraph.graphql.socket;

import com.commercegraph.graphql.socket.SocketCallers.Caller;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * One GraphQL socket: {@code connection_init} authenticates the caller (closing with 4401 when no
 * credential came, 4403 when it was refused, both before any result), then each operation runs on a
 * worker thread as its caller ({@link OperationRunner}); a subscription streams its results until
 * it completes, the client stops it or the socket closes. Close codes are those of the
 * graphql-transport-ws protocol.
 */
final class SocketConnection {

  static final short BAD_MESSAGE = 4400;
  static final short UNAUTHORIZED = 4401;
  static final short FORBIDDEN = 4403;
  static final short INIT_TIMEOUT = 4408;
  static final short DUPLICATE_ID = 4409;
  static final short TOO_MANY = 4429;

  private static final Logger LOG = Logger.getLogger(SocketConnection.class);

  private final ServerWebSocket socket;
  private final RoutingContext upgrade;
  private final SocketProtocol protocol;
  private final SocketServices services;
  private final Vertx vertx;
  private final Map<String, SocketOperation> operations = new ConcurrentHashMap<>();
  private final AtomicBoolean initReceived = new AtomicBoolean();
  private final Queue<Runnable> waitingForDrain = new ArrayDeque<>();
  private volatile Caller caller;
  private long initTimer = -1;
  private long keepAliveTimer = -1;

  SocketConnection(
      ServerWebSocket socket, RoutingContext upgrade, SocketProtocol protocol, SocketServices s) {
    this.socket = socket;
    this.upgrade = upgrade;
    this.protocol = protocol;
    this.services = s;
    this.vertx = upgrade.vertx();
  }

  void open() {
    socket.textMessageHandler(this::onText);
    socket.closeHandler(ignored -> onClose());
    socket.exceptionHandler(e -> LOG.debugf("GraphQL socket failed: %s", e.toString()));
    socket.drainHandler(ignored -> drained());
    initTimer =
        vertx.setTimer(
            services.settings().initTimeout().toMillis(),
            ignored -> {
              if (caller == null) {
                close(INIT_TIMEOUT, "Connection initialisation timeout");
              }
            });
  }

  private void onText(String text) {
    JsonObject message;
    String type;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      message = reader.readObject();
      type = message.getString("type");
    } catch (JsonException | ClassCastException | NullPointerException e) {
      close(BAD_MESSAGE, "Invalid message");
      return;
    }
    switch (type) {
      case "connection_init" -> init(message.get("payload"));
      case "ping" -> send(SocketMessages.ofType("pong"));
      case "pong" -> {}
      case "connection_terminate" -> close((short) 1000, "Normal closure");
      default -> {
        if (type.equals(protocol.start())) {
          start(message);
        } else if (type.equals(protocol.stop())) {
          stop(message);
        } else {
          close(BAD_MESSAGE, "Unknown message type");
        }
      }
    }
  }

  private void init(JsonValue payload) {
    if (!initReceived.compareAndSet(false, true)) {
      close(TOO_MANY, "Too many initialisation requests");
      return;
    }
    services
        .callers()
        .authenticate(upgrade, credentials(payload))
        .subscribe()
        .with(
            found -> {
              if (found == null) {
                refuse(UNAUTHORIZED, "Unauthorized");
              } else {
                accept(found);
              }
            },
            failure -> refuse(FORBIDDEN, "Forbidden"));
  }

  private static Map<String, String> credentials(JsonValue payload) {
    Map<String, String> credentials = new HashMap<>();
    if (payload instanceof JsonObject fields) {
      fields.forEach(
          (name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean credential =
                lower.equals(SocketCallers.API_KEY.toLowerCase(Locale.ROOT))
                    || lower.equals(SocketCallers.AUTHORIZATION.toLowerCase(Locale.ROOT));
            if (credential && value instanceof JsonString text) {
              credentials.put(lower, text.getString());
            }
          });
    }
    return credentials;
  }

  private void accept(Caller found) {
    if (socket.isClosed()) {
      return;
    }
    if (!services.connections().tryOpen(found.key())) {
      close(TOO_MANY, "Too many connections for this caller");
      return;
    }
    caller = found;
    vertx.cancelTimer(initTimer);
    send(SocketMessages.ofType("connection_ack"));
    String keepAlive = protocol == SocketProtocol.TRANSPORT_WS ? "ping" : "ka";
    keepAliveTimer =
        vertx.setPeriodic(
            services.settings().keepAlive().toMillis(),
            ignored -> send(SocketMessages.ofType(keepAlive)));
  }

  private void refuse(short code, String reason) {
    LOG.warnf("GraphQL socket refused: %d %s", code, reason);
    if (protocol == SocketProtocol.LEGACY_WS) {
      send(SocketMessages.connectionError(reason));
    }
    close(code, reason);
  }

  private void start(JsonObject message) {
    if (caller == null) {
      close(UNAUTHORIZED, "Unauthorized");
      return;
    }
    String id;
    JsonObject payload;
    try {
      id = message.getString("id");
      payload = message.getJsonObject("payload");
    } catch (ClassCastException | NullPointerException e) {
      close(BAD_MESSAGE, "Invalid message");
      return;
    }
    if (id == null || payload == null) {
      close(BAD_MESSAGE, "Invalid message");
      return;
    }
    if (operations.size() >= services.settings().maxOperationsPerConnection()) {
      send(
          SocketMessages.error(
              protocol,
              id,
              SocketMessages.errors(
                  "This socket runs "
                      + services.settings().maxOperationsPerConnection()
                      + " operations already",
                  "TOO_MANY_OPERATIONS")));
      return;
    }
    SocketOperation operation = new SocketOperation(this, id);
    if (operations.putIfAbsent(id, operation) != null) {
      close(DUPLICATE_ID, "Subscriber for " + id + " already exists");
      return;
    }
    services
        .runner()
        .run(caller.identity(), payload, headers(), operation::answer, operation::failed);
  }

  /** The upgrade's headers, credentials left out: the engine needs none of them. */
  private Map<String, List<String>> headers() {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : upgrade.request().headers().names()) {
      if (!name.equalsIgnoreCase(SocketCallers.API_KEY)
          && !name.equalsIgnoreCase(SocketCallers.AUTHORIZATION)) {
        headers.put(name, upgrade.request().headers().getAll(name));
      }
    }
    return headers;
  }

  private void stop(JsonObject message) {
    JsonValue id = message.get("id");
    if (id instanceof JsonString text) {
      SocketOperation operation = operations.remove(text.getString());
      if (operation != null) {
        operation.cancel();
      }
    }
  }

  SocketProtocol protocol() {
    return protocol;
  }

  boolean isClosed() {
    return socket.isClosed();
  }

  /** The operation ended (answered, completed, failed): it no longer counts. */
  void ended(String id, SocketOperation operation) {
    operations.remove(id, operation);
  }

  /** True while the operation was not stopped by the client or the socket's close. */
  boolean running(String id, SocketOperation operation) {
    return operations.get(id) == operation;
  }

  void send(String message) {
    if (!socket.isClosed()) {
      socket.writeTextMessage(message);
    }
  }

  /**
   * Runs {@code next} once the socket can take more: at once unless what was written is still
   * waiting to reach the client. A subscription asks for its next result only then, so a client
   * that reads slowly makes its results wait upstream, in their bounded buffer.
   */
  void whenWritable(Runnable next) {
    synchronized (waitingForDrain) {
      if (socket.writeQueueFull()) {
        waitingForDrain.add(next);
      } else {
        next.run();
        return;
      }
    }
    // The queue may have drained between the check and the wait, with no drain event to come.
    if (!socket.writeQueueFull()) {
      drained();
    }
  }

  private void drained() {
    Runnable next;
    while (true) {
      synchronized (waitingForDrain) {
        next = waitingForDrain.poll();
      }
      if (next == null) {
        return;
      }
      // The drain comes on the event loop; asking for the next result may resolve it at once.
      Runnable waiting = next;
      vertx.executeBlocking(
          () -> {
            waiting.run();
            return null;
          },
          false);
    }
  }

  void close(short code, String reason) {
    if (!socket.isClosed()) {
      socket.close(code, reason);
    }
  }

  private void onClose() {
    vertx.cancelTimer(initTimer);
    vertx.cancelTimer(keepAliveTimer);
    operations.values().forEach(SocketOperation::cancel);
    operations.clear();
    Caller closing = caller;
    if (closing != null) {
      services.connections().closed(closing.key());
    }
  }
}
