package com.commercegraph.store;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Opens {@link EventChannel}s by name: Redis publish/subscribe channels when instances share a
 * Redis ({@link SharedRedis#configured()}), in-process channels otherwise. Each concern has a
 * channel of its own, so that a listener hears only its own kind of message.
 */
@ApplicationScoped
public class EventChannels {

  private final SharedRedis redis;

  EventChannels(SharedRedis redis) {
    this.redis = redis;
  }

  /** A new channel under this name; open each name once per process. */
  public EventChannel open(String name) {
    return redis.configured()
        ? new RedisEventChannel(redis.client(), name)
        : new MemoryEventChannel();
  }
}
