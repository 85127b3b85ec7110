package com.commercegraph.resilience;

import com.commercegraph.store.StoreUnavailableException;

/**
 * The shared bucket while Redis answers, this instance's share of the budget while it does not:
 * reads go on during a Redis outage, and all instances together still stay within the provider's
 * limit (each takes 1/N of it). Back to the shared bucket by itself as soon as Redis answers again
 * ({@link com.commercegraph.store.SharedRedis} says when to ask).
 */
final class FallbackTokenBucket implements TokenBucket {

  private final TokenBucket shared;
  private final TokenBucket localShare;

  FallbackTokenBucket(TokenBucket shared, TokenBucket localShare) {
    this.shared = shared;
    this.localShare = localShare;
  }

  @Override
  public Turn take(long maxWaitNanos) {
    try {
      return shared.take(maxWaitNanos);
    } catch (StoreUnavailableException e) {
      return localShare.take(maxWaitNanos);
    }
  }

  @Override
  public Turn takeLeavingHalf() {
    try {
      return shared.takeLeavingHalf();
    } catch (StoreUnavailableException e) {
      return localShare.takeLeavingHalf();
    }
  }
}
