package com.commercegraph.order;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderTimeoutException;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.money.Money;
import com.commercegraph.order.OrderSummary.ProviderSummary;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCalls;
import com.commercegraph.resilience.ProviderCalls.Outcome;
import com.commercegraph.resilience.RequestLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Counts and totals of the orders created in a window, per provider and overall.
 *
 * <p>Every chosen provider is read at the same time, each on its own threads: its list is walked
 * newest first, page after page, until a page reaches orders older than the window or the list
 * ends. The whole summary waits at most the request deadline; a provider that fails or runs past it
 * is left out entirely (never counted in part) and reported in {@link OrderSummary#failures()}.
 * Amounts of different currencies are never added together.
 */
@ApplicationScoped
public class OrderSummaryService {

  private final List<OrderListing> listings;
  private final ProviderRegistry registry;
  private final ProviderCalls calls;
  private final RequestLimits limits;

  OrderSummaryService(
      Instance<OrderListing> listings,
      ProviderRegistry registry,
      ProviderCalls calls,
      RequestLimits limits) {
    this.listings = listings.stream().sorted(Comparator.comparing(OrderListing::provider)).toList();
    this.registry = registry;
    this.calls = calls;
    this.limits = limits;
  }

  /**
   * The summary of the orders created in [from, to) at the chosen providers.
   *
   * @param providers empty for every enabled provider that can list orders; providers named here
   *     that cannot list or are disabled are simply not read (the caller reports them)
   */
  public OrderSummary summarize(OffsetDateTime from, OffsetDateTime to, Set<Provider> providers) {
    Map<Provider, Supplier<List<Order>>> walks = new EnumMap<>(Provider.class);
    long deadline = System.nanoTime() + limits.deadline().toNanos();
    OrderListQuery query = new OrderListQuery(from, Set.of());
    for (OrderListing listing : listings) {
      Provider provider = listing.provider();
      if ((providers.isEmpty() || providers.contains(provider)) && registry.enabled(provider)) {
        walks.put(provider, () -> ordersIn(listing, query, from, to, deadline));
      }
    }
    Map<Provider, Outcome<List<Order>>> outcomes = calls.all(walks, limits.deadline());

    Map<Provider, ProviderException> failures = new EnumMap<>(Provider.class);
    List<ProviderSummary> byProvider = new ArrayList<>();
    List<Money> allTotals = new ArrayList<>();
    int count = 0;
    for (Map.Entry<Provider, Outcome<List<Order>>> entry : outcomes.entrySet()) {
      Outcome<List<Order>> outcome = entry.getValue();
      if (outcome.failed()) {
        failures.put(entry.getKey(), outcome.failure());
        continue;
      }
      ProviderSummary summary = summarize(entry.getKey(), outcome.value());
      byProvider.add(summary);
      allTotals.addAll(summary.totals());
      count += summary.orderCount();
    }
    return new OrderSummary(from, to, count, perCurrency(allTotals), byProvider, failures);
  }

  /**
   * Walks one provider's list, newest first, as far as the window reaches. Past the deadline the
   * walk stops with a timeout instead of reading on in the background after the answer has gone.
   */
  private static List<Order> ordersIn(
      OrderListing listing,
      OrderListQuery query,
      OffsetDateTime from,
      OffsetDateTime to,
      long deadline) {
    List<Order> inWindow = new ArrayList<>();
    String position = null;
    do {
      if (position != null && System.nanoTime() > deadline) {
        throw new ProviderTimeoutException(
            new ProviderFailure(listing.provider(), null, null, null, false));
      }
      ProviderPage<Order> page = listing.newestOrders(query, position);
      boolean reachedOlder = false;
      for (Order order : page.items()) {
        OffsetDateTime created = order.createdAt();
        if (created == null) {
          continue;
        }
        if (created.isBefore(from)) {
          reachedOlder = true;
        } else if (created.isBefore(to)) {
          inWindow.add(order);
        }
      }
      // Newest first: a page that reaches before the window leaves nothing newer to read.
      position =
          reachedOlder || Thread.currentThread().isInterrupted() ? null : page.nextPosition();
    } while (position != null);
    return inWindow;
  }

  private static ProviderSummary summarize(Provider provider, List<Order> orders) {
    Map<OrderStatus, Integer> byStatus = new EnumMap<>(OrderStatus.class);
    List<Money> totals = new ArrayList<>();
    for (Order order : orders) {
      byStatus.merge(order.status(), 1, Integer::sum);
      if (order.total() != null) {
        totals.add(order.total());
      }
    }
    return new ProviderSummary(provider, orders.size(), byStatus, perCurrency(totals));
  }

  /** One amount per currency, ordered by currency code. */
  private static List<Money> perCurrency(List<Money> amounts) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (Money money : amounts) {
      sums.merge(money.currencyCode(), money.amount(), BigDecimal::add);
    }
    return sums.entrySet().stream().map(e -> Money.exact(e.getValue(), e.getKey())).toList();
  }
}
