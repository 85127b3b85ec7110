package com.commercegraph.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link SharedStore} in this process's memory, for a gateway that runs as one instance: private to
 * it and forgotten when it stops. Expired entries are dropped when read and, every {@value
 * #SWEEP_EVERY} writes, all at once, so that a gateway running for months does not grow with every
 * key it ever stored.
 */
public class MemoryStore implements SharedStore {

  private static final int SWEEP_EVERY = 1000;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicInteger writes = new AtomicInteger();
  private final Clock clock;

  public MemoryStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean putIfAbsent(String key, String value, Duration ttl) {
    sweepNowAndThen();
    Instant now = clock.instant();
    Entry fresh = new Entry(value, now.plus(ttl));
    boolean[] stored = {false};
    entries.compute(
        key,
        (k, current) -> {
          if (current != null && current.expires().isAfter(now)) {
            return current;
          }
          stored[0] = true;
          return fresh;
        });
    return stored[0];
  }

  @Override
  public Optional<String> get(String key) {
    Instant now = clock.instant();
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!entry.expires().isAfter(now)) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  @Override
  public boolean replace(String key, String expected, String value, Duration ttl) {
    sweepNowAndThen();
    Instant now = clock.instant();
    boolean[] replaced = {false};
    entries.computeIfPresent(
        key,
        (k, current) -> {
          if (!current.expires().isAfter(now)) {
            return null;
          }
          if (!current.value().equals(expected)) {
            return current;
          }
          replaced[0] = true;
          return new Entry(value, now.plus(ttl));
        });
    return replaced[0];
  }

  @Override
  public String kind() {
    return "memory";
  }

  private void sweepNowAndThen() {
    if (writes.incrementAndGet() % SWEEP_EVERY == 0) {
      Instant now = clock.instant();
      entries.values().removeIf(entry -> !entry.expires().isAfter(now));
    }
  }

  private record Entry(String value, Instant expires) {}
}
