package com.commercegraph.provider.veeqo;

import java.time.Duration;
import java.util.Optional;

/** Veeqo settings for a client built inside a test, for credentials the global resource lacks. */
record VeeqoTestConfig(
    String baseUrl,
    Optional<String> apiKey,
    Optional<String> oauthToken,
    Duration connectTimeout,
    Duration readTimeout,
    String currency,
    Optional<Long> deliveryMethodId)
    implements VeeqoConfig {

  static VeeqoTestConfig of(String baseUrl, String apiKey, String oauthToken) {
    return new VeeqoTestConfig(
        baseUrl,
        Optional.ofNullable(apiKey),
        Optional.ofNullable(oauthToken),
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        "GBP",
        Optional.empty());
  }

  @Override
  public String toString() {
    return "VeeqoTestConfig[" + baseUrl + "]";
  }
}
