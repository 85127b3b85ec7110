package com.commercegraph.order;

import com.commercegraph.provider.OrderListing;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderCalls;
import com.commercegraph.provider.ProviderCalls.Outcome;
import com.commercegraph.provider.ProviderException;
import com.commercegraph.provider.ProviderPage;
import com.commercegraph.provider.ProviderRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * All chosen providers' orders as one list, newest first, read a page at a time.
 *
 * <p>Each provider lists its own orders newest first; this merges those lists, always taking the
 * newest order any provider has next (ties go to the provider listed first). The position after
 * every order records, per provider, which provider page it is on and how many of that page's
 * orders were taken, so a walk from the start visits every order exactly once even when orders
 * share a time. A provider that fails keeps its position: its orders are missing from this page
 * only, and a later page (or a retry with the same cursor) picks it up where it stood.
 */
@ApplicationScoped
public class OrderFeed {

  private static final Comparator<Order> NEWEST_FIRST =
      Comparator.comparing(
          Order::createdAt,
          Comparator.nullsLast(Comparator.<java.time.OffsetDateTime>reverseOrder()));

  private final List<OrderListing> listings;
  private final ProviderRegistry registry;
  private final ProviderCalls calls;
  private final RequestLimits limits;

  OrderFeed(
      Instance<OrderListing> listings,
      ProviderRegistry registry,
      ProviderCalls calls,
      RequestLimits limits) {
    this.listings = listings.stream().sorted(Comparator.comparing(OrderListing::provider)).toList();
    this.registry = registry;
    this.calls = calls;
    this.limits = limits;
  }

  /** The providers whose orders can be listed; the others (ShopWeDo) only answer by id. */
  public boolean canList(Provider provider) {
    return listings.stream().anyMatch(listing -> listing.provider() == provider);
  }

  /** Up to {@code first} orders matching the filter, after {@code after}. */
  public OrderFeedPage read(OrderFilter filter, int first, FeedPosition after) {
    long deadline = System.nanoTime() + limits.deadline().toNanos();
    Map<Provider, ProviderException> failures = new EnumMap<>(Provider.class);
    List<Walk> walks = new ArrayList<>();
    for (OrderListing listing : chosen(filter)) {
      FeedPosition.At at = after.at(listing.provider());
      if (!at.done()) {
        walks.add(new Walk(listing, filter.pushdown(), at));
      }
    }
    Map<Provider, FeedPosition.At> positions = new EnumMap<>(Provider.class);
    walks.forEach(walk -> positions.put(walk.provider(), walk.at()));

    List<OrderFeedPage.Entry> entries = new ArrayList<>();
    FeedPosition current = after;
    while (entries.size() < first) {
      fetchPagesNeeded(walks, failures, deadline);
      Walk next = newestHead(walks);
      if (next == null) {
        break;
      }
      Order order = next.take();
      if (filter.createdFrom() != null
          && order.createdAt() != null
          && order.createdAt().isBefore(filter.createdFrom())) {
        // Newest first: everything after this one is older still.
        next.finish();
      }
      positions.put(next.provider(), next.at());
      current = current.with(positions);
      if (filter.matches(order)) {
        entries.add(new OrderFeedPage.Entry(order, current));
      }
    }
    boolean more = walks.stream().anyMatch(walk -> !walk.failed && walk.hasMore());
    return new OrderFeedPage(entries, more, totalCount(filter, walks, failures), failures);
  }

  private List<OrderListing> chosen(OrderFilter filter) {
    return listings.stream()
        .filter(l -> filter.providers().isEmpty() || filter.providers().contains(l.provider()))
        .filter(l -> registry.find(l.provider()).map(p -> p.enabled()).orElse(false))
        .toList();
  }

  /** Fetches, all at once, the next page of every walk that has run out of orders in hand. */
  private void fetchPagesNeeded(
      List<Walk> walks, Map<Provider, ProviderException> failures, long deadline) {
    Map<Provider, Supplier<ProviderPage<Order>>> needed = new EnumMap<>(Provider.class);
    for (Walk walk : walks) {
      if (walk.needsPage()) {
        if (walk.pagesRead >= limits.maxPagesPerProvider()) {
          walk.pause();
        } else {
          needed.put(walk.provider(), walk::fetch);
        }
      }
    }
    if (needed.isEmpty()) {
      return;
    }
    Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    Map<Provider, Outcome<ProviderPage<Order>>> outcomes = calls.all(needed, left);
    for (Walk walk : walks) {
      Outcome<ProviderPage<Order>> outcome = outcomes.get(walk.provider());
      if (outcome == null) {
        continue;
      }
      if (outcome.failed()) {
        walk.failed = true;
        failures.put(walk.provider(), outcome.failure());
      } else {
        walk.receive(outcome.value());
      }
    }
  }

  private static Walk newestHead(List<Walk> walks) {
    Walk newest = null;
    for (Walk walk : walks) {
      if (walk.hasHead()
          && (newest == null || NEWEST_FIRST.compare(walk.head(), newest.head()) < 0)) {
        newest = walk;
      }
    }
    return newest;
  }

  private static Long totalCount(
      OrderFilter filter, List<Walk> walks, Map<Provider, ProviderException> failures) {
    if (!filter.isEverything() || !failures.isEmpty()) {
      return null;
    }
    long total = 0;
    for (Walk walk : walks) {
      if (walk.total == null) {
        return null;
      }
      total += walk.total;
    }
    return total;
  }

  /** One provider's place in the walk: the page in hand and how far into it we are. */
  private static final class Walk {
    private final OrderListing listing;
    private final OrderListQuery query;
    private String page;
    private int taken;
    private boolean done;
    private List<Order> orders;
    private String nextPage;
    private Long total;
    private int pagesRead;
    private boolean failed;
    private boolean paused;

    Walk(OrderListing listing, OrderListQuery query, FeedPosition.At at) {
      this.listing = listing;
      this.query = query;
      this.page = at.page();
      this.taken = at.taken();
    }

    Provider provider() {
      return listing.provider();
    }

    FeedPosition.At at() {
      return new FeedPosition.At(page, taken, done);
    }

    boolean needsPage() {
      return !done && !failed && !paused && orders == null;
    }

    ProviderPage<Order> fetch() {
      return listing.newestOrders(query, page);
    }

    void receive(ProviderPage<Order> received) {
      pagesRead++;
      // Pages are newest first between each other; within a page the gateway sorts, stably.
      orders = received.items().stream().sorted(NEWEST_FIRST).toList();
      nextPage = received.nextPosition();
      total = received.totalCount();
      if (taken >= orders.size()) {
        turnPage();
      }
    }

    boolean hasHead() {
      return orders != null && taken < orders.size();
    }

    Order head() {
      return orders.get(taken);
    }

    Order take() {
      Order order = orders.get(taken++);
      if (taken >= orders.size()) {
        turnPage();
      }
      return order;
    }

    void finish() {
      done = true;
      orders = null;
    }

    void pause() {
      paused = true;
    }

    boolean hasMore() {
      return !done;
    }

    private void turnPage() {
      if (nextPage == null) {
        finish();
      } else {
        page = nextPage;
        taken = 0;
        orders = null;
      }
    }
  }
}
