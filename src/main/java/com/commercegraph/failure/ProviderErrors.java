package com.commercegraph.failure;

import com.commercegraph.registry.Provider;
import com.fasterxml.jackson.core.JacksonException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeoutException;

/**
 * Turns what went wrong on a provider call into the {@link ProviderException} of that meaning. The
 * providers' {@code ResponseExceptionMapper}s use {@link #forStatus} after reading their own error
 * bodies; the clients use {@link #forTransport} for calls that got no usable response.
 */
public final class ProviderErrors {

  private ProviderErrors() {}

  /** The exception for an error status, with what the provider's body said. */
  public static ProviderException forStatus(ProviderFailure failure, String retryAfterHeader) {
    int status = failure.httpStatus();
    return switch (status) {
      case 401, 403 -> new ProviderAuthException(failure);
      case 404 -> new ProviderNotFoundException(failure);
      case 409 -> new ProviderConflictException(failure);
      case 429 -> new ProviderRateLimitedException(failure, retryAfter(retryAfterHeader));
      case 408, 504 -> new ProviderTimeoutException(failure);
      default ->
          status >= 500
              ? new ProviderUnavailableException(failure)
              : new ProviderRejectedException(failure);
    };
  }

  /**
   * What a failed write's answer proves, for a write the provider does not make idempotent. Only a
   * refusal proves that nothing was applied: a 4xx other than 408 (the provider read the request
   * and said no), or no request sent at all (a refused connection, an open breaker, the gateway's
   * own rate limit). A 5xx or a 408 says nothing of the kind: a proxy answers 502 or 504 after
   * handing the request on, and a provider answers 500 or 503 after it stored half of it, so such a
   * write is outcome-unknown. None of the four providers' documents calls a 5xx a refusal
   * (veeqo-api.txt: 500 "could either be due to problems in the request data provided ... or due to
   * a temporary service problem"; veepe-api.txt: 500 INTERNAL_ERROR "Server error";
   * shopwedo-api.txt and recplus-api.txt name only 4xx), so this rule holds for all of them.
   *
   * @param failure how the write's request failed, as {@link #forStatus} or {@link #forTransport}
   *     made it
   */
  public static ProviderException forWrite(ProviderException failure) {
    if (failure.outcomeUnknown() || !answerLeavesOutcomeOpen(failure)) {
      return failure;
    }
    ProviderFailure unknown =
        new ProviderFailure(
            failure.provider(),
            failure.httpStatus().orElse(null),
            failure.providerCode().orElse(null),
            failure.providerMessage().orElse(null),
            true);
    return failure instanceof ProviderTimeoutException
        ? new ProviderTimeoutException(unknown, failure)
        : new ProviderUnavailableException(unknown, failure);
  }

  private static boolean answerLeavesOutcomeOpen(ProviderException failure) {
    return failure
        .httpStatus()
        .filter(status -> status == 408 || status >= 500)
        .filter(
            status ->
                failure instanceof ProviderTimeoutException
                    || failure instanceof ProviderUnavailableException)
        .isPresent();
  }

  /**
   * The exception for a call that got no usable response. A write whose request may have reached
   * the provider (a timeout, a reset connection, an unreadable answer) is marked outcome-unknown; a
   * refused connection or an unknown host means nothing was sent.
   *
   * @param write true for calls that change provider state
   */
  public static ProviderException forTransport(Provider provider, Throwable error, boolean write) {
    // The REST client may wrap what its filters and mappers throw; the gateway's own wins.
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ProviderException known) {
        return known;
      }
    }
    boolean neverSent =
        causedBy(error, ConnectException.class) || causedBy(error, UnknownHostException.class);
    ProviderFailure failure = new ProviderFailure(provider, null, null, null, write && !neverSent);
    if (isTimeout(error)) {
      return new ProviderTimeoutException(failure, error);
    }
    if (causedBy(error, JacksonException.class)) {
      return new ProviderBadResponseException(
          new ProviderFailure(provider, null, null, "unreadable response body", write), error);
    }
    // Refused and reset connections, closed streams and anything else the transport throws.
    return new ProviderUnavailableException(failure, error);
  }

  private static boolean isTimeout(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException
          || t instanceof java.net.SocketTimeoutException
          || t.getClass().getSimpleName().contains("Timeout")) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** RFC 9110 Retry-After: delay in seconds or an HTTP date. Null when absent or unreadable. */
  static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    if (value.matches("[0-9]{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
