package com.commercegraph.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which settings the sandbox supplies, decided on plain SmallRye config, without an app. */
class SandboxConfigSourceFactoryTest {

  @Test
  void sandboxOffSuppliesNothing() {
    SmallRyeConfig config = config("prod", Map.of());
    assertThat(config.getOptionalValue("veeqo.api-key", String.class)).isEmpty();
    assertThat(config.getOptionalValue("recplus.base-url", String.class)).isEmpty();
  }

  @Test
  void unconfiguredProvidersPointAtTheSimulatorsOnTheAppsPort() {
    SmallRyeConfig config =
        config("prod", Map.of("commerce.sandbox", "true", "quarkus.http.port", "9090"));
    assertThat(config.getValue("veeqo.base-url", String.class))
        .isEqualTo("http://localhost:9090/sandbox/veeqo");
    assertThat(config.getValue("veeqo.api-key", String.class))
        .isEqualTo(SandboxCredentials.VEEQO_API_KEY);
    assertThat(config.getValue("veepe.base-url", String.class))
        .isEqualTo("http://localhost:9090/sandbox/veepe/v1");
    assertThat(config.getValue("recplus.base-url", String.class))
        .isEqualTo("http://localhost:9090/sandbox/recplus/api/v1");
    assertThat(config.getValue("shopwedo.base-url", String.class))
        .isEqualTo("http://localhost:9090/sandbox/shopwedo/admin/api");
    assertThat(config.getValue("shopwedo.shop-id", String.class))
        .isEqualTo(SandboxCredentials.SHOPWEDO_SHOP_ID);
  }

  @Test
  void devProfileTurnsItOnAndUsesPort8080ByDefault() {
    SmallRyeConfig config = config("dev", Map.of("%dev.commerce.sandbox", "true"));
    assertThat(config.getValue("veepe.base-url", String.class))
        .isEqualTo("http://localhost:8080/sandbox/veepe/v1");
  }

  @Test
  void testProfileUsesTheTestPort() {
    SmallRyeConfig config =
        config("test", Map.of("commerce.sandbox", "true", "quarkus.http.test-port", "45678"));
    assertThat(config.getValue("veeqo.base-url", String.class))
        .isEqualTo("http://localhost:45678/sandbox/veeqo");
  }

  @Test
  void providerWithRealSettingsIsNeverReplaced() {
    SmallRyeConfig config =
        config(
            "prod",
            Map.of(
                "commerce.sandbox", "true",
                "veeqo.api-key", "a-real-key",
                "recplus.base-url", "https://shop.example.com/api/v1"));
    assertThat(config.getValue("veeqo.api-key", String.class)).isEqualTo("a-real-key");
    assertThat(config.getOptionalValue("veeqo.base-url", String.class)).isEmpty();
    // A half-configured provider is left alone too: the sandbox never fills in its credentials.
    assertThat(config.getOptionalValue("recplus.username", String.class)).isEmpty();
    assertThat(config.getValue("veepe.client-id", String.class))
        .isEqualTo(SandboxCredentials.VEEPE_CLIENT_ID);
  }

  @Test
  void theSandboxRootCanBeMovedAsAWhole() {
    SmallRyeConfig config =
        config(
            "prod",
            Map.of(
                "commerce.sandbox", "true",
                "commerce.sandbox.base-url", "https://gateway.example.com"));
    assertThat(config.getValue("veeqo.base-url", String.class))
        .isEqualTo("https://gateway.example.com/sandbox/veeqo");
  }

  private static SmallRyeConfig config(String profile, Map<String, String> properties) {
    return new SmallRyeConfigBuilder()
        .withProfile(profile)
        .addDefaultInterceptors()
        .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
        .withSources(new SandboxConfigSourceFactory())
        .build();
  }
}
