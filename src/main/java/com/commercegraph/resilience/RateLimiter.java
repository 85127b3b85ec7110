package com.commercegraph.resilience;

import com.commercegraph.failure.GatewayRateLimitedException;
import com.commercegraph.registry.Provider;
import java.time.Duration;

/**
 * Waits for a provider's turn in its {@link TokenBucket}, but not longer than the bound: the
 * gateway would rather answer RATE_LIMITED itself than let the provider answer 429.
 */
final class RateLimiter {

  private final Provider provider;
  private final TokenBucket bucket;
  private final long maxWaitNanos;

  RateLimiter(Provider provider, TokenBucket bucket, Duration maxWait) {
    this.provider = provider;
    this.bucket = bucket;
    this.maxWaitNanos = maxWait.toNanos();
  }

  /**
   * Waits for a turn.
   *
   * @return how long it waited, in nanoseconds; 0 when a turn was free
   * @throws GatewayRateLimitedException when the turn is further away than the bound; nothing was
   *     sent
   */
  long acquire() {
    TokenBucket.Turn turn = bucket.take(maxWaitNanos);
    if (!turn.taken()) {
      throw refused(turn.waitNanos());
    }
    if (turn.waitNanos() > 0) {
      sleep(turn.waitNanos());
    }
    return turn.waitNanos();
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
      TokenBucket.Turn turn = bucket.takeLeavingHalf();
      if (turn.taken()) {
        return waited;
      }
      if (System.nanoTime() + turn.waitNanos() > deadlineNanos) {
        throw refused(turn.waitNanos());
      }
      sleep(turn.waitNanos());
      waited += turn.waitNanos();
    }
  }

  private void sleep(long nanos) {
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused(nanos);
    }
  }

  private GatewayRateLimitedException refused(long waitNanos) {
    return new GatewayRateLimitedException(provider, Duration.ofNanos(waitNanos));
  }
}
