package com.commercegraph.merge;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.merge.KeysetPosition.After;
import com.commercegraph.registry.Provider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Several providers' lists, each highest rank first (orders: newest first), read as one list a page
 * at a time, resuming after the last item handed out rather than at a count.
 *
 * <p>The merge takes the highest-ranked of the providers' next items (ties go to the provider
 * listed first, then the provider's own order). The position after every item records, per
 * provider, the rank walked down to and the items of exactly that rank already walked past, plus a
 * hint where in the provider's list to read on. Resuming reads from the hint (and a couple of items
 * before it) and keeps only items past the recorded rank: an item that arrived at the top of a list
 * since, or an item that moved down, is not handed out twice, and when the list moved up (items
 * before the hint left it, as an order does when its status no longer matches a filter the provider
 * applies) the items read before the hint show it, and that provider is read again from its start.
 *
 * <p>Each provider is asked for what the page still needs, not a fixed page: when the gateway's own
 * filter drops what came back, the next call asks for twice as many, up to the provider's largest
 * page. The calls of one round go out at once, across providers and, where one provider's pages are
 * small (VeePe), within it. A provider whose head cannot be known (a call budget or the deadline
 * ran out) ends the page there, so nothing is ever handed out of order. A provider that fails is
 * missing from this page with its error and keeps its place: the position resumes it where it
 * stood. Only providers that answered make {@code hasNextPage} true.
 */
public final class KeysetPages {

  /** Items read before a resumed position, to see whether the list moved up since. */
  static final int ANCHOR = 2;

  /**
   * @param rank higher comes first; equal ranks are ties
   * @param id the item's identity within its provider
   * @param keep items to show; the others are walked past
   * @param endsWalk an item after which its provider has nothing more to give (e.g. older than a
   *     window's start in a newest-first list the provider cannot filter)
   * @param maxCallsPerProvider provider calls one read may make to one provider
   */
  public record Rules<T>(
      ToLongFunction<T> rank,
      Function<T, String> id,
      Predicate<T> keep,
      Predicate<T> endsWalk,
      int maxCallsPerProvider,
      Duration deadline) {}

  /** An item and the position right after it, from which the next page continues. */
  public record Entry<T>(T item, KeysetPosition after) {}

  /**
   * @param end past the last entry and any items walked past after it
   * @param hasNextPage a provider that answered has more to read
   * @param providersTotal the providers' own totals added up, where all gave one and none failed
   * @param failures the providers whose part is missing, and why
   */
  public record Result<T>(
      List<Entry<T>> entries,
      KeysetPosition end,
      boolean hasNextPage,
      Long providersTotal,
      Map<Provider, ProviderException> failures) {}

  private KeysetPages() {}

  /** Up to {@code first} kept items after {@code after}. */
  public static <T> Result<T> read(
      PageReader<T> reader,
      List<ListSource> sources,
      Rules<T> rules,
      int first,
      KeysetPosition after) {
    long deadline = System.nanoTime() + rules.deadline().toNanos();
    Map<Provider, ProviderException> failures = new EnumMap<>(Provider.class);
    List<Walk<T>> walks = new ArrayList<>();
    for (ListSource source : sources) {
      After at = after.of(source.provider());
      if (!at.done()) {
        walks.add(new Walk<>(source, at, rules));
      }
    }
    List<Entry<T>> entries = new ArrayList<>();
    KeysetPosition current = after;
    Long walkedRank = null;
    boolean stopped = false;
    while (entries.size() < first) {
      fetch(reader, walks, failures, rules, first - entries.size(), deadline);
      if (walks.stream().anyMatch(Walk::blocked)) {
        stopped = true;
        break;
      }
      Walk<T> next = highest(walks);
      if (next == null) {
        break;
      }
      T item = next.take();
      long rank = rules.rank().applyAsLong(item);
      if (walkedRank == null || rank != walkedRank) {
        walkedRank = rank;
        walks.forEach(Walk::newRank);
      }
      next.walkedAtRank.add(rules.id().apply(item));
      if (rules.endsWalk().test(item)) {
        next.finish();
      }
      current = snapshot(current, walks, walkedRank);
      if (rules.keep().test(item)) {
        entries.add(new Entry<>(item, current));
      }
    }
    boolean more = stopped || walks.stream().anyMatch(walk -> !walk.failed && !walk.done);
    return new Result<>(entries, current, more, total(walks, failures), failures);
  }

  private static <T> void fetch(
      PageReader<T> reader,
      List<Walk<T>> walks,
      Map<Provider, ProviderException> failures,
      Rules<T> rules,
      int need,
      long deadline) {
    while (true) {
      List<PageRound.Ask<Walk<T>>> asks = new ArrayList<>();
      for (Walk<T> walk : walks) {
        if (!walk.needsPage()) {
          continue;
        }
        if (walk.calls >= rules.maxCallsPerProvider() || System.nanoTime() >= deadline) {
          walk.outOfBudget = true;
          continue;
        }
        List<ListSlice> parts = walk.source.calls(walk.nextSlice(need));
        walk.calls += parts.size();
        asks.add(new PageRound.Ask<>(walk, walk.provider(), parts));
      }
      boolean sent =
          PageRound.read(
              reader,
              asks,
              Duration.ofNanos(Math.max(0, deadline - System.nanoTime())),
              Walk::receive,
              (walk, failure) -> {
                walk.failed = true;
                failures.put(walk.provider(), failure);
              });
      if (!sent) {
        return;
      }
    }
  }

