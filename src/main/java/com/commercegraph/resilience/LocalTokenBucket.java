package com.commercegraph.resilience;

/**
 * {@link TokenBucket} in this process's memory: the whole budget when the gateway runs alone, its
 * share of it ({@link ProviderBudgets}) when instances cannot share one.
 */
final class LocalTokenBucket implements TokenBucket {

  private final double perNano;
  private final double capacity;
  private double tokens;
  private long refilledAt;

  LocalTokenBucket(double ratePerSecond, double burst) {
    this.perNano = ratePerSecond / 1e9;
    this.capacity = Math.max(1, burst);
    this.tokens = capacity;
    this.refilledAt = System.nanoTime();
  }

  @Override
  public synchronized Turn take(long maxWaitNanos) {
    refill();
    long wait = tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    if (wait > maxWaitNanos) {
      return new Turn(false, wait);
    }
    tokens -= 1;
    return new Turn(true, wait);
  }

  @Override
  public synchronized Turn takeLeavingHalf() {
    refill();
    double needed = Math.min(capacity, Math.floor(capacity / 2) + 1);
    if (tokens >= needed) {
      tokens -= 1;
      return Turn.now();
    }
    return new Turn(false, Math.max(1, (long) Math.ceil((needed - tokens) / perNano)));
  }

  private void refill() {
    long now = System.nanoTime();
    tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
    refilledAt = now;
  }
}
