package com.commercegraph.graphql.socket;

import com.commercegraph.graphql.http.ClientErrors;
import graphql.ExecutionResult;
import io.smallrye.graphql.execution.ExecutionResponse;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One operation on a socket: a query or mutation answers once and completes; a subscription sends
 * each result as it comes, asking for the next only once the socket can take it, until its stream
 * completes or the client or the socket stops it.
 */
final class SocketOperation implements Subscriber<ExecutionResult> {

  private static final Logger LOG = Logger.getLogger(SocketOperation.class);

  private final SocketConnection connection;
  private final String id;
  private final AtomicReference<Subscription> subscription = new AtomicReference<>();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicReference<Runnable> end = new AtomicReference<>();

  SocketOperation(SocketConnection connection, String id) {
    this.connection = connection;
    this.id = id;
  }

  /** The engine's response: the one answer, the refusal, or the stream of a subscription. */
  void answer(OperationRunner.Answer answer) {
    end.set(answer.end());
    if (cancelled.get()) {
      over();
      return;
    }
    ExecutionResponse response = answer.response();
    ExecutionResult result = response.getExecutionResult();
    Object data = result.isDataPresent() ? result.getData() : null;
    if (data instanceof Publisher<?> stream) {
      @SuppressWarnings("unchecked")
      Publisher<ExecutionResult> results = (Publisher<ExecutionResult>) stream;
      results.subscribe(this);
      return;
    }
    if (!connection.running(id, this)) {
      return;
    }
    String body = ClientErrors.shape(response.getExecutionResultAsJsonObject(), result.getErrors());
    if (data instanceof Map<?, ?>) {
      connection.send(SocketMessages.data(connection.protocol(), id, body));
      connection.send(SocketMessages.complete(id));
    } else {
      connection.send(SocketMessages.error(connection.protocol(), id, errorsOf(body)));
    }
    connection.ended(id, this);
  }

  private static String errorsOf(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject().getJsonArray("errors").toString();
    }
  }

  void failed(Throwable failure) {
    LOG.error("GraphQL operation over a socket failed", failure);
    if (connection.running(id, this)) {
      connection.send(
          SocketMessages.error(
              connection.protocol(),
              id,
              SocketMessages.errors("Internal server error", ClientErrors.INTERNAL)));
    }
    connection.ended(id, this);
    over();
  }

  /** The client stopped it or the socket closed: no more results. */
  void cancel() {
    cancelled.set(true);
    Subscription current = subscription.get();
    if (current != null) {
      current.cancel();
    }
    over();
  }

  /** Once, whichever way the operation ends: its request context goes. */
  private void over() {
    Runnable ending = end.getAndSet(null);
    if (ending != null) {
      ending.run();
    }
  }

  @Override
  public void onSubscribe(Subscription s) {
    subscription.set(s);
    if (cancelled.get() || connection.isClosed()) {
      s.cancel();
      return;
    }
    s.request(1);
  }

  @Override
  public void onNext(ExecutionResult result) {
    if (cancelled.get() || connection.isClosed()) {
      return;
    }
    ExecutionResponse response = new ExecutionResponse(result);
    String body = ClientErrors.shape(response.getExecutionResultAsJsonObject(), result.getErrors());
    connection.send(SocketMessages.data(connection.protocol(), id, body));
    connection.whenWritable(
        () -> {
          if (!cancelled.get()) {
            subscription.get().request(1);
          }
        });
  }

  @Override
  public void onError(Throwable failure) {
    failed(failure);
  }

  @Override
  public void onComplete() {
    if (connection.running(id, this)) {
      connection.send(SocketMessages.complete(id));
    }
    connection.ended(id, this);
    over();
  }
}
