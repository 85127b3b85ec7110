package com.commercegraph.graphql.persisted;

import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Persisted queries shared by every instance through Redis: one key per hash, each expiring {@code
 * ttl} after it was last used (so Redis holds only what clients still send). Redis being slow or
 * down never fails a request: a lookup that gets no answer within {@code timeout} is a miss, and
 * the client sends the document again; a save that fails is only logged.
 */
final class RedisPersistedQueryStore implements PersistedQueryStore {

  private static final Logger LOG = Logger.getLogger(RedisPersistedQueryStore.class);
  static final String KEY_PREFIX = "commerce-graph:apq:";

  private final RedisAPI redis;
  private final Duration ttl;
  private final Duration timeout;

  RedisPersistedQueryStore(RedisAPI redis, Duration ttl, Duration timeout) {
    this.redis = redis;
    this.ttl = ttl;
    this.timeout = timeout;
  }

  @Override
  public Optional<String> find(String hash) {
    try {
      Response value =
          redis
              .getex(List.of(KEY_PREFIX + hash, "EX", Long.toString(ttl.toSeconds())))
              .await()
              .atMost(timeout);
      return value == null ? Optional.empty() : Optional.of(value.toString());
    } catch (RuntimeException e) {
      LOG.warnf("Persisted query lookup in Redis failed (%s); treated as not found", e.toString());
      return Optional.empty();
    }
  }

  @Override
  public void save(String hash, String document) {
    try {
      redis
          .set(List.of(KEY_PREFIX + hash, document, "EX", Long.toString(ttl.toSeconds())))
          .await()
          .atMost(timeout);
    } catch (RuntimeException e) {
      LOG.warnf("Persisted query not saved in Redis (%s); the client will resend it", e.toString());
    }
  }

  void close() {
    redis.close();
  }
}
