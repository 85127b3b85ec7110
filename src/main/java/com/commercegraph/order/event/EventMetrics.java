package com.commercegraph.order.event;

import com.commercegraph.registry.Provider;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The meters of live orders (README "Metrics that matter"): events published and delivered by
 * source and type, subscriptions ended as too slow, webhooks received and rejected, polls by
 * provider and outcome. Every label comes from a fixed set (the enums, a provider, an error code),
 * and the series a dashboard or an alert rates over are published at zero from the start, so a rate
 * is there before the first event.
 */
@Startup
@ApplicationScoped
public class EventMetrics {

  /** Why a webhook was refused. */
  public enum Rejection {
    /** Missing or wrong credentials (HTTP 401). */
    CREDENTIALS,
    /** A body that is not what the provider sends (HTTP 400). */
    BODY
  }

  /** The providers without webhooks, whose changes are polled. */
  private static final List<Provider> POLLED =
      List.of(Provider.VEEQO, Provider.VEEPE, Provider.SHOPWEDO);

  /** The providers that send webhooks. */
  private static final List<Provider> SENDING = List.of(Provider.RECPLUS);

  private static final String OK = "OK";

  private final MeterRegistry registry;
  private final Map<EventSource, Map<OrderEventType, Counter>> published =
      new EnumMap<>(EventSource.class);
  private final Map<EventSource, Map<OrderEventType, Counter>> delivered =
      new EnumMap<>(EventSource.class);
  private final Counter tooSlow;

  EventMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (EventSource source : EventSource.values()) {
      published.put(source, new EnumMap<>(OrderEventType.class));
      delivered.put(source, new EnumMap<>(OrderEventType.class));
      for (OrderEventType type : OrderEventType.values()) {
        published.get(source).put(type, events("published", source, type));
        delivered.get(source).put(type, events("delivered", source, type));
      }
    }
    tooSlow =
        Counter.builder("commerce.events.subscribers.too.slow")
            .description("Subscriptions ended with SUBSCRIBER_TOO_SLOW (buffer full)")
            .register(registry);
    for (Provider provider : SENDING) {
      webhooksReceived(provider, true);
      webhooksReceived(provider, false);
      for (Rejection reason : Rejection.values()) {
        webhooksRejected(provider, reason);
      }
    }
    POLLED.forEach(provider -> polls(provider, OK));
  }

  private Counter events(String what, EventSource source, OrderEventType type) {
    return Counter.builder("commerce.events." + what)
        .description(
            "published".equals(what)
                ? "Order events published (once per change, on the instance that saw it)"
                : "Order events handed to a subscriber on this instance (one per subscriber)")
        .tags("source", source.name(), "type", type.name())
        .register(registry);
  }

  /** An event went out to every instance's subscribers. */
  void published(OrderEvent event) {
    published.get(event.source()).get(event.type()).increment();
  }

  /** An event went to one subscriber of this instance. */
  void delivered(OrderEvent event) {
    delivered.get(event.source()).get(event.type()).increment();
  }

  /** A subscription ended because its subscriber left too many events unread. */
  void endedTooSlow() {
    tooSlow.increment();
  }

  /**
   * A webhook was accepted.
   *
   * @param used false for an event the gateway does not use (answered 204)
   */
  public void webhookReceived(Provider provider, boolean used) {
    webhooksReceived(provider, used).increment();
  }

  /** A webhook was refused. */
  public void webhookRejected(Provider provider, Rejection reason) {
    webhooksRejected(provider, reason).increment();
  }

  /** A poll of a provider for changed orders got its answer. */
  void polled(Provider provider) {
    polls(provider, OK).increment();
  }

  /** A poll of a provider for changed orders failed with this error code. */
  void pollFailed(Provider provider, String code) {
    polls(provider, code).increment();
  }

  private Counter webhooksReceived(Provider provider, boolean used) {
    return Counter.builder("commerce.webhooks.received")
        .description("Webhooks accepted, by whether the gateway used their event")
        .tags("provider", provider.name(), "outcome", used ? "used" : "ignored")
        .register(registry);
  }

  private Counter webhooksRejected(Provider provider, Rejection reason) {
    return Counter.builder("commerce.webhooks.rejected")
        .description("Webhooks refused: credentials (401) or body (400)")
        .tags("provider", provider.name(), "reason", reason.name().toLowerCase(Locale.ROOT))
        .register(registry);
  }

  private Counter polls(Provider provider, String outcome) {
    return Counter.builder("commerce.events.polls")
        .description("Polls of a provider for changed orders, by outcome (OK or the error code)")
        .tags("provider", provider.name(), "outcome", outcome)
        .register(registry);
  }
}
