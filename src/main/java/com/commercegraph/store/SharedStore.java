package com.commercegraph.store;

import java.time.Duration;
import java.util.Optional;

/**
 * Small pieces of state shared by every gateway instance: text values under text keys, each with
 * its own time to live. In Redis when {@code quarkus.redis.hosts} is set ({@link RedisStore}), in
 * this process's memory otherwise ({@link MemoryStore}).
 *
 * <p>What callers rely on: every operation is atomic on its key, across instances when the store is
 * Redis; an entry is gone once its time to live has passed; an operation either completes within
 * {@code commerce.store.timeout} or throws {@link StoreUnavailableException}, in which case it may
 * or may not have been applied, and the caller must not act as if it had been.
 */
public interface SharedStore {

  /**
   * Stores {@code value} under {@code key} unless the key holds a value already.
   *
   * @return true when this call stored it
   * @throws StoreUnavailableException when the store could not be asked in time
   */
  boolean putIfAbsent(String key, String value, Duration ttl);

  /**
   * The value under the key, if there is one that has not expired.
   *
   * @throws StoreUnavailableException when the store could not be asked in time
   */
  Optional<String> get(String key);

  /**
   * Replaces the value under {@code key} with {@code value}, with a new time to live, only if it is
   * exactly {@code expected} now (compare and set).
   *
   * @return true when this call replaced it
   * @throws StoreUnavailableException when the store could not be asked in time
   */
  boolean replace(String key, String expected, String value, Duration ttl);

  /** Where the values live, for the README's and the logs' sake: "redis" or "memory". */
  String kind();
}
