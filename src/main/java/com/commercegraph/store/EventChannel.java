package com.commercegraph.store;

import java.util.function.Consumer;

/**
 * Messages every gateway instance hears: Redis publish/subscribe when {@code quarkus.redis.hosts}
 * is set ({@link RedisEventChannel}), this process alone otherwise ({@link MemoryEventChannel}).
 *
 * <p>What callers rely on: a published message reaches every listener of every instance that is
 * connected at the time, this one included, at most once, in the order this instance published;
 * nothing is kept for an instance that was not listening. A listener runs on the channel's thread
 * and must not block.
 */
public interface EventChannel {

  /** Sends the message to every instance's listeners; never blocks the caller. */
  void publish(String message);

  /** Adds a listener for every message from now on. */
  void listen(Consumer<String> listener);

  /** "redis" or "memory", for the logs and the README. */
  String kind();
}
