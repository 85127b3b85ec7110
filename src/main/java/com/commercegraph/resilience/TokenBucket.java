package com.commercegraph.resilience;

/**
 * One provider account's token bucket: {@code burst} requests may go at once, then one every {@code
 * 1/rate} seconds. {@link RateLimiter} waits on it; where it lives (this process, or Redis for
 * every instance at once) is the implementation's business.
 *
 * <p>What callers rely on: each call is atomic on the bucket (across instances when it is shared),
 * and a caller told to wait has its token already, so waiting callers are spread over time instead
 * of all coming back at the same instant.
 */
interface TokenBucket {

  /**
   * Takes a token now, or reserves the next free one when it comes within {@code maxWaitNanos}.
   *
   * @return taken with the wait until the reserved token (0: now), or not taken with how far away
   *     the next token is
   */
  Turn take(long maxWaitNanos);

  /**
   * Takes a token now only while more than half of the bucket is left: background work leaves the
   * other half to callers who wait for an answer. Never reserves ahead.
   *
   * @return taken (wait 0), or not taken with how long until such a token would be there
   */
  Turn takeLeavingHalf();

  /** A bucket's answer: whether the token is the caller's, and how long to wait for it. */
  record Turn(boolean taken, long waitNanos) {

    static Turn now() {
      return new Turn(true, 0);
    }
  }
}
