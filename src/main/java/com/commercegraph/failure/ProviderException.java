package com.commercegraph.failure;

import com.commercegraph.registry.Provider;
import java.time.Duration;
import java.util.Optional;

/**
 * A provider call that did not give an answer. One subclass per meaning; each carries the provider,
 * the HTTP status (absent when no response arrived), the provider's own error code and message,
 * whether the same call may be tried again, and whether a write may have happened anyway.
 *
 * <p>Messages are built from the provider's error body and the status only: never from request
 * headers, URLs with credentials or configuration, and with the gateway's own credentials scrubbed
 * from the body's text ({@link Redaction}), so no secret can reach a log or a response.
 */
public abstract class ProviderException extends RuntimeException {

  private static final int MAX_PROVIDER_MESSAGE = 300;

  private final Provider provider;
  private final Integer httpStatus;
  private final String providerCode;
  private final String providerMessage;
  private final boolean outcomeUnknown;

  protected ProviderException(ProviderFailure failure, Throwable cause) {
    this(failure, describe(failure), cause);
  }

  /** With a message of the subclass's own, which must hold no secret. */
  protected ProviderException(ProviderFailure failure, String message, Throwable cause) {
    super(message, cause, false, cause != null);
    this.provider = failure.provider();
    this.httpStatus = failure.httpStatus();
    this.providerCode = Redaction.redact(failure.providerCode());
    this.providerMessage = shorten(Redaction.redact(failure.providerMessage()));
    this.outcomeUnknown = failure.outcomeUnknown();
  }

  /** The gateway's error code for this meaning, as clients see it. */
  public abstract String code();

  /**
   * True when repeating the same call may succeed (as long as the call itself is safe to repeat).
   */
  public abstract boolean retryable();

  public Provider provider() {
    return provider;
  }

  public Optional<Integer> httpStatus() {
    return Optional.ofNullable(httpStatus);
  }

  public Optional<String> providerCode() {
    return Optional.ofNullable(providerCode);
  }

  public Optional<String> providerMessage() {
    return Optional.ofNullable(providerMessage);
  }

  /** True for a write whose request may have been applied although no answer came back. */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /** How long the provider asked us to wait, where it said so. */
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }

  private static String describe(ProviderFailure failure) {
    StringBuilder text = new StringBuilder(failure.provider().name()).append(' ');
    text.append(
        failure.httpStatus() == null ? "gave no answer" : "answered " + failure.httpStatus());
    if (failure.providerCode() != null) {
      text.append(" [").append(Redaction.redact(failure.providerCode())).append(']');
    }
    if (failure.providerMessage() != null) {
      text.append(": ").append(shorten(Redaction.redact(failure.providerMessage())));
    }
    if (failure.outcomeUnknown()) {
      text.append(" (the write may have been applied)");
    }
    return text.toString();
  }

  private static String shorten(String message) {
    if (message == null) {
      return null;
    }
    String oneLine = message.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_PROVIDER_MESSAGE
        ? oneLine
        : oneLine.substring(0, MAX_PROVIDER_MESSAGE) + "…";
  }
}
