package com.commercegraph.order;

import com.commercegraph.cache.ProviderReads;
import com.commercegraph.cache.ReadKey;
import com.commercegraph.cache.ReadKind;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderTimeoutException;
import com.commercegraph.merge.ListSlice;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.resilience.ProviderCalls.Outcome;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One provider's orders created in a window, read newest first in rounds of calls made at once. The
 * first round reads one page; each later one reads what is still to come in one go (split into the
 * provider's calls, at most {@code callsPerRound} of them): the provider's own count where its
 * total counts only the window (a start it filters by), else what the pages read so far say about
 * how many orders a day it takes, whichever is less. The walk ends at the first order older than
 * the window, or at the list's end.
 *
 * <p>Ending at an older order rests on the list being newest first, which no provider document
 * states: every page goes through {@link NewestFirstPages} (a page that is not is logged, counted
 * and sorted), and once a page was not, the walk no longer trusts the rule and reads on to the
 * list's end within its deadline, so that orders of the window on later pages are still counted.
 */
final class WindowWalk {

  private WindowWalk() {}

  /** The key of one call of a window walk, shared while in flight. */
  private record WindowRead(OrderListQuery query, ListSlice slice) {}

  /**
   * @param query the window's start and end and the detail; statuses are not asked for
   * @param pageOrder the guard every page goes through
   * @param background read under a rate limit only where callers leave room, and wait for that
   * @param keep what to keep of each order in the window (pages are not held past their round)
   * @throws com.commercegraph.failure.ProviderException when a call failed or the deadline passed
   */
  static <R> List<R> walk(
      OrderListing listing,
      OrderListQuery query,
      ProviderReads reads,
      NewestFirstPages pageOrder,
      boolean background,
      int callsPerRound,
      Duration deadline,
      Function<Order, R> keep) {
    long deadlineNanos = System.nanoTime() + deadline.toNanos();
    OffsetDateTime from = query.createdFrom();
    OffsetDateTime to = query.createdTo();
    Map<String, R> inWindow = new LinkedHashMap<>();
    Set<String> read = new HashSet<>();
    OffsetDateTime newest = null;
    OffsetDateTime oldest = null;
    boolean newestFirst = true;
    List<ListSlice> slices = listing.calls(ListSlice.start(listing.windowStep()));
    while (true) {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        throw new ProviderTimeoutException(
            new ProviderFailure(listing.provider(), null, null, null, false));
      }
      List<ProviderReads.Read<NewestFirstPages.Checked>> calls =
          slices.stream()
              .limit(callsPerRound)
              .map(
                  slice ->
                      new ProviderReads.Read<>(
                          new ReadKey(
                              listing.provider(),
                              ReadKind.ORDER_SUMMARY,
                              new WindowRead(query, slice)),
                          () ->
                              pageOrder.check(
                                  listing.provider(), listing.newestOrders(query, slice))))
              .toList();
      List<Outcome<NewestFirstPages.Checked>> outcomes =
          background
              ? reads.readInBackground(calls, Duration.ofNanos(left))
              : reads.read(calls, Duration.ofNanos(left));
      boolean older = false;
      String next = null;
      Long total = null;
      for (Outcome<NewestFirstPages.Checked> outcome : outcomes) {
        if (outcome.failed()) {
          throw outcome.failure();
        }
        ProviderPage<Order> page = outcome.value().page();
        newestFirst &= outcome.value().newestFirst();
        for (Order order : page.items()) {
          OffsetDateTime created = order.createdAt();
          read.add(order.providerId());
          if (created == null) {
            continue;
          }
          if (from != null && created.isBefore(from)) {
            older = true;
            continue;
          }
          newest = newest == null || created.isAfter(newest) ? created : newest;
          oldest = oldest == null || created.isBefore(oldest) ? created : oldest;
          if (to == null || created.isBefore(to)) {
            inWindow.put(order.providerId(), keep.apply(order));
          }
        }
        next = page.nextPosition();
        total = page.totalCount() != null ? page.totalCount() : total;
      }
      if ((older && newestFirst) || next == null || Thread.currentThread().isInterrupted()) {
        return List.copyOf(inWindow.values());
      }
      slices =
          listing.calls(
              ListSlice.at(
                  next,
                  newestFirst
                      ? still(read.size(), total, from, newest, oldest)
                      : still(read.size(), total, null, null, null)));
      if (slices.isEmpty()) {
        return List.copyOf(inWindow.values());
      }
    }
  }

  /**
   * How many orders are still to read: the provider's count, or the pace so far, whichever less.
   */
  private static int still(
      long read, Long total, OffsetDateTime from, OffsetDateTime newest, OffsetDateTime oldest) {
    long byTotal = total == null ? Long.MAX_VALUE : total - read;
    long byPace = Long.MAX_VALUE;
    if (from != null && newest != null && oldest != null && newest.isAfter(oldest)) {
      double seen = Duration.between(oldest, newest).toMillis();
      double ahead = Math.max(0, Duration.between(from, oldest).toMillis());
      byPace = (long) Math.ceil(read * ahead / seen);
    }
    long still = Math.min(byTotal, byPace);
    if (still == Long.MAX_VALUE) {
      still = read;
    }
    return (int) Math.max(1, Math.min(still, Integer.MAX_VALUE));
  }
}
