package com.commercegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OIDC is on exactly when an issuer is configured, decided on plain SmallRye config. */
class OidcSwitchConfigSourceFactoryTest {

  private static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";

  @Test
  void withoutAnIssuerTheOidcTenantIsOff() {
    assertThat(config(Map.of(), Map.of()).getValue(TENANT_ENABLED, Boolean.class)).isFalse();
  }

  @Test
  void anIssuerFromTheEnvironmentLeavesItOn() {
    SmallRyeConfig config =
        config(Map.of(), Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", "https://idp.example.com/realm"));
    assertThat(config.getOptionalValue(TENANT_ENABLED, Boolean.class)).isEmpty();
  }

  @Test
  void anIssuerThatIsAnExpressionLeavesItOn() {
    SmallRyeConfig config =
        config(Map.of("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus"), Map.of());
    assertThat(config.getOptionalValue(TENANT_ENABLED, Boolean.class)).isEmpty();
  }

  @Test
  void anExplicitSettingWins() {
    SmallRyeConfig config = config(Map.of(TENANT_ENABLED, "true"), Map.of());
    assertThat(config.getValue(TENANT_ENABLED, Boolean.class)).isTrue();
  }

  private static SmallRyeConfig config(Map<String, String> properties, Map<String, String> env) {
    return new SmallRyeConfigBuilder()
        .addDefaultInterceptors()
        .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
        .withSources(new EnvConfigSource(env, 300))
        .withSources(new OidcSwitchConfigSourceFactory())
        .build();
  }
}
