package com.commercegraph.order.event;

import com.commercegraph.cache.ReadKind;
import com.commercegraph.cache.ReadVersions;
import com.commercegraph.store.EventChannel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The order events of every instance, handed to this instance's subscribers. An event published
 * here goes out on the {@link EventChannel} (Redis when instances share one, else in process) and
 * comes back to every instance, this one included, which then drops the cached order reads of its
 * provider, watches the order where its provider cannot list orders (so that whichever instance
 * holds the polling lease polls it, {@link WatchedOrders}), and gives the event to each subscriber
 * whose filter it matches.
 *
 * <p>What subscribers rely on: each has its own buffer of {@code commerce.events.subscriber-buffer}
 * events; one that falls further behind has its stream end with {@link SubscriberTooSlowException},
 * and nobody else waits for it. Events reach a subscriber on worker threads, one at a time, in the
 * order this instance received them.
 */
@ApplicationScoped
public class OrderEventStream {

  private static final Logger LOG = Logger.getLogger(OrderEventStream.class);

  private final EventChannel channel;
  private final ObjectMapper json;
  private final ReadVersions versions;
  private final WatchedOrders watched;
  private final int buffer;
  private final EventMetrics metrics;
  private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
  private final AtomicLong quietSpells = new AtomicLong();

  OrderEventStream(
      EventChannel channel,
      ObjectMapper json,
      ReadVersions versions,
      WatchedOrders watched,
      EventSettings settings,
      EventMetrics metrics) {
    this.channel = channel;
    // Times keep the offset they were read with (Jackson would move them to UTC).
    this.json = json.copy().disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    this.versions = versions;
    this.watched = watched;
    this.buffer = settings.subscriberBuffer();
    this.metrics = metrics;
  }

  void listen(@Observes StartupEvent start) {
    channel.listen(this::received);
    LOG.debugf("Order events travel through the %s event channel", channel.kind());
  }

  /** Sends the event to every instance's subscribers; returns at once. */
  public void publish(OrderEvent event) {
    try {
      channel.publish(json.writeValueAsString(event));
      metrics.published(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an order event is plain data", e);
    }
  }

  /**
   * The events matching the filter from now on, until the subscriber cancels or falls behind by
   * more than its buffer.
   */
  public Multi<OrderEvent> subscribe(OrderEventFilter filter) {
    return Multi.createFrom()
        .<OrderEvent>emitter(
            emitter -> {
              Listener listener = new Listener(filter, emitter);
              listeners.add(listener);
              emitter.onTermination(
                  () -> {
                    if (listeners.remove(listener) && listeners.isEmpty()) {
                      quietSpells.incrementAndGet();
                    }
                  });
            },
            BackPressureStrategy.ERROR)
        .onOverflow()
        .buffer(buffer)
        .onFailure(BackPressureFailure.class)
        .transform(
            tooMany -> {
              metrics.endedTooSlow();
              return new SubscriberTooSlowException(buffer);
            })
        .emitOn(Infrastructure.getDefaultWorkerPool(), 1);
  }

  /** Subscribers on this instance now. */
  public int subscribers() {
    return listeners.size();
  }

  /**
   * How many times the last subscriber on this instance has gone: a poll that sees this change
   * knows nobody heard the provider meanwhile, and starts from a fresh baseline.
   */
  public long quietSpells() {
    return quietSpells.get();
  }

  private void received(String message) {
    OrderEvent event;
    try {
      event = json.readValue(message, OrderEvent.class);
    } catch (JsonProcessingException e) {
      LOG.warnf("An order event that could not be read was ignored: %s", e.getOriginalMessage());
      return;
    }
    versions.invalidate(event.order().provider(), ReadKind.ORDERS);
    versions.invalidate(event.order().provider(), ReadKind.ORDER_SUMMARY);
    watched.seen(event.order());
    for (Listener listener : listeners) {
      if (listener.filter().matches(event)) {
        listener.emitter().emit(event);
        metrics.delivered(event);
      }
    }
  }

  private record Listener(OrderEventFilter filter, MultiEmitter<? super OrderEvent> emitter) {}
}
