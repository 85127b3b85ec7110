package com.commercegraph.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Traces are on exactly when an OTLP endpoint is configured, decided on plain SmallRye config. */
class TracingSwitchConfigSourceFactoryTest {

  private static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";

  @Test
  void withoutAnEndpointTheSdkIsOffEvenWithTheExtensionsDefault() {
    SmallRyeConfig config =
        config(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://localhost:4317"), Map.of());
    assertThat(config.getValue(SDK_DISABLED, Boolean.class)).isTrue();
  }

  @Test
  void anEndpointFromTheEnvironmentLeavesItOn() {
    SmallRyeConfig config =
        config(Map.of(), Map.of("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317"));
    assertThat(config.getOptionalValue(SDK_DISABLED, Boolean.class)).isEmpty();
  }

  @Test
  void aTracesEndpointLeavesItOn() {
    SmallRyeConfig config =
        config(
            Map.of(),
            Map.of("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://collector:4318"));
    assertThat(config.getOptionalValue(SDK_DISABLED, Boolean.class)).isEmpty();
  }

  @Test
  void anExplicitSettingWins() {
    SmallRyeConfig config = config(Map.of(), Map.of("QUARKUS_OTEL_SDK_DISABLED", "false"));
    assertThat(config.getValue(SDK_DISABLED, Boolean.class)).isFalse();
  }

  /** The extension's own default sits at the lowest ordinal; what people set, at 250 and up. */
  private static SmallRyeConfig config(Map<String, String> defaults, Map<String, String> env) {
    return new SmallRyeConfigBuilder()
        .addDefaultInterceptors()
        .withSources(new PropertiesConfigSource(defaults, "extension defaults", Integer.MIN_VALUE))
        .withSources(new EnvConfigSource(env, 300))
        .withSources(new TracingSwitchConfigSourceFactory())
        .build();
  }
}
