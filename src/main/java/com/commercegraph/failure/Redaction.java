package com.commercegraph.failure;

import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Scrubs the gateway's own credentials from provider error text before it becomes a message. A
 * provider's error body is third-party text that may quote what it was sent ("invalid key ..."),
 * and its message reaches responses and logs. Credentials are registered at start-up ({@link
 * CredentialRedactionSetup}) and issued tokens as they arrive; only the most recent tokens are
 * kept, since a gateway runs for months and an older token has long expired.
 */
public final class Redaction {

  static final String REDACTED = "[redacted]";

  // Shorter values would blank ordinary words; no credential is that short.
  private static final int MIN_SECRET_LENGTH = 6;

  // Tokens live an hour or so (veepe-api.txt: expires_in); a few cover any still in use.
  private static final int RECENT_TOKENS = 8;

  private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
  private static final Deque<String> TOKENS = new ConcurrentLinkedDeque<>();

  private Redaction() {}

  /** From now on, {@code secret} never appears in a provider's error text. */
  public static void register(String secret) {
    if (secret != null && secret.trim().length() >= MIN_SECRET_LENGTH) {
      SECRETS.add(secret.trim());
    }
  }

  /** Like {@link #register}, for a token: only the {@value #RECENT_TOKENS} newest are kept. */
  public static void registerToken(String token) {
    if (token != null && token.trim().length() >= MIN_SECRET_LENGTH) {
      TOKENS.addFirst(token.trim());
      while (TOKENS.size() > RECENT_TOKENS) {
        TOKENS.pollLast();
      }
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
    for (String token : TOKENS) {
      redacted = redacted.replace(token, REDACTED);
    }
    return redacted;
  }
}
