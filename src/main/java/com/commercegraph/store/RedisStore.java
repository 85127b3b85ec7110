package com.commercegraph.store;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.Optional;

/**
 * {@link SharedStore} in Redis, shared by every gateway instance that names the same Redis and kept
 * across restarts. Each operation is one Redis command, so it is atomic on its key: {@code SET NX
 * PX} for {@link #putIfAbsent}, a short Lua script for {@link #replace}. Every wait for Redis goes
 * through {@link SharedRedis}: bounded by {@code commerce.store.timeout}, refused at once while
 * Redis is unreachable ({@link StoreUnavailableException}), used again once it answers.
 */
public class RedisStore implements SharedStore {

  // KEYS[1] = key, ARGV = expected, new value, ttl in ms: set only when the value is the expected.
  private static final String REPLACE_SCRIPT =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then "
          + "redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) return 1 else return 0 end";

  private final SharedRedis shared;
  private final ReactiveRedisDataSource redis;

  public RedisStore(SharedRedis shared) {
    this.shared = shared;
    this.redis = shared.client();
  }

  @Override
  public boolean putIfAbsent(String key, String value, Duration ttl) {
    // SET answers OK when it stored the value and nil when NX found the key taken.
    Response answer = shared.await(() -> redis.execute("SET", key, value, "NX", "PX", millis(ttl)));
    return answer != null;
  }

  @Override
  public Optional<String> get(String key) {
    Response answer = shared.await(() -> redis.execute("GET", key));
    return answer == null ? Optional.empty() : Optional.of(answer.toString());
  }

  @Override
  public boolean replace(String key, String expected, String value, Duration ttl) {
    Response answer =
        shared.await(
            () -> redis.execute("EVAL", REPLACE_SCRIPT, "1", key, expected, value, millis(ttl)));
    return answer != null && answer.toInteger() == 1;
  }

  @Override
  public String kind() {
    return "redis";
  }

  private static String millis(Duration ttl) {
    return String.valueOf(Math.max(1, ttl.toMillis()));
  }
}
