package com.commercegraph.failure;

import com.commercegraph.registry.Provider;

/**
 * The provider's circuit breaker is open: the call was answered at once, nothing was sent. Not
 * retried: a retry within the same request would meet the same open breaker, so it would only delay
 * the answer the breaker exists to give at once.
 */
public class CircuitOpenException extends ProviderUnavailableException {

  public CircuitOpenException(Provider provider, Throwable cause) {
    super(
        new ProviderFailure(
            provider,
            null,
            null,
            "not called for a while after repeated failures (circuit open)",
            false),
        cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
