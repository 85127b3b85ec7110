package com.commercegraph.order;

import com.commercegraph.cache.ProviderReads;
import com.commercegraph.cache.ReadKey;
import com.commercegraph.cache.ReadKind;
import com.commercegraph.merge.KeysetPages;
import com.commercegraph.merge.KeysetPosition;
import com.commercegraph.merge.ListSlice;
import com.commercegraph.merge.ListSource;
import com.commercegraph.merge.PageReader;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.order.event.WatchedOrders;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.RequestLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * All chosen providers' orders as one list, newest first, read a page at a time after the last
 * order handed out (see {@link KeysetPages} for how pages, ties, moving lists and failing providers
 * are handled). Each provider lists its own orders newest first and is asked for what the page
 * needs; its pages are kept briefly and shared while in flight ({@link ProviderReads}, kind {@link
 * ReadKind#ORDERS}).
 */
@ApplicationScoped
public class OrderFeed {

  private final List<OrderListing> listings;
  private final ProviderRegistry registry;
  private final ProviderReads reads;
  private final RequestLimits limits;
  private final NewestFirstPages pageOrder;
  private final WatchedOrders watched;

  OrderFeed(
      Instance<OrderListing> listings,
      ProviderRegistry registry,
      ProviderReads reads,
      RequestLimits limits,
      NewestFirstPages pageOrder,
      WatchedOrders watched) {
    this.listings = listings.stream().sorted(Comparator.comparing(OrderListing::provider)).toList();
    this.registry = registry;
    this.reads = reads;
    this.limits = limits;
    this.pageOrder = pageOrder;
    this.watched = watched;
  }

  /**
   * A page as the provider answered it; its open orders are watched by the change polls where the
   * provider's list would not show their later changes ({@link WatchedOrders}).
   */
  private ProviderPage<Order> watched(ProviderPage<Order> page) {
    page.items().forEach(watched::seen);
    return page;
  }

  /** The providers whose orders can be listed; the others (ShopWeDo) only answer by id. */
  public boolean canList(Provider provider) {
    return listings.stream().anyMatch(listing -> listing.provider() == provider);
  }

  /**
   * The provider calls a first page of {@code first} orders costs at the chosen providers (empty:
   * every provider that can list), before any filter of the gateway's own asks for more.
   */
  public int callsToList(int first, Set<Provider> providers) {
    return chosen(providers).stream()
        .mapToInt(listing -> listing.calls(ListSlice.start(Math.max(1, first))).size())
        .sum();
  }

  /**
   * Up to {@code first} orders matching the filter, after {@code after}. The total is the
   * providers' own, and only when the filter keeps everything they list.
   */
  public KeysetPages.Result<Order> read(
      OrderFilter filter, OrderDetail detail, int first, KeysetPosition after) {
    OrderListQuery pushdown = filter.pushdown(detail);
    List<OrderListing> chosen = chosen(filter.providers());
    List<ListSource> sources = chosen.stream().map(OrderFeed::source).toList();
    PageReader<Order> reader =
        (calls, deadline) ->
            reads.read(
                calls.stream()
                    .map(
                        call -> {
                          OrderListing listing = listing(call.provider());
                          return new ProviderReads.Read<>(
                              new ReadKey(
                                  call.provider(),
                                  ReadKind.ORDERS,
                                  new PageRead(pushdown, call.slice())),
                              () ->
                                  watched(
                                      pageOrder.checked(
                                          call.provider(),
                                          listing.newestOrders(pushdown, call.slice()))));
                        })
                    .toList(),
                deadline);
    KeysetPages.Result<Order> result =
        KeysetPages.read(
            reader,
            sources,
            new KeysetPages.Rules<>(
                OrderFeed::rank,
                Order::providerId,
                filter::matches,
                // Newest first: after an order older than the window, all the rest are older.
                order ->
                    filter.createdFrom() != null
                        && order.createdAt() != null
                        && order.createdAt().isBefore(filter.createdFrom()),
                limits.maxPagesPerProvider(),
                limits.readDeadline()),
            first,
            after);
    return filter.isEverything()
        ? result
        : new KeysetPages.Result<>(
            result.entries(), result.end(), result.hasNextPage(), null, result.failures());
  }

  /** Creation time in microseconds, the merge's rank; orders without one come last. */
  static long rank(Order order) {
    OffsetDateTime created = order.createdAt();
    if (created == null) {
      return Long.MIN_VALUE;
    }
    return ChronoUnit.MICROS.between(Instant.EPOCH, created.toInstant());
  }

  private List<OrderListing> chosen(Set<Provider> providers) {
    return listings.stream()
        .filter(l -> providers.isEmpty() || providers.contains(l.provider()))
        .filter(l -> registry.enabled(l.provider()))
        .toList();
  }

  private OrderListing listing(Provider provider) {
    return listings.stream().filter(l -> l.provider() == provider).findFirst().orElseThrow();
  }

  private static ListSource source(OrderListing listing) {
    return new ListSource() {
      @Override
      public Provider provider() {
        return listing.provider();
      }

      @Override
      public List<ListSlice> calls(ListSlice slice) {
        return listing.calls(slice);
      }

      @Override
      public int largestCall() {
        return listing.largestOrderPage();
      }
    };
  }

  /** The key of one page read: the provider's query and the slice. */
  private record PageRead(OrderListQuery query, ListSlice slice) {}
}
