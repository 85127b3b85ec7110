package com.commercegraph.graphql;

import com.commercegraph.order.event.OrderEventStream;
import com.commercegraph.report.ReportWatch;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.ToIntFunction;

/**
 * {@code commerce_subscriptions_active}: the subscriptions open on this instance, one series per
 * subscription field of the schema, read from the streams themselves (so a subscription counts from
 * when it listens until it ends, however it ends). Published from the start, at zero.
 */
@Startup
@ApplicationScoped
class ActiveSubscriptions {

  ActiveSubscriptions(MeterRegistry registry, OrderEventStream events, ReportWatch reports) {
    gauge(registry, "orderEvents", events, OrderEventStream::subscribers);
    gauge(registry, "reportReady", reports, ReportWatch::waiting);
  }

  private static <T> void gauge(
      MeterRegistry registry, String field, T source, ToIntFunction<T> count) {
    Gauge.builder("commerce.subscriptions.active", source, s -> count.applyAsInt(s))
        .description("Subscriptions open on this instance, by subscription field")
        .tag("field", field)
        .strongReference(true)
        .register(registry);
  }
}
