package com.commercegraph.merge;

import com.commercegraph.registry.Provider;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a walk through a merged list stands at each provider: the provider's own page position, how
 * many orders of that page were already taken, or that the provider is done.
 */
public record MergePosition(Map<Provider, At> providers) {

  public MergePosition {
    providers = Map.copyOf(providers);
  }

  public static MergePosition start() {
    return new MergePosition(Map.of());
  }

  public At at(Provider provider) {
    return providers.getOrDefault(provider, At.NEWEST);
  }

  public MergePosition with(Map<Provider, At> changes) {
    Map<Provider, At> merged = new EnumMap<>(Provider.class);
    merged.putAll(providers);
    merged.putAll(changes);
    return new MergePosition(merged);
  }

  /**
   * @param page the provider's page position (null for its first page)
   * @param taken orders of that page already in earlier answers
   * @param done nothing more to read at this provider
   */
  public record At(String page, int taken, boolean done) {
    public static final At NEWEST = new At(null, 0, false);
  }
}
