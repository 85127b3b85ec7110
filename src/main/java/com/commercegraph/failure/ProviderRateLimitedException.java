package com.commercegraph.failure;

import java.time.Duration;
import java.util.Optional;

/** The provider refused the call because of its rate limit (429). */
public class ProviderRateLimitedException extends ProviderException {

  private final Duration retryAfter;

  public ProviderRateLimitedException(ProviderFailure failure, Duration retryAfter) {
    super(failure, null);
    this.retryAfter = retryAfter;
  }

  @Override
  public String code() {
    return "RATE_LIMITED";
  }

  @Override
  public boolean retryable() {
    return true;
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
