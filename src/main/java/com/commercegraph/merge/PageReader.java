package com.commercegraph.merge;

import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ProviderCalls.Outcome;
import java.time.Duration;
import java.util.List;

/**
 * Reads provider calls for a merge, all at once, each within {@code deadline}; outcomes in the
 * calls' order. The domain decides how (kept pages, shared calls in flight).
 */
@FunctionalInterface
public interface PageReader<T> {

  List<Outcome<ProviderPage<T>>> read(List<Call> calls, Duration deadline);

  /** One provider call: a slice of one provider's list. */
  record Call(Provider provider, ListSlice slice) {}
}
