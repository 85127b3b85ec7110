package com.commercegraph.order;

import com.commercegraph.cache.CacheSettings;
import com.commercegraph.cache.ProviderReads;
import com.commercegraph.cache.ReadVersions;
import com.commercegraph.failure.ProviderErrors;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderTimeoutException;
import com.commercegraph.money.Money;
import com.commercegraph.order.OrderSummary.ProviderSummary;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.RequestLimits;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts and totals of the orders created in a window, per provider and overall.
 *
 * <p>With the summary cache on ({@code commerce.cache.summary-ttl} above zero), each provider's
 * orders are kept as a {@link SummaryLedger}: read once, newest first, from the window's start
 * (pushed down where the provider filters by it), in rounds of calls made at once, in the
 * background and under a rate limit only where the waiting callers leave room; any window inside it
 * is then summed at once, and it is read again in the background when older than the TTL while
 * still served with its age. A request waits for a read it needs (the first, a wider window, after
 * a write at that provider, or {@code Cache-Control: no-cache}) up to the read deadline; past it,
 * the provider's part is what was read before, with its age, or PROVIDER_TIMEOUT while there is
 * none (the read goes on, so asking again shortly finds it).
 *
 * <p>With the cache off, every request reads each provider's window for itself, the same way but
 * for the request alone, within the read deadline, with the window's end pushed down as where to
 * start where the provider can count it.
 *
 * <p>Every chosen provider is read at the same time. A provider that fails is left out entirely
 * (never counted in part) and reported in {@link OrderSummary#failures()}. Amounts of different
 * currencies are never added together.
 */
@ApplicationScoped
public class OrderSummaryService {

  /** Calls one round of a window read makes at once: a request's own, and the background's. */
  private static final int CALLS_PER_ROUND = 8;

  private static final int BACKGROUND_CALLS_PER_ROUND = 4;

  /** How long a background read of a provider's orders may take, rate limit waits included. */
  private static final Duration BACKGROUND_READ = Duration.ofMinutes(5);

  private final List<OrderListing> listings;
  private final ProviderRegistry registry;
  private final ProviderReads reads;
  private final NewestFirstPages pageOrder;
  private final RequestLimits limits;
  private final CacheSettings settings;
  private final ExecutorService walks;
  private final Map<Provider, SummaryLedger> ledgers = new EnumMap<>(Provider.class);

  OrderSummaryService(
      Instance<OrderListing> listings,
      ProviderRegistry registry,
      ProviderReads reads,
      ReadVersions versions,
      RequestLimits limits,
      CacheSettings settings,
      NewestFirstPages pageOrder) {
    this.listings = listings.stream().sorted(Comparator.comparing(OrderListing::provider)).toList();
    this.registry = registry;
    this.reads = reads;
    this.pageOrder = pageOrder;
    this.limits = limits;
    this.settings = settings;
    AtomicInteger count = new AtomicInteger();
    // Threads that wait for provider calls, never more than the walks running: at most one
    // background read per provider and one per provider of each request reading for itself.
    this.walks =
        new ThreadPoolExecutor(
            0,
            64,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> {
              Thread thread = new Thread(task, "order-summary-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    if (!settings.summaryTtl().isZero()) {
      for (OrderListing listing : this.listings) {
        ledgers.put(
            listing.provider(),
            new SummaryLedger(
                listing,
                versions,
                this::readInBackground,
                walks,
                settings.summaryTtl(),
                settings.summaryMaxAge(),
                Clock.systemUTC()));
      }
    }
  }

  @PreDestroy
  void stop() {
    walks.shutdownNow();
  }

  /**
   * The provider calls a summary costs a request at the chosen providers (empty: every provider
   * that can list): one read of each provider's orders, shared by every summary that needs it.
   */
  public int callsToSummarize(Set<Provider> providers) {
    return (int)
        listings.stream()
            .filter(l -> providers.isEmpty() || providers.contains(l.provider()))
            .filter(l -> registry.enabled(l.provider()))
            .count();
  }

  /**
   * The summary of the orders created in [from, to) at the chosen providers.
   *
   * @param providers empty for every enabled provider that can list orders; providers named here
   *     that cannot list or are disabled are simply not read (the caller reports them)
   */
  public OrderSummary summarize(OffsetDateTime from, OffsetDateTime to, Set<Provider> providers) {
    long deadline = System.nanoTime() + limits.readDeadline().toNanos();
    boolean fresh = reads.freshWanted();
    Map<Provider, CompletableFuture<Counted>> reading = new LinkedHashMap<>();
    for (OrderListing listing : listings) {
      Provider provider = listing.provider();
      if ((providers.isEmpty() || providers.contains(provider)) && registry.enabled(provider)) {
        reading.put(provider, start(listing, from, to, fresh));
      }
    }
    Map<Provider, ProviderException> failures = new EnumMap<>(Provider.class);
    List<ProviderSummary> byProvider = new ArrayList<>();
    List<Money> allTotals = new ArrayList<>();
    int count = 0;
    for (Map.Entry<Provider, CompletableFuture<Counted>> entry : reading.entrySet()) {
      Provider provider = entry.getKey();
      List<CountedOrder> orders;
      try {
        orders = await(provider, entry.getValue(), from, deadline);
      } catch (ProviderException e) {
        failures.put(provider, e);
        continue;
      }
      ProviderSummary summary = summarize(provider, orders, from, to);
      byProvider.add(summary);
      allTotals.addAll(summary.totals());
      count += summary.orderCount();
    }
    return new OrderSummary(from, to, count, perCurrency(allTotals), byProvider, failures);
  }

  /** Orders counted for a summary, and when they were read (null: for this request). */
  private record Counted(List<CountedOrder> orders, Instant readAt) {}

  private CompletableFuture<Counted> start(
      OrderListing listing, OffsetDateTime from, OffsetDateTime to, boolean fresh) {
    SummaryLedger ledger = ledgers.get(listing.provider());
    if (ledger == null) {
      return CompletableFuture.supplyAsync(
          () -> new Counted(readForRequest(listing, from, to), null), walks);
    }
    return ledger
        .answer(from, fresh)
        .thenApply(snapshot -> new Counted(snapshot.orders(), snapshot.readAt()));
  }

  /**
   * The orders read for the window, waiting at most until the deadline; past it, or after a failed
   * read, what the provider's ledger may still serve, else the failure.
   */
  private List<CountedOrder> await(
      Provider provider, CompletableFuture<Counted> reading, OffsetDateTime from, long deadline) {
    ProviderException failure;
    try {
      long left = Math.max(0, deadline - System.nanoTime());
      Counted counted = reading.get(left, TimeUnit.NANOSECONDS);
      if (counted.readAt() != null) {
        reads.noteUsed(counted.readAt(), counted.readAt().plus(settings.summaryTtl()));
      }
      return counted.orders();
    } catch (TimeoutException e) {
      failure =
          new ProviderTimeoutException(
              new ProviderFailure(
                  provider,
                  null,
                  null,
                  "the orders are still being read for the summary; ask again shortly",
                  false),
              e);
    } catch (ExecutionException e) {
      failure =
          e.getCause() instanceof ProviderException known
              ? known
              : ProviderErrors.forTransport(provider, e.getCause(), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = ProviderErrors.forTransport(provider, e, false);
    }
    SummaryLedger ledger = ledgers.get(provider);
    SummaryLedger.Snapshot kept = ledger == null ? null : ledger.fallback(from);
    if (kept == null) {
      throw failure;
    }
    reads.noteUsed(kept.readAt(), kept.readAt().plus(settings.summaryTtl()));
    return kept.orders();
  }

  /** A request's own read of the window, within its deadline, the window's end pushed down. */
  private List<CountedOrder> readForRequest(
      OrderListing listing, OffsetDateTime from, OffsetDateTime to) {
    return WindowWalk.walk(
        listing,
        new OrderListQuery(from, to, Set.of(), OrderDetail.LISTED),
        reads,
        pageOrder,
        false,
        CALLS_PER_ROUND,
        limits.readDeadline(),
        CountedOrder::of);
  }

  /** A ledger's read, from the window start on to now, in the background. */
  private List<CountedOrder> readInBackground(OrderListing listing, OffsetDateTime from) {
    return WindowWalk.walk(
        listing,
        new OrderListQuery(from, null, Set.of(), OrderDetail.LISTED),
        reads,
        pageOrder,
        true,
        BACKGROUND_CALLS_PER_ROUND,
        BACKGROUND_READ,
        CountedOrder::of);
  }

  private static ProviderSummary summarize(
      Provider provider, List<CountedOrder> orders, OffsetDateTime from, OffsetDateTime to) {
    Map<OrderStatus, Integer> byStatus = new EnumMap<>(OrderStatus.class);
    List<Money> totals = new ArrayList<>();
    int count = 0;
    for (CountedOrder order : orders) {
      if (!order.createdIn(from, to)) {
        continue;
      }
      count++;
      byStatus.merge(order.status(), 1, Integer::sum);
      if (order.total() != null) {
        totals.add(order.total());
      }
    }
    return new ProviderSummary(provider, count, byStatus, perCurrency(totals));
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
