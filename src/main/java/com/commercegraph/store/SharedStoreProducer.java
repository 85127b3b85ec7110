package com.commercegraph.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Chooses where shared state lives: Redis when the standard {@code quarkus.redis.hosts} ({@code
 * QUARKUS_REDIS_HOSTS}) is set, this process's memory otherwise. The Redis client is only asked for
 * when hosts are set, so a gateway without Redis never builds one (nor fails for the lack of one).
 */
@ApplicationScoped
class SharedStoreProducer {

  private static final Logger LOG = Logger.getLogger(SharedStoreProducer.class);

  /** The Redis channel every instance listens on. */
  static final String EVENT_CHANNEL = "commerce-graph:events";

  @Produces
  @ApplicationScoped
  SharedStore store(SharedRedis redis) {
    if (redis.configured()) {
      LOG.info("Shared state (write references) is kept in Redis");
      return new RedisStore(redis);
    }
    LOG.info(
        "Shared state (write references) is kept in memory: set QUARKUS_REDIS_HOSTS to keep it"
            + " across restarts and share it between instances");
    return new MemoryStore(Clock.systemUTC());
  }

  /** Order events and the like: across instances through Redis, in this process otherwise. */
  @Produces
  @ApplicationScoped
  EventChannel events(SharedRedis redis, EventChannels channels) {
    if (redis.configured()) {
      LOG.info("Events are shared between instances through Redis");
    }
    return channels.open(EVENT_CHANNEL);
  }
}
