package com.commercegraph.order.event;

import com.commercegraph.merge.ListSlice;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderListQuery;
import com.commercegraph.order.OrderListing;
import com.commercegraph.order.OrderLookup;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderBound;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCalls;
import com.commercegraph.resilience.RequestLimits;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Asks the providers without webhooks what changed, and hands what they answer to {@link
 * OrderChanges}: Veeqo the orders updated since its last poll ({@code updated_at_min}), VeePe its
 * newest page of orders and then, one by one, a few of the open orders it watches that were not on
 * that page ({@link WatchedOrders}), ShopWeDo (which cannot list orders) a few of the orders the
 * gateway created or read, in turn.
 *
 * <p>What callers rely on: one poll per provider per interval however many subscribe; none while
 * nobody on this instance subscribes, and none when {@link PollTurns} gives the turn to another
 * instance (asked every half interval, so that a turn another instance gave up is taken within two
 * intervals). An instance that takes the turn over reads back from a little before the other
 * instance's last poll, not from now: the changes in between still become events, once, whoever saw
 * them first. Each poll is background work under the provider's rate limit ({@link
 * ProviderCalls#backgroundReads}): it takes a turn only while half of the provider's burst is left
 * for callers who wait for an answer, so polling never makes a dashboard's query wait or be
 * RATE_LIMITED. The first poll after a quiet spell only takes note of where orders stand: what it
 * finds is the baseline later changes are measured against, not news.
 */
@ApplicationScoped
public class OrderPolling {

  private static final Logger LOG = Logger.getLogger(OrderPolling.class);

  /**
   * The page size of a poll's reads of Veeqo's changes: its largest page (orders.md {@code
   * page_size}). A poll reads a few such pages at most ({@code VeeqoProvider#changedSince}) and
   * warns of changes past them, which it does not see.
   */
  private static final int VEEQO_CHANGES_PER_POLL = 100;

  /**
   * Veeqo's {@code updated_at_min} has whole seconds and Veeqo's clock is not the gateway's: each
   * poll reaches this far before the last one began; what it finds again is dropped as known.
   */
  private static final Duration OVERLAP = Duration.ofSeconds(5);

  private final OrderEventStream stream;
  private final OrderChanges changes;
  private final PollTurns turns;
  private final ProviderRegistry registry;
  private final ProviderCalls calls;
  private final WatchedOrders watched;
  private final EventSettings settings;
  private final RequestLimits limits;
  private final Instance<OrderChangeFeed> feeds;
  private final Instance<OrderListing> listings;
  private final Instance<OrderLookup> lookups;
  private final EventMetrics metrics;
  private final Map<Provider, LastPoll> lastPoll = new ConcurrentHashMap<>();
  private final Map<Provider, LastPoll> lastDenied = new ConcurrentHashMap<>();
  private final Set<Provider> failing = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService timer;

  OrderPolling(
      OrderEventStream stream,
      OrderChanges changes,
      PollTurns turns,
      ProviderRegistry registry,
      ProviderCalls calls,
      WatchedOrders watched,
      EventSettings settings,
      RequestLimits limits,
      Instance<OrderChangeFeed> feeds,
      Instance<OrderListing> listings,
      Instance<OrderLookup> lookups,
      EventMetrics metrics) {
    this.stream = stream;
    this.changes = changes;
    this.turns = turns;
    this.registry = registry;
    this.calls = calls;
    this.watched = watched;
    this.settings = settings;
    this.limits = limits;
    this.feeds = feeds;
    this.listings = listings;
    this.lookups = lookups;
    this.metrics = metrics;
  }

  void start(@Observes StartupEvent start) {
    Map<Provider, Duration> intervals = intervals(settings);
    timer =
        new ScheduledThreadPoolExecutor(
            intervals.size(),
            task -> {
              Thread thread = new Thread(task, "order-polls");
              thread.setDaemon(true);
              return thread;
            });
    intervals.forEach(
        (provider, interval) -> {
          long half = Math.max(1, interval.toMillis() / 2);
          timer.scheduleWithFixedDelay(
              () -> tick(provider, interval), half, half, TimeUnit.MILLISECONDS);
        });
  }

