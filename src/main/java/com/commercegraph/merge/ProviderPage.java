package com.commercegraph.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a provider's list, mapped into the common model.
 *
 * @param positions one per item: where a read starting with that item begins, in the provider's own
 *     terms (an index, an offset); null where the provider's list has no positions of its own (a
 *     page walked only by its next position). Opaque to everything but the provider that made them.
 * @param nextPosition where the next page starts; null on the last page
 * @param totalCount the provider's total, where it gives one
 * @param fromStart true when nothing of the list comes before this page's first item
 */
public record ProviderPage<T>(
    List<T> items,
    List<String> positions,
    String nextPosition,
    Long totalCount,
    boolean fromStart) {

  public ProviderPage {
    items = List.copyOf(items);
    positions = positions == null ? null : List.copyOf(positions);
    if (positions != null && positions.size() != items.size()) {
      throw new IllegalArgumentException("one position per item");
    }
  }

  /** A page without positions of its own. */
  public ProviderPage(List<T> items, String nextPosition, Long totalCount) {
    this(items, null, nextPosition, totalCount, false);
  }

  /**
   * A page whose item {@code i} sits at {@code first + i * step} (step 1 for an index from the
   * list's start, -1 for an offset counted the other way).
   */
  public static <T> ProviderPage<T> numbered(
      List<T> items,
      long first,
      int step,
      String nextPosition,
      Long totalCount,
      boolean fromStart) {
    List<String> positions = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      positions.add(String.valueOf(first + (long) i * step));
    }
    return new ProviderPage<>(items, positions, nextPosition, totalCount, fromStart);
  }

  /**
   * Where a read starting with item {@code index} begins, or the next page's position past them.
   */
  public String positionAt(int index) {
    if (index >= items.size()) {
      return nextPosition;
    }
    return positions == null ? null : positions.get(index);
  }

  /** Pages read one after another at once, as one: the first's start, the last's next position. */
  public static <T> ProviderPage<T> joined(List<ProviderPage<T>> pages) {
    if (pages.size() == 1) {
      return pages.get(0);
    }
    List<T> items = new ArrayList<>();
    List<String> positions = new ArrayList<>();
    boolean positioned = true;
    Long total = null;
    for (ProviderPage<T> page : pages) {
      items.addAll(page.items());
      positioned &= page.positions() != null;
      if (page.positions() != null) {
        positions.addAll(page.positions());
      }
      total = page.totalCount() != null ? page.totalCount() : total;
    }
    ProviderPage<T> last = pages.get(pages.size() - 1);
    return new ProviderPage<>(
        items, positioned ? positions : null, last.nextPosition(), total, pages.get(0).fromStart());
  }
}
