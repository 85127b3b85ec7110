package com.commercegraph.merge;

import java.util.List;

/**
 * One page of a provider's list, mapped into the common model.
 *
 * @param nextPosition where the next page starts, in the provider's own terms (a page number, an
 *     offset); null on the last page. Opaque to everything but the provider that made it.
 * @param totalCount the provider's total, where it gives one
 */
public record ProviderPage<T>(List<T> items, String nextPosition, Long totalCount) {

  public ProviderPage {
    items = List.copyOf(items);
  }
}
