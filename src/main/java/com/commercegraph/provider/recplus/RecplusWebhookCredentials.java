package com.commercegraph.provider.recplus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Whether a webhook came from the site: its {@code Authorization} is the configured HTTP Basic user
 * and password or the configured Bearer token (recplus-api.txt: webhooks "optionally can also send
 * with HTTP Basic Auth or HTTP Bearer Auth"; no signature is documented). Compared in constant
 * time, so timing says nothing about how much of a guess was right.
 */
final class RecplusWebhookCredentials {

  private final Optional<byte[]> basic;
  private final Optional<byte[]> bearer;

  RecplusWebhookCredentials(RecplusConfig.Webhook config) {
    this.basic =
        config.username().isPresent() && config.password().isPresent()
            ? Optional.of(
                (config.username().get() + ":" + config.password().get())
                    .getBytes(StandardCharsets.UTF_8))
            : Optional.empty();
    this.bearer = config.token().map(token -> token.getBytes(StandardCharsets.UTF_8));
  }

  boolean accept(String authorization) {
    if (authorization == null) {
      return false;
    }
    int space = authorization.indexOf(' ');
    if (space < 0) {
      return false;
    }
    String scheme = authorization.substring(0, space);
    String value = authorization.substring(space + 1).trim();
    if (scheme.equalsIgnoreCase("Basic") && basic.isPresent()) {
      try {
        return MessageDigest.isEqual(basic.get(), Base64.getDecoder().decode(value));
      } catch (IllegalArgumentException notBase64) {
        return false;
      }
    }
    if (scheme.equalsIgnoreCase("Bearer") && bearer.isPresent()) {
      return MessageDigest.isEqual(bearer.get(), value.getBytes(StandardCharsets.UTF_8));
    }
    return false;
  }
}
