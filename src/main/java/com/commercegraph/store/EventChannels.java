package com.commercegraph.store;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Opens {@link EventChannel}s by name: Redis publish/subscribe channels when instances share a
 * Redis ({@link SharedRedis#configured()}), in-process channels otherwise. Each concern has a
 * channel of its own, so that a listener hears only its own kind of message.
 */
@ApplicationScoped
public class EventChannels {

  private final SharedRedis redis;
  private final List<RedisEventChannel> opened = new CopyOnWriteArrayList<>();

  EventChannels(SharedRedis redis) {
    this.redis = redis;
  }

  /** A new channel under this name; open each name once per process. */
  public EventChannel open(String name) {
    if (redis.configured()) {
      RedisEventChannel channel = new RedisEventChannel(redis.client(), name);
      opened.add(channel);
      return channel;
    }
    return new MemoryEventChannel();
  }

  /** The gateway stops: Redis subscriptions ended by their connections closing stay ended. */
  void close(@Observes ShutdownEvent stop) {
    opened.forEach(RedisEventChannel::close);
  }
}
