package com.commercegraph.catalog;

import com.commercegraph.cache.ProviderWrites;
import com.commercegraph.cache.ReadKind;
import com.commercegraph.cache.ReadVersions;
import com.commercegraph.cache.SharedInvalidations;
import com.commercegraph.cache.WriteAwareCache;
import com.commercegraph.registry.Provider;
import com.commercegraph.stock.StockCache;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Products read from providers by id, kept for {@code commerce.cache.product-ttl}, keyed by
 * provider and the provider's product id. Only products found are kept: a failed read, or an id the
 * provider did not know, is asked again next time.
 *
 * <p>The stock a product came with is not kept with it but in the {@link StockCache}, under the
 * product's id, so it lives no longer than any other stock and goes with its provider's stock
 * writes; a product whose stock has gone is a miss and is read again, stock and all.
 *
 * <p>What this instance drops, every other instance drops too ({@link SharedInvalidations}, topic
 * {@value #TOPIC}): a product the provider says changed, and at the end of a write every product of
 * that provider (which of them the write touched is a predicate here, not something to send).
 */
@ApplicationScoped
public class ProductCache {

  /** The Quarkus cache's name, configured in application.properties. */
  public static final String NAME = "products";

  private final WriteAwareCache cache;
  private final StockCache stock;
  private final ProviderWrites writes;

  private final ReadVersions versions;
  private final SharedInvalidations others;

  static final String TOPIC = "products";

  ProductCache(
      @CacheName(NAME) Cache cache,
      StockCache stock,
      ProviderWrites writes,
      ReadVersions versions,
      SharedInvalidations others) {
    this.cache = new WriteAwareCache(cache, writes);
    this.stock = stock;
    this.writes = writes;
    this.versions = versions;
    this.others = others;
    others.onNews(TOPIC, this::dropChanged);
  }

  private record Key(Provider provider, String id) {}

  /**
   * @param product without its stock
   * @param withStock whether it came with stock, kept under its id in the stock cache
   */
  private record Entry(Product product, boolean withStock) {}

  public Optional<Product> get(Provider provider, String id) {
    Optional<Entry> entry = cache.get(new Key(provider, id));
    if (entry.isEmpty() || !entry.get().withStock()) {
      return entry.map(Entry::product);
    }
    return stock.get(stockKey(provider, id)).map(level -> entry.get().product().withStock(level));
  }

  /** Take this before asking the provider, and hand it to {@link #put} with the answer. */
  public long generation(Provider provider) {
    return writes.generation(provider);
  }

  /** Keeps a product the provider answered, unless the provider was written to meanwhile. */
  public void put(long generation, Provider provider, String id, Product product) {
    if (product.stock() != null) {
      stock.put(generation, stockKey(provider, id), product.stock());
    }
    cache.put(
        generation,
        provider,
        new Key(provider, id),
        new Entry(product.withStock(null), product.stock() != null));
  }

  /**
   * The write, with the provider's products whose ids match dropped when it begins and when it
   * ends, however it ends. While it runs nothing of that provider is cached.
   */
  public <T> Supplier<T> aroundWrite(
      Provider provider, Predicate<String> productIds, Supplier<T> write) {
    return () -> {
      writes.begin(provider);
      drop(provider, productIds);
      try {
        return write.get();
      } finally {
        writes.end(provider);
        drop(provider, productIds);
        others.tell(provider, TOPIC, SharedInvalidations.ALL);
      }
    };
  }

  /**
   * The provider says the product changed (a webhook): its cached self and stock go, and so do the
   * provider's cached catalogue pages.
   */
  public void changed(Provider provider, String productId) {
    dropChanged(provider, productId);
    others.tell(provider, TOPIC, productId);
  }

  /** As {@link #changed(Provider, String)} for every product of the provider (a batch change). */
  public void allChanged(Provider provider) {
    dropChanged(provider, SharedInvalidations.ALL);
    others.tell(provider, TOPIC, SharedInvalidations.ALL);
  }

  /** The product (or every product, {@link SharedInvalidations#ALL}) and what shows it go. */
  private void dropChanged(Provider provider, String productId) {
    drop(provider, productId.equals(SharedInvalidations.ALL) ? id -> true : productId::equals);
    stock.dropChanged(provider);
    versions.invalidate(provider, ReadKind.PRODUCT_LISTS);
  }

  private void drop(Provider provider, Predicate<String> productIds) {
    cache.invalidate(
        key ->
            key instanceof Key product
                && product.provider() == provider
                && productIds.test(product.id()));
  }

  private static StockCache.Key stockKey(Provider provider, String productId) {
    return new StockCache.Key(provider, StockCache.Lookup.PRODUCT, productId);
  }
}
