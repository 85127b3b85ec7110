package com.commercegraph.merge;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.Provider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Several providers' paged lists read as one list, providers one after another, each in its own
 * order, a page at a time.
 *
 * <p>The first round asks every provider at once for what the page needs, so a page that spans
 * providers waits for the slowest only once; after that only the provider whose items come next is
 * asked, for what is still needed, and for twice as much as last time when the gateway's own filter
 * dropped what came back (up to the provider's largest page). The position after every item says
 * where each provider's list continues. A provider that fails keeps its position: its items are
 * missing from this page, with its error, and the same cursor picks it up later; it does not make
 * {@code hasNextPage} true, so a client paging to the end is not held by it.
 */
public final class MergedPages {

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
   * @param keep items to show; the others are walked past
   * @param maxCallsPerProvider provider calls one read may make to one provider
   */
  public record Rules<T>(Predicate<T> keep, int maxCallsPerProvider, Duration deadline) {}

  private MergedPages() {}

  /** Up to {@code first} kept items after {@code after}. */
  public static <T> Result<T> read(
      PageReader<T> reader,
      List<ListSource> sources,
      Rules<T> rules,
      int first,
      MergePosition after) {
    long deadline = System.nanoTime() + rules.deadline().toNanos();
    Map<Provider, ProviderException> failures = new EnumMap<>(Provider.class);
    List<Walk<T>> walks = new ArrayList<>();
    for (ListSource source : sources) {
      MergePosition.At at = after.at(source.provider());
      if (!at.done()) {
        walks.add(new Walk<>(source, at));
      }
    }
    fetch(reader, walks, failures, first, deadline);
    List<Entry<T>> entries = new ArrayList<>();
    MergePosition current = after;
    boolean stopped = false;
    for (Walk<T> walk : walks) {
      while (entries.size() < first && !walk.failed && !walk.done) {
        if (!walk.hasHead()) {
          if (walk.calls >= rules.maxCallsPerProvider() || System.nanoTime() >= deadline) {
            stopped = true;
            break;
          }
          fetch(reader, List.of(walk), failures, first - entries.size(), deadline);
          continue;
        }
        T item = walk.take();
        current = current.with(walk.provider(), walk.at());
        if (rules.keep().test(item)) {
          entries.add(new Entry<>(item, current));
        }
      }
      if (stopped || entries.size() >= first) {
        break;
      }
    }
    boolean more = stopped || walks.stream().anyMatch(walk -> !walk.failed && !walk.done);
    return new Result<>(entries, current, more, total(walks, failures), failures);
  }

  private static <T> void fetch(
      PageReader<T> reader,
      List<Walk<T>> walks,
      Map<Provider, ProviderException> failures,
      int need,
      long deadline) {
    List<PageRound.Ask<Walk<T>>> asks = new ArrayList<>();
    for (Walk<T> walk : walks) {
      if (walk.failed || walk.done || walk.hasHead()) {
        continue;
      }
      List<ListSlice> parts = walk.source.calls(walk.nextSlice(need));
      walk.calls += parts.size();
      asks.add(new PageRound.Ask<>(walk, walk.provider(), parts));
    }
    PageRound.read(
        reader,
        asks,
        Duration.ofNanos(Math.max(0, deadline - System.nanoTime())),
        Walk::receive,
        (walk, failure) -> {
          walk.failed = true;
          failures.put(walk.provider(), failure);
        });
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
    private final ListSource source;
    private String position;
    private ProviderPage<T> page;
    private int taken;
    private int lastCount;
    private int calls;
    private Long total;
    private boolean done;
    private boolean failed;

    Walk(ListSource source, MergePosition.At at) {
      this.source = source;
      this.position = at.position();
    }

    Provider provider() {
      return source.provider();
    }

    ListSlice nextSlice(int need) {
      int count =
          lastCount == 0 ? need : Math.max(need, Math.min(source.largestCall(), lastCount * 2));
      lastCount = Math.max(1, Math.min(count, source.largestCall()));
      return new ListSlice(position, lastCount, 0);
    }

    void receive(ProviderPage<T> received) {
      page = received;
      taken = 0;
      total = received.totalCount();
      if (received.items().isEmpty()) {
        turnPage();
      }
    }

    boolean hasHead() {
      return page != null && taken < page.items().size();
    }

    T take() {
      T item = page.items().get(taken++);
      if (taken >= page.items().size()) {
        turnPage();
      } else {
        position = page.positionAt(taken);
      }
      return item;
    }

    MergePosition.At at() {
      return new MergePosition.At(position, done);
    }

    private void turnPage() {
      position = page.nextPosition();
      page = null;
      if (position == null) {
        done = true;
      }
    }
  }
}
