package com.commercegraph.provider;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scrubs the gateway's own credentials from provider error text before it becomes a message. A
 * provider's error body is third-party text that may quote what it was sent ("invalid key ..."),
 * and its message reaches responses and logs. Credentials are registered at start-up ({@link
 * CredentialRedactionSetup}) and as tokens are issued; the set only grows, which costs a few
 * strings.
 */
public final class Redaction {

  static final String REDACTED = "[redacted]";

  // Shorter values would blank ordinary words; no credential is that short.
  private static final int MIN_SECRET_LENGTH = 6;

  private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

  private Redaction() {}

  /** From now on, {@code secret} never appears in a provider's error text. */
  public static void register(String secret) {
    if (secret != null && secret.trim().length() >= MIN_SECRET_LENGTH) {
      SECRETS.add(secret.trim());
    }
  }

  static String redact(String text) {
    if (text == null) {
      return null;
    }
    String redacted = text;
    for (String secret : SECRETS) {
      redacted = redacted.replace(secret, REDACTED);
    }
    return redacted;
  }
}
