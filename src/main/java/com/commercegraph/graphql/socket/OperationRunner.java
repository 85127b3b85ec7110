package com.commercegraph.graphql.socket;

import com.commercegraph.graphql.http.OperationTelemetry;
import com.commercegraph.graphql.http.ParsedDocuments;
import graphql.ExecutionResult;
import graphql.parser.InvalidSyntaxException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.reactivestreams.Publisher;

/**
 * Runs one operation that came over a socket the way an HTTP request runs: on a worker thread
 * (never on the event loop, where a provider call would stall every connection of the gateway), in
 * a request context of its own, as the socket's caller, through the same engine and so the same
 * role checks, limits and deadlines; and recorded as an HTTP operation is ({@link
 * OperationTelemetry}: a span, the operations timer, the log context). A subscription is recorded
 * until its stream is set up; its events are counted by the event meters, not timed here.
 */
@ApplicationScoped
class OperationRunner {

  private final Vertx vertx;
  private final CurrentIdentityAssociation identity;
  private final ExecutionService engine;
  private final OperationTelemetry telemetry;
  private final ParsedDocuments documents;

  OperationRunner(
      Vertx vertx,
      CurrentIdentityAssociation identity,
      ExecutionService engine,
      OperationTelemetry telemetry,
      ParsedDocuments documents) {
    this.vertx = vertx;
    this.identity = identity;
    this.engine = engine;
    this.telemetry = telemetry;
    this.documents = documents;
  }

  /**
   * Runs the operation on a worker thread and hands its answer (or failure) to {@code done} on that
   * thread. A subscription's answer holds the stream of its results, still to subscribe to; its
   * request context (the caller's identity, for the role checks of fields resolved per result)
   * stays until {@link Answer#end()} is called.
   */
  void run(
      SecurityIdentity caller,
      JsonObject payload,
      Map<String, List<String>> headers,
      Consumer<Answer> done,
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
      Consumer<Answer> done,
      Consumer<Throwable> failed) {
    String requestedName = payload.getString("operationName", null);
    OperationTelemetry.Operation operation = telemetry.start(requestedName);
    String outcome = "failed";
    try {
      describe(operation, payload.getString("query", null), requestedName);
      outcome = execute(caller, payload, headers, done, failed, operation);
    } finally {
      operation.end(outcome);
    }
  }

  /** Runs the operation under its telemetry; answers its outcome as the HTTP route counts it. */
  private String execute(
      SecurityIdentity caller,
      JsonObject payload,
      Map<String, List<String>> headers,
      Consumer<Answer> done,
      Consumer<Throwable> failed,
      OperationTelemetry.Operation operation) {
    ManagedContext requestContext = Arc.container().requestContext();
    requestContext.activate();
    AtomicReference<ExecutionResponse> answer = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    InjectableContext.ContextState state = requestContext.getState();
    try {
      identity.setIdentity(caller);
      Map<String, Object> metaData = new ConcurrentHashMap<>();
      metaData.put("runBlocking", true);
      metaData.put("httpHeaders", headers);
      metaData.put("state", state);
      engine.executeSync(
          payload,
          metaData,
          new ExecutionResponseWriter() {
            @Override
            public void write(ExecutionResponse response) {
              answer.set(response);
            }

            @Override
            public void fail(Throwable t) {
              failure.set(t);
            }
          });
    } catch (RuntimeException e) {
      failure.set(e);
    }
    ExecutionResponse response = answer.get();
    if (response != null && response.getExecutionResult().getData() instanceof Publisher<?>) {
      requestContext.deactivate();
      done.accept(new Answer(response, () -> end(state)));
      return "ok";
    }
    requestContext.terminate();
    if (response == null) {
      failed.accept(failure.get());
      return "failed";
    }
    done.accept(new Answer(response, () -> {}));
    ExecutionResult result = response.getExecutionResult();
    if (!result.isDataPresent()) {
      return "failed";
    }
    return result.getErrors().isEmpty() ? "ok" : "partial";
  }

  /**
   * Names the operation in its span, timer and log context. A document that does not parse is left
   * anonymous: the engine answers why.
   */
  private void describe(OperationTelemetry.Operation operation, String document, String name) {
    if (document == null) {
      return;
    }
    try {
      operation.describe(documents.parse(document), name);
    } catch (InvalidSyntaxException e) {
      // Named by the request alone (a syntax error or too many tokens); the engine answers why.
    }
  }

  /** Ends a subscription's request context, on a worker: no other thread's context is touched. */
  private static void end(InjectableContext.ContextState state) {
    Infrastructure.getDefaultWorkerPool()
        .execute(
            () -> {
              ManagedContext requestContext = Arc.container().requestContext();
              requestContext.activate(state);
              requestContext.terminate();
            });
  }

  /**
   * The engine's response, and what to call once the operation is over (for a subscription, when
   * its stream ends or is cancelled).
   */
  record Answer(ExecutionResponse response, Runnable end) {}
}
