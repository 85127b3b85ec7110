package com.commercegraph.merge;

import com.commercegraph.registry.Provider;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a walk through lists read one provider after another stands at each provider: where to read
 * on in the provider's list, or that the provider is done.
 */
public record MergePosition(Map<Provider, At> providers) {

  public MergePosition {
    providers = Map.copyOf(providers);
  }

  public static MergePosition start() {
    return new MergePosition(Map.of());
  }

  public At at(Provider provider) {
    return providers.getOrDefault(provider, At.START);
  }

  MergePosition with(Provider provider, At at) {
    Map<Provider, At> merged = new EnumMap<>(Provider.class);
    merged.putAll(providers);
    merged.put(provider, at);
    return new MergePosition(merged);
  }

  /**
   * @param position where the provider's next item sits (a {@link ProviderPage#positions()} entry
   *     or next position); null for its start
   * @param done nothing more to read at this provider
   */
  public record At(String position, boolean done) {
    public static final At START = new At(null, false);
  }
}
