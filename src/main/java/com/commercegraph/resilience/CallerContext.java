package com.commercegraph.resilience;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.MDC;

/**
 * Carries the caller's trace context and log context (trace id, GraphQL operation) onto the
 * provider's own threads, which would otherwise start every call without them: the provider call's
 * span then has the GraphQL operation's span as its parent, and its log lines the request's trace
 * id.
 */
final class CallerContext {

  private CallerContext() {}

  static <T> Supplier<T> carried(Supplier<T> task) {
    Context trace = Context.current();
    Map<String, Object> log = MDC.getMap();
    return () -> {
      log.forEach(MDC::put);
      try (Scope scope = trace.makeCurrent()) {
        return task.get();
      } finally {
        MDC.clear();
      }
    };
  }
}
