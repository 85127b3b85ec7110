package com.commercegraph.order;

import com.commercegraph.merge.MergePosition;
import com.commercegraph.merge.MergedPages;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCalls;
import com.commercegraph.resilience.RequestLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * All chosen providers' orders as one list, newest first, read a page at a time (see {@link
 * MergedPages} for how pages, ties and failing providers are handled). Each provider lists its own
 * orders newest first.
 */
@ApplicationScoped
public class OrderFeed {

  static final Comparator<Order> NEWEST_FIRST =
      Comparator.comparing(
          Order::createdAt, Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder()));

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

  /**
   * Up to {@code first} orders matching the filter, after {@code after}. The total is the
   * providers' own, and only when the filter keeps everything they list.
   */
  public MergedPages.Result<Order> read(OrderFilter filter, int first, MergePosition after) {
    OrderListQuery pushdown = filter.pushdown();
    List<MergedPages.Source<Order>> sources =
        listings.stream()
            .filter(l -> filter.providers().isEmpty() || filter.providers().contains(l.provider()))
            .filter(l -> registry.enabled(l.provider()))
            .map(
                l ->
                    new MergedPages.Source<Order>(
                        l.provider(), position -> l.newestOrders(pushdown, position)))
            .toList();
    MergedPages.Result<Order> result =
        MergedPages.read(
            calls,
            sources,
            new MergedPages.Rules<>(
                NEWEST_FIRST,
                filter::matches,
                // Newest first: after an order older than the window, all the rest are older.
                order ->
                    filter.createdFrom() != null
                        && order.createdAt() != null
                        && order.createdAt().isBefore(filter.createdFrom()),
                limits.maxPagesPerProvider(),
                limits.deadline()),
            first,
            after);
    return filter.isEverything()
        ? result
        : new MergedPages.Result<>(
            result.entries(), result.end(), result.hasNextPage(), null, result.failures());
  }
}
