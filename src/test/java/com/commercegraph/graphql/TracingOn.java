package com.commercegraph.graphql;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * An app that records spans, as one with {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} set would, but
 * exports them to memory ({@link InMemorySpans}), every 10ms ({@code %test} in
 * application.properties).
 */
public class TracingOn implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.otel.sdk.disabled", "false");
  }
}
