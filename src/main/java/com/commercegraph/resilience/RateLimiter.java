package com.commercegraph.resilience;

import com.commercegraph.failure.GatewayRateLimitedException;
import com.commercegraph.registry.Provider;
import java.time.Duration;

/**
 * A token bucket: {@code burst} requests may go at once, then one every {@code 1/rate} seconds.
 * Callers wait for their turn, but not longer than the bound: the gateway would rather answer
 * RATE_LIMITED itself than let the provider answer 429.
 */
final class RateLimiter {

  private final Provider provider;
  private final double perNano;
  private final double capacity;
  private final long maxWaitNanos;
  private double tokens;
  private long refilledAt;

  RateLimiter(Provider provider, int ratePerSecond, int burst, Duration maxWait) {
    this.provider = provider;
    this.perNano = ratePerSecond / 1e9;
    this.capacity = Math.max(1, burst);
    this.maxWaitNanos = maxWait.toNanos();
    this.tokens = capacity;
    this.refilledAt = System.nanoTime();
  }

  /**
   * Waits for a turn.
   *
   * @throws GatewayRateLimitedException when the turn is further away than the bound; nothing was
   *     sent
   */
  void acquire() {
    long wait = reserve();
    if (wait <= 0) {
      return;
    }
    try {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused(Duration.ofNanos(wait));
    }
  }

  /** Takes a token now or later; answers how long to wait for it. */
  private synchronized long reserve() {
    long now = System.nanoTime();
    tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
    refilledAt = now;
    long wait = tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    if (wait > maxWaitNanos) {
      throw refused(Duration.ofNanos(wait));
    }
    tokens -= 1;
    return wait;
  }

  private GatewayRateLimitedException refused(Duration wait) {
    return new GatewayRateLimitedException(provider, wait);
  }
}
