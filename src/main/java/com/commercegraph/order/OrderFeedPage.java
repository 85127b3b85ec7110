package com.commercegraph.order;

import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderException;
import java.util.List;
import java.util.Map;

/**
 * One page of the merged order list.
 *
 * @param totalCount all matching orders across the providers, where the providers can say
 * @param failures the providers whose part is missing from this page, and why
 */
public record OrderFeedPage(
    List<Entry> entries,
    boolean hasNextPage,
    Long totalCount,
    Map<Provider, ProviderException> failures) {

  /** An order and the position right after it, from which the next page continues. */
  public record Entry(Order order, FeedPosition after) {}
}