  private static <T> Walk<T> highest(List<Walk<T>> walks) {
    Walk<T> best = null;
    for (Walk<T> walk : walks) {
      if (walk.hasHead() && (best == null || walk.headRank() > best.headRank())) {
        best = walk;
      }
    }
    return best;
  }

  private static <T> KeysetPosition snapshot(
      KeysetPosition current, List<Walk<T>> walks, Long walkedRank) {
    Map<Provider, After> changes = new EnumMap<>(Provider.class);
    for (Walk<T> walk : walks) {
      if (!walk.failed) {
        changes.put(walk.provider(), walk.position(walkedRank));
      }
    }
    return current.with(changes);
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

  /** An item read and where it sits in its provider's list. */
  private record Held<T>(T item, long rank, int listIndex, String position) {}

  /** One provider's place in the walk: what it handed over and what is still in hand. */
  private static final class Walk<T> {
    private final ListSource source;
    private final After from;
    private final Rules<T> rules;
    private final Set<String> walked = new HashSet<>();
    private final Set<String> walkedAtRank = new TreeSet<>();
    private final List<Held<T>> held = new ArrayList<>();
    private int nextHeld;
    private String nextPosition;
    private boolean read;
    private boolean restarted;
    private int lastCount;
    private int listIndex;
    private int calls;
    private Long total;
    private boolean done;
    private boolean failed;
    private boolean outOfBudget;

    Walk(ListSource source, After from, Rules<T> rules) {
      this.source = source;
      this.from = from;
      this.rules = rules;
      this.nextPosition = from.hint();
    }

    Provider provider() {
      return source.provider();
    }

    boolean needsPage() {
      return !done && !failed && !outOfBudget && nextHeld >= held.size();
    }

    /** Live, without a next item, and unable to read one: the merge cannot go past this point. */
    boolean blocked() {
      return outOfBudget && !done && !failed && nextHeld >= held.size();
    }

    ListSlice nextSlice(int need) {
      int count =
          lastCount == 0 ? need : Math.max(need, Math.min(source.largestCall(), lastCount * 2));
      count = Math.max(1, Math.min(count, source.largestCall()));
      lastCount = count;
      boolean resuming = !read && nextPosition != null;
      return new ListSlice(nextPosition, count, resuming ? ANCHOR : 0);
    }

    void receive(ProviderPage<T> page) {
      boolean resumed = !read && from.hint() != null;
      read = true;
      if (resumed && !restarted && movedUp(page)) {
        // Items before the hint are ones this walk has not passed: the list moved up since the
        // position was taken, so the hint no longer says where to read on. Read from the start;
        // the rank keeps what was handed out from coming back.
        restarted = true;
        nextPosition = null;
        return;
      }
      total = page.totalCount();
      List<Held<T>> fresh = new ArrayList<>();
      for (int i = 0; i < page.items().size(); i++) {
        T item = page.items().get(i);
        long rank = rules.rank().applyAsLong(item);
        String id = rules.id().apply(item);
        if (from.isAhead(rank, id) && !walked.contains(id)) {
          fresh.add(new Held<>(item, rank, listIndex++, page.positionAt(i)));
        }
      }
      // Pages follow each other in order; within a page the gateway sorts, stably.
      fresh.sort(Comparator.comparingLong((Held<T> held) -> held.rank()).reversed());
      held.clear();
      nextHeld = 0;
      held.addAll(fresh);
      nextPosition = page.nextPosition();
      if (held.isEmpty() && nextPosition == null) {
        done = true;
      }
    }

    private boolean movedUp(ProviderPage<T> page) {
      if (page.fromStart() || page.items().isEmpty()) {
        return false;
      }
      T firstItem = page.items().get(0);
      return from.isAhead(rules.rank().applyAsLong(firstItem), rules.id().apply(firstItem));
    }

    boolean hasHead() {
      return nextHeld < held.size();
    }

    long headRank() {
      return held.get(nextHeld).rank();
    }

    T take() {
      Held<T> head = held.get(nextHeld++);
      walked.add(rules.id().apply(head.item()));
      if (nextHeld >= held.size() && nextPosition == null) {
        done = true;
      }
      return head.item();
    }

    void newRank() {
      walkedAtRank.clear();
    }

    void finish() {
      done = true;
      held.clear();
      nextHeld = 0;
    }

    /** This provider's place after the item just walked past, which had {@code walkedRank}. */
    After position(Long walkedRank) {
      if (done) {
        return new After(null, List.of(), null, true);
      }
      Long rank = from.rank();
      List<String> seen = from.seen();
      if (walkedRank != null && (rank == null || walkedRank < rank)) {
        rank = walkedRank;
        seen = List.copyOf(walkedAtRank);
      } else if (walkedRank != null && walkedRank.equals(rank)) {
        Set<String> both = new TreeSet<>(seen);
        both.addAll(walkedAtRank);
        seen = List.copyOf(both);
      }
      return new After(rank, seen, hint(), false);
    }

    /** Where the first item this walk still holds sits, or past all of them. */
    private String hint() {
      Held<T> earliest = null;
      for (int i = nextHeld; i < held.size(); i++) {
        Held<T> candidate = held.get(i);
        if (earliest == null || candidate.listIndex() < earliest.listIndex()) {
          earliest = candidate;
        }
      }
      if (earliest != null) {
        return earliest.position();
      }
      return read ? nextPosition : from.hint();
    }
  }
}
