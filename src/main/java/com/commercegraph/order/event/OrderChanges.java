package com.commercegraph.order.event;

import com.commercegraph.order.Order;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.store.SharedStore;
import com.commercegraph.store.StoreUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Where every source of order news (webhooks, polls, the gateway's own writes) turns what it saw
 * into at most one event per change. The last state seen of each order is kept in the shared store
 * (so across instances when it is Redis): an order seen again as it was is no event, whoever saw
 * it; one seen older than what is known (a poll answer overtaken by a webhook) is none either. What
 * changed decides the type: a new order is ORDER_CREATED, another status ORDER_STATUS_CHANGED with
 * the status before, anything else ORDER_UPDATED.
 */
@ApplicationScoped
public class OrderChanges {

  private static final Logger LOG = Logger.getLogger(OrderChanges.class);

  /**
   * How long an order's last state is remembered: changes come within hours of each other while an
   * order is live; one seen again after that is news of its own anyway.
   */
  private static final Duration REMEMBERED = Duration.ofDays(1);

  private static final int TRIES = 3;

  private final SharedStore store;
  private final OrderEventStream stream;
  private final WatchedOrders watched;
  private final Clock clock = Clock.systemUTC();

  OrderChanges(SharedStore store, OrderEventStream stream, WatchedOrders watched) {
    this.store = store;
    this.stream = stream;
    this.watched = watched;
  }

  /**
   * The gateway's own write ended with the order as the provider answered it: its event goes out at
   * once, and polls look at it again where a list cannot show its changes ({@link WatchedOrders}).
   * An order known by its id only (reading it back failed) says nothing of its state, and makes no
   * event.
   *
   * @param firstSight as for {@link #seen}
   */
  public void wrote(Order order, OrderEventType firstSight) {
    watched.seen(order);
    if (order.status() == OrderStatus.UNKNOWN && order.number() == null) {
      return;
    }
    seen(order, EventSource.GATEWAY, firstSight);
  }

  /**
   * The order as a source saw it: published as an event unless that state is already known.
   *
   * @param firstSight the event's type when nothing is known of the order yet: ORDER_CREATED when
   *     the source says it was just created (a {@code new.order} webhook, the gateway's create, a
   *     poll finding an order created since the last), ORDER_STATUS_CHANGED for the gateway's own
   *     transition, else ORDER_UPDATED
   * @return the event published, if any
   */
  public Optional<OrderEvent> seen(Order order, EventSource source, OrderEventType firstSight) {
    State now = State.of(order);
    String key = key(order);
    try {
      for (int i = 0; i < TRIES; i++) {
        Optional<String> stored = store.get(key);
        if (stored.isEmpty()) {
          if (store.putIfAbsent(key, now.encode(), REMEMBERED)) {
            return Optional.of(publish(firstSight, order, null, source));
          }
          continue;
        }
        State before = State.decode(stored.get());
        if (before.fingerprint().equals(now.fingerprint()) || now.olderThan(before)) {
          return Optional.empty();
        }
        if (store.replace(key, stored.get(), now.encode(), REMEMBERED)) {
          OrderEventType type =
              before.status() != now.status()
                  ? OrderEventType.ORDER_STATUS_CHANGED
                  : OrderEventType.ORDER_UPDATED;
          return Optional.of(publish(type, order, before.status(), source));
        }
      }
      // Others changed the record in between every time: they published what they saw.
      return Optional.empty();
    } catch (StoreUnavailableException e) {
      // Better a change told twice than not at all; that the store is away is logged once, by
      // store.SharedRedis, not once per event.
      LOG.debugf(
          "The shared store is unavailable: an event of %s order %s goes out without checking"
              + " whether it was seen before",
          order.provider(), order.providerId());
      return Optional.of(publish(firstSight, order, null, source));
    }
  }

  /**
   * Remembers the order as it is now without an event: what a first poll finds is where later
   * polls' changes are measured from, not news.
   */
  public void remember(Order order) {
    try {
      store.putIfAbsent(key(order), State.of(order).encode(), REMEMBERED);
    } catch (StoreUnavailableException e) {
      LOG.debugf(
          "The shared store is unavailable; %s order %s not remembered",
          order.provider(), order.providerId());
    }
  }

  private OrderEvent publish(
      OrderEventType type, Order order, OrderStatus previous, EventSource source) {
    OrderEvent event = new OrderEvent(type, order, previous, OffsetDateTime.now(clock), source);
    stream.publish(event);
    return event;
  }

  private static String key(Order order) {
    return "order-state:" + order.provider().name() + ":" + order.providerId();
  }

  /**
   * What is remembered of an order: when it was last updated (when the provider says), its status,
   * and a digest of what subscribers see change.
   */
  private record State(Long updatedAtMillis, OrderStatus status, String fingerprint) {

    static State of(Order order) {
      String seen =
          String.join(
              "\n",
              String.valueOf(order.status()),
              String.valueOf(order.providerStatus()),
              String.valueOf(order.updatedAt() == null ? null : order.updatedAt().toInstant()),
              order.total() == null ? "" : order.total().amount().toPlainString(),
              order.total() == null ? "" : order.total().currencyCode(),
              String.valueOf(order.lines().size()),
              String.valueOf(order.customer()),
              String.valueOf(order.shippingAddress()));
      return new State(
          order.updatedAt() == null ? null : order.updatedAt().toInstant().toEpochMilli(),
          order.status(),
          digest(seen));
    }

    boolean olderThan(State known) {
      return updatedAtMillis != null
          && known.updatedAtMillis() != null
          && updatedAtMillis < known.updatedAtMillis();
    }

    String encode() {
      return (updatedAtMillis == null ? "-" : updatedAtMillis)
          + "|"
          + status.name()
          + "|"
          + fingerprint;
    }

    static State decode(String text) {
      String[] parts = text.split("\\|", 3);
      return new State(
          parts[0].equals("-") ? null : Long.valueOf(parts[0]),
          OrderStatus.valueOf(parts[1]),
          parts[2]);
    }

    private static String digest(String text) {
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 12);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }
  }
}
