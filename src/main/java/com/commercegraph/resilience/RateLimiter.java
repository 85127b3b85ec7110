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
   * @return how long it waited, in nanoseconds; 0 when a turn was free
   * @throws GatewayRateLimitedException when the turn is further away than the bound; nothing was
   *     sent
   */
  long acquire() {
    long wait = reserve();
    if (wait <= 0) {
      return 0;
    }
    try {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused(Duration.ofNanos(wait));
    }
    return wait;
  }

  /**
   * Waits for a turn that leaves half the burst to callers who wait for an answer: background work
   * (keeping a summary up to date) then never makes a caller wait or be RATE_LIMITED, and uses the
   * rate only while the callers leave it unused.
   *
   * @param deadlineNanos {@link System#nanoTime()} past which it stops waiting
   * @return how long it waited, in nanoseconds
   * @throws GatewayRateLimitedException when no such turn comes before the deadline; nothing sent
   */
  long acquireLeavingReserve(long deadlineNanos) {
    long waited = 0;
    while (true) {
      long wait = reserveAbove(Math.floor(capacity / 2));
      if (wait <= 0) {
        return waited;
      }
      if (System.nanoTime() + wait > deadlineNanos) {
        throw refused(Duration.ofNanos(wait));
      }
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw refused(Duration.ofNanos(wait));
      }
      waited += wait;
    }
  }

  /** Takes a token when more than {@code reserve} are left; else how long until there are. */
  private synchronized long reserveAbove(double reserve) {
    refill();
    double needed = Math.min(capacity, reserve + 1);
    if (tokens >= needed) {
      tokens -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((needed - tokens) / perNano));
  }

  private void refill() {
    long now = System.nanoTime();
    tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
    refilledAt = now;
  }

  /** Takes a token now or later; answers how long to wait for it. */
  private synchronized long reserve() {
    refill();
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
