package com.commercegraph.settings;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Traces are off unless an OTLP endpoint is configured ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}
 * or {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}): quarkus-opentelemetry would otherwise
 * export to localhost:4317 and log an error for every batch no collector takes. Off means the
 * OpenTelemetry SDK is disabled: spans still get trace ids (log lines and metric exemplars carry
 * them, so a request's lines can be found together), but none is exported anywhere. Set at a low
 * ordinal, so an explicit {@code QUARKUS_OTEL_SDK_DISABLED} anywhere wins.
 */
public class TracingSwitchConfigSourceFactory implements ConfigSourceFactory {

  static final int ORDINAL = 50;

  /** The lowest ordinal of a source someone configures (an application.properties in a jar). */
  private static final int APPLICATION_PROPERTIES = 250;

  private static final Set<String> ENDPOINTS =
      Set.of("quarkus.otel.exporter.otlp.endpoint", "quarkus.otel.exporter.otlp.traces.endpoint");

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    if (ENDPOINTS.stream().anyMatch(name -> configured(context, name))) {
      return List.of();
    }
    return List.of(
        new PropertiesConfigSource(
            Map.of("quarkus.otel.sdk.disabled", "true"), "CommerceGraphTracingOff", ORDINAL));
  }

  /**
   * Set by whoever runs the gateway: in application.properties, the environment or a system
   * property, not by an extension's own default (quarkus-opentelemetry has localhost:4317).
   */
  private static boolean configured(ConfigSourceContext context, String name) {
    ConfigValue value = context.getValue(name);
    return value != null
        && value.getValue() != null
        && !value.getValue().isBlank()
        && value.getConfigSourceOrdinal() >= APPLICATION_PROPERTIES;
  }

  @Override
  public OptionalInt getPriority() {
    return OptionalInt.of(ORDINAL);
  }
}
