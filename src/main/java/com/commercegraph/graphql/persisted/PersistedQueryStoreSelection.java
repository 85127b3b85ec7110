package com.commercegraph.graphql.persisted;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Redis when {@code QUARKUS_REDIS_HOSTS} is set, so every instance sees what a client registered
 * with any of them; memory otherwise, so one instance needs nothing else. The Redis client is
 * created only then: the gateway starts without Redis, and a Redis that is down at start-up only
 * turns lookups into misses.
 */
class PersistedQueryStoreSelection {

  private static final Logger LOG = Logger.getLogger(PersistedQueryStoreSelection.class);

  @Produces
  @Singleton
  PersistedQueryStore store(
      @ConfigProperty(name = "quarkus.redis.hosts") Optional<String> redisHosts,
      PersistedQuerySettings settings,
      Vertx vertx) {
    if (redisHosts.isEmpty() || redisHosts.get().isBlank()) {
      return new InMemoryPersistedQueryStore(settings.maxSize().asLongValue());
    }
    RedisOptions options = new RedisOptions();
    for (String host : redisHosts.get().split(",")) {
      options.addConnectionString(host.trim());
    }
    LOG.info("Persisted queries are shared through Redis (QUARKUS_REDIS_HOSTS)");
    return new RedisPersistedQueryStore(
        RedisAPI.api(Redis.createClient(vertx, options)), settings.ttl(), settings.redisTimeout());
  }

  void close(@Disposes PersistedQueryStore store) {
    if (store instanceof RedisPersistedQueryStore redis) {
      redis.close();
    }
  }
}
