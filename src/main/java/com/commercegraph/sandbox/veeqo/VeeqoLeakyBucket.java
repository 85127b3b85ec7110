package com.commercegraph.sandbox.veeqo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Veeqo's rate limit (http_codes.md, 429): a leaky bucket per credential that holds 100 requests
 * and drains 5 per second; a request that finds it full is refused.
 */
final class VeeqoLeakyBucket {

  static final int CAPACITY = 100;
  static final int DRAIN_PER_SECOND = 5;

  private record Level(double requests, Instant at) {}

  private final Map<String, Level> levels = new HashMap<>();

  /** Counts the request in; false when the bucket is full and the request must be refused. */
  synchronized boolean admit(String credential, Instant now) {
    Level last = levels.getOrDefault(credential, new Level(0, now));
    // A clock set back by a test drains nothing rather than overfilling the bucket.
    double seconds = Math.max(0, Duration.between(last.at(), now).toNanos() / 1e9);
    double level = Math.max(0, last.requests() - seconds * DRAIN_PER_SECOND);
    if (level + 1 > CAPACITY) {
      levels.put(credential, new Level(level, now));
      return false;
    }
    levels.put(credential, new Level(level + 1, now));
    return true;
  }
}
