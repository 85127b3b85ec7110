package com.commercegraph.merge;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.Provider;
import java.util.List;
import java.util.Map;

/**
 * Values looked up for a batch of items, in the items' order, and the providers whose look-up
 * failed (their items' values are null).
 */
public record BatchResult<T>(List<T> values, Map<Provider, ProviderException> failures) {

  public BatchResult {
    values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    failures = Map.copyOf(failures);
  }
}
