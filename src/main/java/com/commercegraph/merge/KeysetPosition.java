package com.commercegraph.merge;

import com.commercegraph.registry.Provider;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a walk through a list merged by rank (orders: their creation time, newest first) stands at
 * each provider: after which item to resume, so that items arriving or moving between two pages are
 * neither repeated nor lost.
 */
public record KeysetPosition(Map<Provider, After> providers) {

  public KeysetPosition {
    providers = Map.copyOf(providers);
  }

  public static KeysetPosition start() {
    return new KeysetPosition(Map.of());
  }

  public After of(Provider provider) {
    return providers.getOrDefault(provider, After.START);
  }

  KeysetPosition with(Map<Provider, After> changes) {
    Map<Provider, After> merged = new EnumMap<>(Provider.class);
    merged.putAll(providers);
    merged.putAll(changes);
    return new KeysetPosition(merged);
  }

  /**
   * One provider's place.
   *
   * @param rank the rank of the last item walked past (orders: creation time in microseconds); null
   *     before the first. Items of lower rank come next.
   * @param seen this provider's items of exactly that rank already walked past (ties)
   * @param hint where to resume reading the provider's list (a {@link ProviderPage#positions()}
   *     entry); only a hint: the rank decides what comes next. Null to read from the start
   * @param done nothing more to read at this provider
   */
  public record After(Long rank, List<String> seen, String hint, boolean done) {

    public static final After START = new After(null, List.of(), null, false);

    public After {
      seen = seen == null ? List.of() : List.copyOf(seen);
    }

    /** True for an item that comes after this place: lower rank, or the same and not seen. */
    boolean isAhead(long itemRank, String id) {
      return rank == null || itemRank < rank || (itemRank == rank && !seen.contains(id));
    }
  }
}
