package com.commercegraph.stock;

import com.commercegraph.cache.ProviderWrites;
import com.commercegraph.cache.ReadKind;
import com.commercegraph.cache.ReadVersions;
import com.commercegraph.cache.SharedInvalidations;
import com.commercegraph.cache.WriteAwareCache;
import com.commercegraph.registry.Provider;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Stock levels read from providers, kept for {@code commerce.cache.stock-ttl} (short: stock moves
 * with every sale). Only answers are kept: a failed read, or a level the provider did not have, is
 * asked again next time. Entries are keyed by provider and by how the level was asked for.
 *
 * <p>A write that may move stock at a provider drops all of that provider's levels when it begins
 * and again when it ends, not only those of the SKUs it names: an order names its items the
 * provider's way (Veeqo sellable ids, not the SKU codes stock is keyed by), a stock record's id
 * does not always name its SKU (Veeqo stock entries), and a REC+ product's stock is the sum of its
 * variations' (recplus-api.txt), so no narrower set can be told apart reliably. Writes are rare
 * beside reads, and only that provider's stock is read again.
 *
 * <p>What this instance drops, every other instance drops too ({@link SharedInvalidations}, topic
 * {@value #TOPIC}): a write's end and a provider's news of changed stock.
 */
@ApplicationScoped
public class StockCache {

  /** The Quarkus cache's name, configured in application.properties. */
  public static final String NAME = "stock-levels";

  private final WriteAwareCache cache;
  private final ProviderWrites writes;

  private final ReadVersions versions;
  private final SharedInvalidations others;

  static final String TOPIC = "stock";

  StockCache(
      @CacheName(NAME) Cache cache,
      ProviderWrites writes,
      ReadVersions versions,
      SharedInvalidations others) {
    this.cache = new WriteAwareCache(cache, writes);
    this.writes = writes;
    this.versions = versions;
    this.others = others;
    others.onNews(TOPIC, (provider, detail) -> dropChanged(provider));
  }

  /** How a level was asked for. */
  public enum Lookup {
    /** By the stock record's own id. */
    ID,
    /** By SKU, for a product that came without stock. */
    SKU,
    /** The stock a product came with, by the product's id (see {@code catalog.ProductCache}). */
    PRODUCT
  }

  /** An entry's key: the provider and what was asked for. */
  public record Key(Provider provider, Lookup lookup, String value) {}

  public Optional<StockLevel> get(Key key) {
    return cache.get(key);
  }

  /** Take this before asking the provider, and hand it to {@link #put} with the answer. */
  public long generation(Provider provider) {
    return writes.generation(provider);
  }

  /** Keeps a level the provider answered, unless the provider was written to meanwhile. */
  public void put(long generation, Key key, StockLevel level) {
    cache.put(generation, key.provider(), key, level);
  }

  /**
   * The write, with the provider's stock (and so its cached products' stock) dropped when it begins
   * and when it ends, however it ends: applied, refused, failed, or answered only after the caller
   * stopped waiting. While it runs no level of that provider is cached.
   */
  public <T> Supplier<T> aroundWrite(Provider provider, Supplier<T> write) {
    return () -> {
      writes.begin(provider);
      drop(provider);
      try {
        return write.get();
      } finally {
        writes.end(provider);
        drop(provider);
        others.tell(provider, TOPIC, SharedInvalidations.ALL);
      }
    };
  }

  /**
   * The provider says its stock changed (a webhook): its cached levels go, and so do its cached
   * stock pages.
   */
  public void changed(Provider provider) {
    dropChanged(provider);
    others.tell(provider, TOPIC, SharedInvalidations.ALL);
  }

  /**
   * As {@link #changed} without telling the other instances: for a caller that tells them itself (a
   * product's news carries its stock's).
   */
  public void dropChanged(Provider provider) {
    drop(provider);
    versions.invalidate(provider, ReadKind.STOCK_LISTS);
  }

  private void drop(Provider provider) {
    cache.invalidate(key -> key instanceof Key stock && stock.provider() == provider);
  }
}
