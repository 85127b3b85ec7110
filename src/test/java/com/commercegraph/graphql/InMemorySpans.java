package com.commercegraph.graphql;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Finished spans kept in memory, where a test can read them: quarkus-opentelemetry exports to every
 * SpanExporter bean. Spans are only recorded in apps of the {@link TracingOn} profile.
 */
@ApplicationScoped
public class InMemorySpans {

  @Produces
  @Singleton
  InMemorySpanExporter exporter() {
    return InMemorySpanExporter.create();
  }
}
