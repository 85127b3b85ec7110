package com.commercegraph.graphql.http;

import com.commercegraph.resilience.ProviderMetrics;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * What the gateway records of each GraphQL operation: a span, the parent of the spans of the
 * provider calls it makes, so a trace shows its fan-out; the operation's name in the log context
 * ({@code operationName}, beside the trace id); the {@code commerce_graphql_operations} timer by
 * name and outcome. Names are the client's, so they are bounded here: a document without one is
 * {@code anonymous}, a name that is not a GraphQL name is {@code invalid}, and past {@link
 * #MAX_NAMES} distinct names every new one is {@code other}, so no client can grow the series
 * without end. HTTP requests and socket operations are recorded alike.
 */
@ApplicationScoped
public class OperationTelemetry {

  /** Distinct operation names labelled; a dashboard has a few dozen at most. */
  static final int MAX_NAMES = 200;

  static final String LOG_KEY = "operationName";

  private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,99}");

  private final Tracer tracer;
  private final MeterRegistry registry;
  private final Set<String> names = ConcurrentHashMap.newKeySet();

  OperationTelemetry(Tracer tracer, MeterRegistry registry) {
    this.tracer = tracer;
    this.registry = registry;
  }

  /**
   * Starts observing one operation; its span is current on this thread until {@link Operation#end}.
   */
  public Operation start(String requestedName) {
    Span span = tracer.spanBuilder("graphql operation").setSpanKind(SpanKind.INTERNAL).startSpan();
    Operation operation = new Operation(span, span.makeCurrent(), System.nanoTime());
    operation.named(requestedName);
    return operation;
  }

  private String label(String name) {
    if (name == null || name.isBlank()) {
      return "anonymous";
    }
    if (!GRAPHQL_NAME.matcher(name).matches()) {
      return "invalid";
    }
    if (names.contains(name)) {
      return name;
    }
    synchronized (names) {
      if (names.size() < MAX_NAMES) {
        names.add(name);
        return name;
      }
    }
    return "other";
  }

  /** One operation being observed, on the thread that started it. */
  public final class Operation {

    private final Span span;
    private final Scope scope;
    private final long startedAt;
    private String name = "anonymous";

    private Operation(Span span, Scope scope, long startedAt) {
      this.span = span;
      this.scope = scope;
      this.startedAt = startedAt;
    }

    /**
     * Names and types the operation after its parsed document: the operation the request named, or
     * the document's only one when it named none.
     */
    public void describe(Document document, String requestedName) {
      List<OperationDefinition> chosen =
          document.getDefinitionsOfType(OperationDefinition.class).stream()
              .filter(op -> requestedName == null || requestedName.equals(op.getName()))
              .toList();
      if (chosen.size() == 1) {
        if (requestedName == null) {
          named(chosen.get(0).getName());
        }
        type(chosen.get(0).getOperation().name().toLowerCase(Locale.ROOT));
      }
    }

    /** The operation's name, once known (the request's, or the only one its document has). */
    void named(String requested) {
      if (requested == null && !"anonymous".equals(name)) {
        return;
      }
      name = label(requested);
      span.updateName("graphql " + name);
      span.setAttribute("graphql.operation.name", name);
      MDC.put(LOG_KEY, name);
    }

    void type(String operationType) {
      span.setAttribute("graphql.operation.type", operationType);
    }

    /**
     * @param outcome ok, partial (data and errors), failed (errors, no data) or refused (before the
     *     engine: an unknown persisted id, a parse error, a limit)
     */
    public void end(String outcome) {
      Timer.builder("commerce.graphql.operations")
          .description("GraphQL operations, by operation name and outcome")
          .tags("operation", name, "outcome", outcome)
          .serviceLevelObjectives(ProviderMetrics.BUCKETS)
          .register(registry)
          .record(Duration.ofNanos(System.nanoTime() - startedAt));
      span.setAttribute("commerce.outcome", outcome);
      span.setStatus("ok".equals(outcome) ? StatusCode.OK : StatusCode.ERROR);
      scope.close();
      span.end();
      MDC.remove(LOG_KEY);
    }
  }
}
