package com.commercegraph.order;

import com.commercegraph.provider.Provider;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a walk through the merged order list stands at each provider: the provider's own page
 * position, how many orders of that page were already taken, or that the provider is done.
 */
public record FeedPosition(Map<Provider, At> providers) {

  public FeedPosition {
    providers = Map.copyOf(providers);
  }

  public static FeedPosition start() {
    return new FeedPosition(Map.of());
  }

  public At at(Provider provider) {
    return providers.getOrDefault(provider, At.NEWEST);
  }

  FeedPosition with(Map<Provider, At> changes) {
    Map<Provider, At> merged = new EnumMap<>(Provider.class);
    merged.putAll(providers);
    merged.putAll(changes);
    return new FeedPosition(merged);
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
