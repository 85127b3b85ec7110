package com.commercegraph.store;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import java.time.Duration;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * {@link EventChannel} over Redis publish/subscribe on one channel: every instance subscribed to it
 * hears every message, its own included. Redis keeps nothing for an instance that is away, which
 * suits events: a subscriber that reconnects reads the current state anyway. A subscription Redis
 * drops is made again, with a growing pause, for as long as the gateway runs.
 */
public class RedisEventChannel implements EventChannel {

  private static final Logger LOG = Logger.getLogger(RedisEventChannel.class);

  private final ReactivePubSubCommands<String> pubsub;
  private final String channel;

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
            ignored -> {},
            failure ->
                LOG.warnf("An event could not be published to Redis: %s", failure.toString()));
  }

  @Override
  public void listen(Consumer<String> listener) {
    pubsub
        .subscribe(channel)
        .onFailure()
        .invoke(
            e ->
                LOG.warnf(
                    "The Redis event subscription failed (%s); subscribing again", e.toString()))
        // Redis away: subscribe again, waiting longer each time up to half a minute.
        .onFailure()
        .retry()
        .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30))
        .indefinitely()
        .subscribe()
        .with(
            message -> {
              try {
                listener.accept(message);
              } catch (RuntimeException e) {
                LOG.error("An event listener failed", e);
              }
            },
            failure -> LOG.errorf("The Redis event subscription ended: %s", failure.toString()));
  }

  @Override
  public String kind() {
    return "redis";
  }
}
