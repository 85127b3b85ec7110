package com.commercegraph.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With an issuer configured, an audience must be too: otherwise any token the merchant's identity
 * provider issues for any of its applications would open the gateway.
 */
class OidcSettingsCheck {

  void onStart(
      @Observes StartupEvent event,
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> issuer,
      @ConfigProperty(name = "quarkus.oidc.token.audience") Optional<String> audience) {
    if (issuer.isPresent() && audience.isEmpty()) {
      throw new IllegalStateException(
          "QUARKUS_OIDC_TOKEN_AUDIENCE must be set when QUARKUS_OIDC_AUTH_SERVER_URL is");
    }
  }
}
