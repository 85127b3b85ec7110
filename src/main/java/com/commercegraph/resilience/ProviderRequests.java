package com.commercegraph.resilience;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.Provider;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * What the gateway records of each request {@link ProviderGate} sends: a span (a child of the
 * GraphQL operation's, so a trace shows the fan-out), the {@code commerce_provider_calls} timer,
 * the limiter's waits and refusals, the provider's latest outcome for its health, and one log line
 * per failure, without a stack trace (every failure here has a code that says what happened).
 */
@ApplicationScoped
public class ProviderRequests {

  private static final Logger LOG = Logger.getLogger(ProviderRequests.class);

  /** Span attributes; the HTTP status uses OpenTelemetry's own name. */
  public static final String PROVIDER = "commerce.provider";

  public static final String OPERATION = "commerce.operation";
  public static final String RETRY = "commerce.retry";
  public static final String OUTCOME = "commerce.outcome";
  public static final String HTTP_STATUS = "http.response.status_code";

  private final Tracer tracer;
  private final ProviderMetrics metrics;
  private final ProviderOutcomes outcomes;

  @Inject
  ProviderRequests(Tracer tracer, ProviderMetrics metrics, ProviderOutcomes outcomes) {
    this.tracer = tracer;
    this.metrics = metrics;
    this.outcomes = outcomes;
  }

  /** Records nothing anyone reads: for clients built by hand in tests of the client alone. */
  static ProviderRequests unobserved() {
    return new ProviderRequests(
        OpenTelemetry.noop().getTracer("commerce-graph"),
        ProviderMetrics.unpublished(),
        new ProviderOutcomes());
  }

  /** Starts observing one request; the caller ends it with exactly one of its outcomes. */
  Request start(Provider provider) {
    int attempt = CallAttempt.current();
    Span span =
        tracer
            .spanBuilder("provider " + provider.name())
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute(PROVIDER, provider.name())
            .setAttribute(RETRY, (long) attempt - 1)
            .startSpan();
    return new Request(provider, attempt, span);
  }

  /** One request on its way: started, perhaps waiting for a turn, then sent and answered. */
  final class Request {

    private final Provider provider;
    private final int attempt;
    private final Span span;
    private final Scope scope;
    private String operation = "unknown";
    private long sentAt;

    private Request(Provider provider, int attempt, Span span) {
      this.provider = provider;
      this.attempt = attempt;
      this.span = span;
      this.scope = span.makeCurrent();
    }

    void waited(long nanos) {
      if (nanos > 0) {
        metrics.limiterWaited(provider, nanos);
        span.setAttribute("commerce.limiter.wait_ms", nanos / 1_000_000);
      }
    }

    /** Refused by the gateway's own rate limit: nothing was sent. */
    void refused(ProviderException refusal) {
      metrics.limiterRefused(provider);
      end(refusal.code(), StatusCode.ERROR);
    }

    void sending() {
      sentAt = System.nanoTime();
    }

    void named(String method) {
      if ("unknown".equals(operation)) {
        operation = method;
        span.updateName("provider " + provider.name() + " " + method);
        span.setAttribute(OPERATION, method);
      }
    }

    void answered() {
      metrics.call(provider, operation, ProviderMetrics.OK, System.nanoTime() - sentAt);
      outcomes.answered(provider);
      end(ProviderMetrics.OK, StatusCode.OK);
    }

    void failed(ProviderException failure) {
      metrics.call(provider, operation, failure.code(), System.nanoTime() - sentAt);
      outcomes.failed(failure);
      failure.httpStatus().ifPresent(status -> span.setAttribute(HTTP_STATUS, (long) status));
      boolean providerFault = ProviderOutcomes.aboutTheProvider(failure);
      LOG.logf(
          providerFault ? Logger.Level.WARN : Logger.Level.INFO,
          "%s %s failed on try %d: %s (HTTP %s)",
          provider.name(),
          operation,
          attempt,
          failure.code(),
          failure.httpStatus().map(String::valueOf).orElse("none"));
      end(failure.code(), providerFault ? StatusCode.ERROR : StatusCode.UNSET);
    }

    private void end(String outcome, StatusCode status) {
      span.setAttribute(OUTCOME, outcome);
      span.setStatus(status);
      scope.close();
      span.end();
    }
  }
}
