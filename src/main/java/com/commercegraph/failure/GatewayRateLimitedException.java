package com.commercegraph.failure;

import com.commercegraph.registry.Provider;
import java.time.Duration;

/**
 * The gateway's own rate limit refused the call: its turn was further away than the configured
 * wait. Nothing was sent, so a write is known not applied. Not retried: the wait bound is the
 * longest a caller is meant to wait for a turn, and a retry would only wait again.
 */
public class GatewayRateLimitedException extends ProviderRateLimitedException {

  public GatewayRateLimitedException(Provider provider, Duration wait) {
    super(
        new ProviderFailure(
            provider, null, null, "the gateway's own rate limit for " + provider, false),
        wait);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
