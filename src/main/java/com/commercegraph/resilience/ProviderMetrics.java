package com.commercegraph.resilience;

import com.commercegraph.registry.Provider;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The meters of provider calls, published on {@code /q/metrics} (README "Operate it"). Every label
 * value comes from a bounded set: the provider, the REST client method called, the gateway's error
 * codes; never an id, a SKU, a key or a provider's message, so the number of series stays fixed
 * whatever the traffic.
 */
@ApplicationScoped
public class ProviderMetrics {

  /** Outcome label of a call that got its answer. */
  public static final String OK = "OK";

  /**
   * Histogram buckets of call durations, of provider requests and of GraphQL operations alike: from
   * a cached-fast answer to the 10s write deadline, so that percentiles and the latency alert read
   * the same buckets on every instance.
   */
  public static final Duration[] BUCKETS = {
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  private final MeterRegistry registry;

  @Inject
  ProviderMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Meters kept in a registry of their own, published nowhere: for clients built by hand. */
  static ProviderMetrics unpublished() {
    return new ProviderMetrics(new SimpleMeterRegistry());
  }

  /**
   * The counters of one provider at zero, so that they are published (and a rate over them works)
   * before the first time they count.
   */
  void publishZeroes(Provider provider) {
    limiterRefusals(provider);
    coalescedCounter(provider);
    bulkheadRefusals(provider);
    limiterWaits(provider);
  }

  /** One request to a provider, from when it was sent until it was answered or failed. */
  void call(Provider provider, String operation, String outcome, long nanos) {
    Timer.builder("commerce.provider.calls")
        .description("Requests sent to a provider, by REST operation and outcome code")
        .tags("provider", provider.name(), "operation", operation, "outcome", outcome)
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(Duration.ofNanos(nanos));
  }

  /** A request that waited for its turn under the gateway's own rate limit. */
  void limiterWaited(Provider provider, long nanos) {
    limiterWaits(provider).record(Duration.ofNanos(nanos));
  }

  private Timer limiterWaits(Provider provider) {
    return Timer.builder("commerce.provider.limiter.waits")
        .description("Waits for a turn under the gateway's rate limit of a provider")
        .tag("provider", provider.name())
        .register(registry);
  }

  /** A request the gateway's own rate limit refused (RATE_LIMITED, nothing sent). */
  void limiterRefused(Provider provider) {
    limiterRefusals(provider).increment();
  }

  private Counter limiterRefusals(Provider provider) {
    return counter(
            "commerce.provider.limiter.refusals", "Requests refused by the gateway's rate limit")
        .tag("provider", provider.name())
        .register(registry);
  }

  /** A safe call tried again after a failure with this code. */
  void retried(Provider provider, String failedWith) {
    counter("commerce.provider.retries", "Retries of safe provider calls, by the failure retried")
        .tags("provider", provider.name(), "outcome", failedWith)
        .register(registry)
        .increment();
  }

  /** A read that shared an identical read already in flight instead of calling. */
  void coalesced(Provider provider) {
    coalescedCounter(provider).increment();
  }

  private Counter coalescedCounter(Provider provider) {
    return counter("commerce.provider.coalesced", "Reads answered by an identical read in flight")
        .tag("provider", provider.name())
        .register(registry);
  }

  /** A call refused because the provider's threads and waiting places were all taken. */
  void bulkheadRefused(Provider provider) {
    bulkheadRefusals(provider).increment();
  }

  private Counter bulkheadRefusals(Provider provider) {
    return counter("commerce.provider.bulkhead.refusals", "Calls refused by a full bulkhead")
        .tag("provider", provider.name())
        .register(registry);
  }

  /** A gauge per provider, read whenever the metrics are scraped. */
  void gauge(String name, String description, Provider provider, Supplier<Number> value) {
    Gauge.builder(name, value)
        .description(description)
        .tag("provider", provider.name())
        .strongReference(true)
        .register(registry);
  }

  private static Counter.Builder counter(String name, String description) {
    return Counter.builder(name).description(description);
  }
}
