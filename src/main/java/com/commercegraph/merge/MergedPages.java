package com.commercegraph.merge;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ProviderCalls;
import com.commercegraph.resilience.ProviderCalls.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Several providers' paged lists read as one list, a page at a time.
 *
 * <p>Each provider's list is read in its own order; the merge always takes the item that comes
 * first by {@code order} among the providers' next items (ties go to the provider listed first).
 * The position after every item records, per provider, which provider page it is on and how many of
 * that page's items were taken, so a walk from the start visits every item exactly once even when
 * items tie. First pages are fetched from all providers at once. A provider that fails keeps its
 * position: its items are missing from this page only, and the same cursor later picks it up where
 * it stood.
 */
public final class MergedPages {

  /** One provider's list: its page at a position (null for its first page). */
  public record Source<T>(Provider provider, Function<String, ProviderPage<T>> pages) {}

  /** An item and the position right after it, from which the next page continues. */
  public record Entry<T>(T item, MergePosition after) {}

  /**
   * @param end where the walk stopped: past the last entry and any items walked past after it, so
   *     that a page whose items were all filtered out still moves on
   * @param providersTotal the providers' own totals added up, where all of them gave one and none
   *     failed; it counts what the providers list, before the gateway's own filtering
   * @param failures the providers whose part is missing, and why
   */
  public record Result<T>(
      List<Entry<T>> entries,
      MergePosition end,
      boolean hasNextPage,
      Long providersTotal,
      Map<Provider, ProviderException> failures) {}

  /**
   * @param order the merged order; each provider's list must already be in it
   * @param keep items to show; the others are walked past
   * @param endsWalk an item after which its provider has nothing more to give (e.g. older than a
   *     window's start in a newest-first list)
   * @param maxPagesPerProvider provider pages one read may fetch, so a filter that drops most items
   *     cannot make one request walk a whole catalogue; past it the answer says there is more
   */
  public record Rules<T>(
      Comparator<T> order,
      Predicate<T> keep,
      Predicate<T> endsWalk,
      int maxPagesPerProvider,
      Duration deadline) {}

  private MergedPages() {}

  /** Up to {@code first} kept items after {@code after}. */
  public static <T> Result<T> read(
      ProviderCalls calls,
      List<Source<T>> sources,
      Rules<T> rules,
      int first,
      MergePosition after) {
    long deadline = System.nanoTime() + rules.deadline().toNanos();
    Map<Provider, ProviderException> failures = new EnumMap<>(Provider.class);
    List<Walk<T>> walks = new ArrayList<>();
    Map<Provider, MergePosition.At> positions = new EnumMap<>(Provider.class);
    for (Source<T> source : sources) {
      MergePosition.At at = after.at(source.provider());
      if (!at.done()) {
        Walk<T> walk = new Walk<>(source, at, rules.order());
        walks.add(walk);
        positions.put(walk.provider(), walk.at());
      }
    }
    List<Entry<T>> entries = new ArrayList<>();
    MergePosition current = after;
    while (entries.size() < first) {
      fetchPagesNeeded(calls, walks, failures, rules, deadline);
      Walk<T> next = firstHead(walks, rules.order());
      if (next == null) {
        break;
      }
      T item = next.take();
      if (rules.endsWalk().test(item)) {
        next.finish();
      }
      positions.put(next.provider(), next.at());
      current = current.with(positions);
      if (rules.keep().test(item)) {
        entries.add(new Entry<>(item, current));
      }
    }
    // A provider that failed is not done: its items are still to come from the same cursor, so
    // the page says there is more rather than let a client stop short of them.
    boolean more = walks.stream().anyMatch(walk -> !walk.done);
    return new Result<>(entries, current, more, total(walks, failures), failures);
  }

  private static <T> void fetchPagesNeeded(
      ProviderCalls calls,
      List<Walk<T>> walks,
      Map<Provider, ProviderException> failures,
      Rules<T> rules,
      long deadline) {
    Map<Provider, Supplier<ProviderPage<T>>> needed = new EnumMap<>(Provider.class);
    for (Walk<T> walk : walks) {
      if (walk.needsPage()) {
        if (walk.pagesRead >= rules.maxPagesPerProvider()) {
          walk.paused = true;
        } else {
          needed.put(walk.provider(), walk::fetch);
        }
      }
    }
    if (needed.isEmpty()) {
      return;
    }
    Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    Map<Provider, Outcome<ProviderPage<T>>> outcomes = calls.all(needed, left);
    for (Walk<T> walk : walks) {
      Outcome<ProviderPage<T>> outcome = outcomes.get(walk.provider());
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

  private static <T> Walk<T> firstHead(List<Walk<T>> walks, Comparator<T> order) {
    Walk<T> first = null;
    for (Walk<T> walk : walks) {
      if (walk.hasHead() && (first == null || order.compare(walk.head(), first.head()) < 0)) {
        first = walk;
      }
    }
    return first;
  }

  private static <T> Long total(List<Walk<T>> walks, Map<Provider, ProviderException> failures) {
    if (!failures.isEmpty()) {
      return null;
    }
    long total = 0;
    for (Walk<T> walk : walks) {
      if (walk.total == null) {
        return null;
      }
      total += walk.total;
    }
    return total;
  }

  /** One provider's place in the walk: the page in hand and how far into it we are. */
  private static final class Walk<T> {
    private final Source<T> source;
    private final Comparator<T> order;
    private String page;
    private int taken;
    private boolean done;
    private List<T> items;
    private String nextPage;
    private Long total;
    private int pagesRead;
    private boolean failed;
    private boolean paused;

    Walk(Source<T> source, MergePosition.At at, Comparator<T> order) {
      this.source = source;
      this.order = order;
      this.page = at.page();
      this.taken = at.taken();
    }

    Provider provider() {
      return source.provider();
    }

    MergePosition.At at() {
      return new MergePosition.At(page, taken, done);
    }

    boolean needsPage() {
      return !done && !failed && !paused && items == null;
    }

    ProviderPage<T> fetch() {
      return source.pages().apply(page);
    }

    void receive(ProviderPage<T> received) {
      pagesRead++;
      // Pages follow each other in order; within a page the gateway sorts, stably.
      items = received.items().stream().sorted(order).toList();
      nextPage = received.nextPosition();
      total = received.totalCount();
      if (taken >= items.size()) {
        turnPage();
      }
    }

    boolean hasHead() {
      return items != null && taken < items.size();
    }

    T head() {
      return items.get(taken);
    }

    T take() {
      T item = items.get(taken++);
      if (taken >= items.size()) {
        turnPage();
      }
      return item;
    }

    void finish() {
      done = true;
      items = null;
    }

    private void turnPage() {
      if (nextPage == null) {
        finish();
      } else {
        page = nextPage;
        taken = 0;
        items = null;
      }
    }
  }
}
