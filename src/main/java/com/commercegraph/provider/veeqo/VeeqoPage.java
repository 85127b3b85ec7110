package com.commercegraph.provider.veeqo;

import java.util.List;

/**
 * One page of a Veeqo list with the paging facts from its headers (orders.md: {@code
 * X-Total-Count}, {@code X-Total-Pages-Count}, {@code X-Page-Index}, {@code X-Per-Page}). Veeqo
 * does not send all of them on every list (products.md shows only {@code X-Total-Count}), so each
 * may be null; {@code pageIndex} and {@code perPage} then hold what was asked for.
 */
public record VeeqoPage<T>(
    List<T> items, int pageIndex, int perPage, Long totalCount, Integer totalPages) {

  public VeeqoPage {
    items = List.copyOf(items);
  }

  /**
   * The number of the page after this one, or null on the last page. Without any total, a full page
   * is taken to have a successor, which may turn out empty.
   */
  public Integer nextPage() {
    boolean more;
    if (totalPages != null) {
      more = pageIndex < totalPages;
    } else if (totalCount != null) {
      more = (long) pageIndex * perPage < totalCount;
    } else {
      more = !items.isEmpty() && items.size() >= perPage;
    }
    return more ? pageIndex + 1 : null;
  }
}
