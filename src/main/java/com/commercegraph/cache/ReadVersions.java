package com.commercegraph.cache;

import com.commercegraph.registry.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether what was read from a provider may still be served: not if a write at that provider began
 * or ended since ({@link ProviderWrites}), nor while one runs, nor after that provider's reads of
 * that kind were invalidated. Invalidation is the one door for news that a provider's data changed
 * other than through the gateway's own writes (provider events, other gateway instances): {@link
 * #invalidate} per provider and kind.
 */
@ApplicationScoped
public class ReadVersions {

  private final ProviderWrites writes;
  private final Map<Provider, Map<ReadKind, AtomicLong>> epochs = new EnumMap<>(Provider.class);

  ReadVersions(ProviderWrites writes) {
    this.writes = writes;
    for (Provider provider : Provider.values()) {
      Map<ReadKind, AtomicLong> kinds = new EnumMap<>(ReadKind.class);
      for (ReadKind kind : ReadKind.values()) {
        kinds.put(kind, new AtomicLong());
      }
      epochs.put(provider, kinds);
    }
  }

  /** Where the provider's data of this kind stands now: take it before reading. */
  public Version current(Provider provider, ReadKind kind) {
    return new Version(writes.generation(provider), epochs.get(provider).get(kind).get());
  }

  /** True while nothing has changed the provider's data of this kind since {@code version}. */
  public boolean unchanged(Provider provider, ReadKind kind, Version version) {
    return writes.quietSince(provider, version.writes())
        && epochs.get(provider).get(kind).get() == version.epoch();
  }

  /** What was read of this kind from the provider may no longer be served. */
  public void invalidate(Provider provider, ReadKind kind) {
    epochs.get(provider).get(kind).incrementAndGet();
  }

  /** What was read of every kind from the provider may no longer be served. */
  public void invalidateAll(Provider provider) {
    for (ReadKind kind : ReadKind.values()) {
      invalidate(provider, kind);
    }
  }

  /**
   * Where every provider's data stands now, as one number that grows with any write or invalidation
   * anywhere: take it before reading, for what was read from several providers.
   */
  public long overall() {
    long overall = 0;
    for (Provider provider : Provider.values()) {
      overall += writes.generation(provider);
      for (AtomicLong epoch : epochs.get(provider).values()) {
        overall += epoch.get();
      }
    }
    return overall;
  }

  /** True while no write ran at any provider and nothing was invalidated since {@code overall}. */
  public boolean unchangedOverall(long overall) {
    for (Provider provider : Provider.values()) {
      if (!writes.quietSince(provider, writes.generation(provider))) {
        return false;
      }
    }
    return overall() == overall;
  }

  /** A provider's write generation and the kind's invalidation count at one moment. */
  public record Version(long writes, long epoch) {}
}
