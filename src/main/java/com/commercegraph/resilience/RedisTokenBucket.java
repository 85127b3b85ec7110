package com.commercegraph.resilience;

import com.commercegraph.registry.Provider;
import com.commercegraph.store.SharedRedis;
import com.commercegraph.store.StoreUnavailableException;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.vertx.mutiny.redis.client.Response;
import java.util.Locale;

/**
 * {@link TokenBucket} in Redis, one per provider account, shared by every instance that names the
 * same Redis: the provider's limit then holds for all of them together. Each turn is one Lua
 * script, atomic in Redis: it refills the bucket by the time passed, takes or reserves the token,
 * and says how long to wait. The time is Redis's own ({@code TIME}), so instances whose clocks
 * disagree still share one bucket fairly. The bucket is a hash ({@code tokens}, {@code at} in
 * microseconds) under {@code commerce:budget:<provider>}, gone once it would be full again anyway.
 *
 * <p>Every method throws {@link StoreUnavailableException} when Redis cannot be asked ({@link
 * SharedRedis}); the caller then takes its turn elsewhere ({@link FallbackTokenBucket}).
 */
final class RedisTokenBucket implements TokenBucket {

  /**
   * KEYS[1] the bucket; ARGV: tokens per second, capacity, tokens that must be there to take one,
   * longest wait in microseconds for which a token is reserved ahead. Answers {taken 1|0, wait in
   * microseconds}. Numbers are written with string.format: Lua's tostring keeps 14 digits only.
   */
  private static final String SCRIPT =
      """
      redis.replicate_commands()
      local rate = tonumber(ARGV[1]) / 1000000
      local capacity = tonumber(ARGV[2])
      local needed = tonumber(ARGV[3])
      local max_wait = tonumber(ARGV[4])
      local time = redis.call('TIME')
      local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
      local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
      local tokens = tonumber(state[1]) or capacity
      local at = tonumber(state[2]) or now
      if now > at then
        tokens = math.min(capacity, tokens + (now - at) * rate)
        at = now
      end
      local wait = 0
      if tokens < needed then
        wait = math.ceil((needed - tokens) / rate)
      end
      if wait > max_wait then
        return {0, wait}
      end
      tokens = tokens - 1
      redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens),
        'at', string.format('%.0f', at))
      redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / rate / 1000) + 1000)
      return {1, wait}
      """;

  private final SharedRedis shared;
  private final ReactiveRedisDataSource redis;
  private final String key;
  private final String rate;
  private final double capacity;

  RedisTokenBucket(SharedRedis shared, Provider provider, double ratePerSecond, double burst) {
    this.shared = shared;
    this.redis = shared.client();
    this.key = key(provider);
    this.rate = String.valueOf(ratePerSecond);
    this.capacity = Math.max(1, burst);
  }

  /** Where a provider account's bucket is kept in Redis. */
  static String key(Provider provider) {
    return "commerce:budget:" + provider.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Turn take(long maxWaitNanos) {
    return turn(1, maxWaitNanos / 1000);
  }

  @Override
  public Turn takeLeavingHalf() {
    Turn turn = turn(Math.min(capacity, Math.floor(capacity / 2) + 1), 0);
    return turn.taken() ? turn : new Turn(false, Math.max(1, turn.waitNanos()));
  }

  private Turn turn(double needed, long maxWaitMicros) {
    Response answer =
        shared.await(
            () ->
                redis.execute(
                    "EVAL",
                    SCRIPT,
                    "1",
                    key,
                    rate,
                    String.valueOf(capacity),
                    String.valueOf(needed),
                    String.valueOf(maxWaitMicros)));
    return new Turn(answer.get(0).toInteger() == 1, answer.get(1).toLong() * 1000);
  }
}