  void stop(@Observes ShutdownEvent stop) {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  /** The providers that are polled, and how often. */
  static Map<Provider, Duration> intervals(EventSettings settings) {
    Map<Provider, Duration> intervals = new EnumMap<>(Provider.class);
    intervals.put(Provider.VEEQO, settings.veeqoPollInterval());
    intervals.put(Provider.VEEPE, settings.veepePollInterval());
    intervals.put(Provider.SHOPWEDO, settings.shopwedoPollInterval());
    return intervals;
  }

  private void tick(Provider provider, Duration interval) {
    try {
      if (stream.subscribers() == 0) {
        return;
      }
      if (!registry.enabled(provider)) {
        return;
      }
      if (!turns.mine(provider)) {
        lastDenied.put(
            provider, new LastPoll(OffsetDateTime.now(ZoneOffset.UTC), stream.quietSpells()));
        return;
      }
      LastPoll last = lastPoll.get(provider);
      // Asked every half interval: a poll is due once three quarters of one have passed since the
      // last, so every other tick.
      if (last == null
          || !last.at()
              .plus(interval.multipliedBy(3).dividedBy(4))
              .isAfter(OffsetDateTime.now(ZoneOffset.UTC))) {
        poll(provider, interval);
      }
    } catch (RuntimeException e) {
      LOG.warnf("Polling %s for changed orders failed: %s", provider, e.toString());
    }
  }

  private void poll(Provider provider, Duration interval) {
    OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
    long spell = stream.quietSpells();
    OffsetDateTime previous = previous(provider, interval, spell);
    OffsetDateTime since = (previous == null ? startedAt.minus(interval) : previous).minus(OVERLAP);
    Optional<Supplier<List<Order>>> read = read(provider, since);
    if (read.isEmpty()) {
      return;
    }
    ProviderCalls.Outcome<List<Order>> outcome =
        calls
            .backgroundReads(
                List.of(new ProviderCalls.Read<>(provider, null, read.get())),
                limits.readDeadline())
            .get(0);
    if (outcome.failed()) {
      metrics.pollFailed(provider, outcome.failure().code());
      // Once per spell of failures: a provider that is down would otherwise fill the log.
      if (failing.add(provider)) {
        LOG.warnf(
            "Polling %s for changed orders failed (%s); retried every %s",
            provider, outcome.failure().code(), interval);
      }
      return;
    }
    metrics.polled(provider);
    if (failing.remove(provider)) {
      LOG.infof("Polling %s for changed orders works again", provider);
    }
    for (Order order : outcome.value()) {
      if (previous == null) {
        changes.remember(order);
      } else {
        boolean isNew = order.createdAt() != null && !order.createdAt().isBefore(since);
        changes.seen(
            order,
            EventSource.POLL,
            isNew ? OrderEventType.ORDER_CREATED : OrderEventType.ORDER_UPDATED);
      }
      watched.seen(order);
    }
    lastPoll.put(provider, new LastPoll(startedAt, spell));
    lastDenied.remove(provider);
    if (WatchedOrders.watchesOpenOrders(provider)) {
      checkWatched(provider, outcome.value(), previous == null);
    }
  }

  /**
   * Reads again, one by one, the next few watched open orders that were not on the page just read
   * (VeePe: its list shows nothing of an order past its newest page), each its own background read.
   * A failed read leaves the order to its next turn; one the provider no longer has is forgotten.
   */
  private void checkWatched(Provider provider, List<Order> page, boolean baseline) {
    Optional<OrderLookup> lookup = ProviderBound.of(lookups, provider);
    Set<String> onPage = page.stream().map(Order::providerId).collect(Collectors.toSet());
    List<WatchedOrders.Check> checks =
        watched.nextToCheck(provider, settings.veepeOrdersPerPoll(), onPage);
    if (lookup.isEmpty() || checks.isEmpty()) {
      return;
    }
    List<ProviderCalls.Outcome<Optional<Order>>> outcomes =
        calls.backgroundReads(
            checks.stream()
                .map(
                    check ->
                        new ProviderCalls.Read<>(
                            provider, null, () -> lookup.get().order(check.providerId())))
                .toList(),
            limits.readDeadline());
    for (int i = 0; i < checks.size(); i++) {
      WatchedOrders.Check check = checks.get(i);
      ProviderCalls.Outcome<Optional<Order>> outcome = outcomes.get(i);
      if (outcome.failed()) {
        LOG.debugf(
            "Checking watched %s order %s failed (%s); checked again in turn",
            provider, check.providerId(), outcome.failure().code());
      } else if (outcome.value().isEmpty()) {
        watched.gone(provider, check.providerId());
      } else {
        Order order = outcome.value().get();
        if (check.firstSeen() != null) {
          // What the gateway showed of the order is a known state, even in a first poll.
          changes.remember(check.firstSeen());
          changes.seen(order, EventSource.POLL, OrderEventType.ORDER_UPDATED);
        } else if (baseline) {
          changes.remember(order);
        } else {
          changes.seen(order, EventSource.POLL, OrderEventType.ORDER_UPDATED);
        }
        watched.seen(order);
      }
    }
  }

  /**
   * Where this poll reads from: this instance's last poll in the same spell of subscribers; else,
   * if another instance had the turn during this spell, about one interval before the turn was last
   * refused to this one (that instance polled within it); else nothing, and this poll is a
   * baseline: nobody heard the provider since the last poll, or there was none.
   */
  private OffsetDateTime previous(Provider provider, Duration interval, long spell) {
    LastPoll last = lastPoll.get(provider);
    LastPoll denied = lastDenied.get(provider);
    if (last != null
        && last.quietSpells() == spell
        && (denied == null || denied.at().isBefore(last.at()))) {
      return last.at();
    }
    if (denied != null && denied.quietSpells() == spell) {
      return denied.at().minus(interval);
    }
    return last != null && last.quietSpells() == spell ? last.at() : null;
  }

  /** When a provider was last polled (or refused the turn), and in which spell of subscribers. */
  private record LastPoll(OffsetDateTime at, long quietSpells) {}

  /** The one call that tells what changed at the provider, if it can tell. */
  private Optional<Supplier<List<Order>>> read(Provider provider, OffsetDateTime since) {
    Optional<OrderChangeFeed> feed = ProviderBound.of(feeds, provider);
    if (feed.isPresent()) {
      return Optional.of(() -> feed.get().changedSince(since, VEEQO_CHANGES_PER_POLL));
    }
    Optional<OrderListing> listing = ProviderBound.of(listings, provider);
    if (listing.isPresent()) {
      return Optional.of(
          () ->
              listing
                  .get()
                  .newestOrders(
                      OrderListQuery.everything(),
                      ListSlice.start(listing.get().largestOrderPage()))
                  .items());
    }
    Optional<OrderLookup> lookup = ProviderBound.of(lookups, provider);
    List<String> ids =
        watched.nextToCheck(provider, settings.shopwedoOrdersPerPoll(), Set.of()).stream()
            .map(WatchedOrders.Check::providerId)
            .toList();
    if (lookup.isEmpty() || ids.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        () -> {
          List<Order> found = new ArrayList<>();
          ids.forEach(id -> lookup.get().order(id).ifPresent(found::add));
          return found;
        });
  }
}
