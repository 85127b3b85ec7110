package com.commercegraph.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * OIDC bearer tokens are optional: without an issuer ({@code QUARKUS_OIDC_AUTH_SERVER_URL}) this
 * turns the default OIDC tenant off, because quarkus-oidc would otherwise refuse to start, and the
 * gateway accepts API keys alone. Set at a low ordinal, so an explicit {@code
 * quarkus.oidc.tenant-enabled} anywhere wins.
 */
public class OidcSwitchConfigSourceFactory implements ConfigSourceFactory {

  static final int ORDINAL = 50;
  private static final String ISSUER = "quarkus.oidc.auth-server-url";

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    if (issuerConfigured(context)) {
      return List.of();
    }
    return List.of(
        new PropertiesConfigSource(
            Map.of("quarkus.oidc.tenant-enabled", "false"), "CommerceGraphOidcOff", ORDINAL));
  }

  // A value that is an expression over a test resource's setting (${keycloak.url}/...) cannot be
  // expanded this early, so a property named in any source counts as well.
  private static boolean issuerConfigured(ConfigSourceContext context) {
    for (Iterator<String> names = context.iterateNames(); names.hasNext(); ) {
      if (ISSUER.equals(names.next())) {
        return true;
      }
    }
    ConfigValue issuer = context.getValue(ISSUER);
    return issuer != null && issuer.getValue() != null && !issuer.getValue().isBlank();
  }

  @Override
  public OptionalInt getPriority() {
    return OptionalInt.of(ORDINAL);
  }
}
