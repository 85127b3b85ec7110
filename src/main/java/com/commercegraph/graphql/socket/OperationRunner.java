package com.commercegraph.graphql.socket;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs one operation that came over a socket the way an HTTP request runs: on a worker thread
 * (never on the event loop, where a provider call would stall every connection of the gateway), in
 * a request context of its own, as the socket's caller, through the same engine and so the same
 * role checks, limits and deadlines.
 */
@ApplicationScoped
class OperationRunner {

  private final Vertx vertx;
  private final CurrentIdentityAssociation identity;
  private final ExecutionService engine;

  OperationRunner(Vertx vertx, CurrentIdentityAssociation identity, ExecutionService engine) {
    this.vertx = vertx;
    this.identity = identity;
    this.engine = engine;
  }

  /**
   * Runs the operation on a worker thread and hands its response (or failure) to {@code done} on
   * that thread. A subscription's response holds the stream of its results, still to subscribe to.
   */
  void run(
      SecurityIdentity caller,
      JsonObject payload,
      Map<String, List<String>> headers,
      Consumer<ExecutionResponse> done,
      Consumer<Throwable> failed) {
    // A duplicated context of its own: ArC keeps the request context in the current Vert.x context,
    // and operations of one socket would otherwise share (and end) one another's.
    VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext())
        .executeBlocking(
            () -> {
              execute(caller, payload, headers, done, failed);
              return null;
            },
            false);
  }

  private void execute(
      SecurityIdentity caller,
      JsonObject payload,
      Map<String, List<String>> headers,
      Consumer<ExecutionResponse> done,
      Consumer<Throwable> failed) {
    ManagedContext requestContext = Arc.container().requestContext();
    requestContext.activate();
    try {
      identity.setIdentity(caller);
      Map<String, Object> metaData = new ConcurrentHashMap<>();
      metaData.put("runBlocking", true);
      metaData.put("httpHeaders", headers);
      metaData.put("state", requestContext.getState());
      engine.executeSync(
          payload,
          metaData,
          new ExecutionResponseWriter() {
            @Override
            public void write(ExecutionResponse response) {
              done.accept(response);
            }

            @Override
            public void fail(Throwable t) {
              failed.accept(t);
            }
          });
    } catch (RuntimeException e) {
      failed.accept(e);
    } finally {
      requestContext.terminate();
    }
  }
}
