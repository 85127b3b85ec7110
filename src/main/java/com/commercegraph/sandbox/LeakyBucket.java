package com.commercegraph.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A provider's rate limit as a leaky bucket per credential: it holds {@code capacity} requests and
 * drains {@code drainPerSecond}; a request that finds it full is refused (the simulator answers
 * 429).
 */
public final class LeakyBucket {

  private record Level(double requests, Instant at) {}

  private final int capacity;
  private final double drainPerSecond;
  private final Map<String, Level> levels = new HashMap<>();

  public LeakyBucket(int capacity, double drainPerSecond) {
    this.capacity = capacity;
    this.drainPerSecond = drainPerSecond;
  }

  /** Counts the request in; false when the bucket is full and the request must be refused. */
  public synchronized boolean admit(String credential, Instant now) {
    Level last = levels.getOrDefault(credential, new Level(0, now));
    // A clock set back by a test drains nothing rather than overfilling the bucket.
    double seconds = Math.max(0, Duration.between(last.at(), now).toNanos() / 1e9);
    double level = Math.max(0, last.requests() - seconds * drainPerSecond);
    if (level + 1 > capacity) {
      levels.put(credential, new Level(level, now));
      return false;
    }
    levels.put(credential, new Level(level + 1, now));
    return true;
  }
}
