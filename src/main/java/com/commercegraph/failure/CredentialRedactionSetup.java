package com.commercegraph.failure;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Registers every configured provider credential with {@link Redaction} at start-up, before any
 * provider is called, including REC+'s Basic header value, which a provider may quote as sent.
 */
@Startup
@ApplicationScoped
class CredentialRedactionSetup {

  private static final List<String> CREDENTIALS =
      List.of(
          "veeqo.api-key",
          "veeqo.oauth-token",
          "veepe.client-secret",
          "recplus.password",
          "shopwedo.shop-key");

  CredentialRedactionSetup(Config config) {
    CREDENTIALS.forEach(key -> value(config, key).ifPresent(Redaction::register));
    value(config, "recplus.password")
        .ifPresent(
            password ->
                Redaction.register(
                    Base64.getEncoder()
                        .encodeToString(
                            (value(config, "recplus.username").orElse("") + ":" + password)
                                .getBytes(StandardCharsets.UTF_8))));
  }

  private static Optional<String> value(Config config, String key) {
    return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
  }
}
