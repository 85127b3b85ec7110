package com.commercegraph.store;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * {@link EventChannel} over Redis publish/subscribe on one channel: every instance subscribed to it
 * hears every message, its own included. Redis keeps nothing for an instance that is away, which
 * suits events: a subscriber that reconnects reads the current state anyway. A subscription Redis
 * drops (or that ends with its connection) is made again, with a growing pause up to five seconds,
 * for as long as the gateway runs. A message Redis does not take (Redis down) goes to this
 * instance's own listeners only: they at least hear it, the other instances cannot.
 */
public class RedisEventChannel implements EventChannel, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RedisEventChannel.class);

  private final ReactivePubSubCommands<String> pubsub;
  private final String channel;
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private final AtomicBoolean publishing = new AtomicBoolean(true);
  private final AtomicBoolean listening = new AtomicBoolean(true);
  private volatile boolean closed;

  // Redis away: subscribe again after a pause that doubles up to five seconds, so that a Redis
  // that is back is heard from within seconds.
  private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
  private static final Duration LAST_PAUSE = Duration.ofSeconds(5);

  public RedisEventChannel(ReactiveRedisDataSource redis, String channel) {
    this.pubsub = redis.pubsub(String.class);
    this.channel = channel;
  }

  @Override
  public void publish(String message) {
    pubsub
        .publish(channel, message)
        .subscribe()
        .with(
            ignored -> {
              if (publishing.compareAndSet(false, true)) {
                LOG.infof("Messages on %s are published to Redis again", channel);
              }
            },
            failure -> {
              if (publishing.compareAndSet(true, false)) {
                LOG.warnf(
                    "Messages on %s cannot be published to Redis (%s): they reach this instance"
                        + " only until Redis is back",
                    channel, failure.toString());
              }
              listeners.forEach(listener -> deliver(listener, message));
            });
  }

  @Override
  public void listen(Consumer<String> listener) {
    listeners.add(listener);
    subscribe(listener, FIRST_PAUSE);
  }

  /**
   * Subscribes, and subscribes again whenever the subscription fails or ends: the Redis client ends
   * a subscription without an error when its connection drops (Redis restarted), and an instance
   * that stopped listening then would never hear another message.
   */
  private void subscribe(Consumer<String> listener, Duration pause) {
    AtomicBoolean heard = new AtomicBoolean();
    pubsub
        .subscribe(channel)
        .subscribe()
        .with(
            message -> {
              if (heard.compareAndSet(false, true) && listening.compareAndSet(false, true)) {
                LOG.infof("Listening to %s on Redis again", channel);
              }
              deliver(listener, message);
            },
            failure -> again(listener, heard.get() ? FIRST_PAUSE : pause, failure.toString()),
            () -> again(listener, heard.get() ? FIRST_PAUSE : pause, "connection closed"));
  }

  private void again(Consumer<String> listener, Duration pause, String why) {
    if (closed) {
      return;
    }
    if (listening.compareAndSet(true, false)) {
      LOG.warnf(
          "The Redis subscription to %s ended (%s); subscribing again every %ds at most",
          channel, why, LAST_PAUSE.toSeconds());
    }
    Duration next =
        pause.multipliedBy(2).compareTo(LAST_PAUSE) > 0 ? LAST_PAUSE : pause.multipliedBy(2);
    Uni.createFrom()
        .voidItem()
        .onItem()
        .delayIt()
        .by(pause)
        .subscribe()
        .with(ignored -> subscribe(listener, next));
  }

  private static void deliver(Consumer<String> listener, String message) {
    try {
      listener.accept(message);
    } catch (RuntimeException e) {
      LOG.error("An event listener failed", e);
    }
  }

  /** The gateway stops: subscriptions that end now are not made again. */
  @Override
  public void close() {
    closed = true;
  }

  @Override
  public String kind() {
    return "redis";
  }
}
