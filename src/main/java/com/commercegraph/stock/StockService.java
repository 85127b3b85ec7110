package com.commercegraph.stock;

import com.commercegraph.cache.ProviderReads;
import com.commercegraph.cache.ReadKey;
import com.commercegraph.cache.ReadKind;
import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.merge.BatchResult;
import com.commercegraph.merge.ListSlice;
import com.commercegraph.merge.ListSource;
import com.commercegraph.merge.ListSources;
import com.commercegraph.merge.MergePosition;
import com.commercegraph.merge.MergedPages;
import com.commercegraph.merge.PageReader;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCalls.Outcome;
import com.commercegraph.resilience.RequestLimits;
import com.commercegraph.stock.StockCache.Lookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stock levels of the providers that keep stock, as one list and in batches for products.
 *
 * <p>Levels looked up by id, and by SKU for products, come from the {@link StockCache} where it has
 * them; only the others are asked for, and identical look-ups in flight share one call. Stock list
 * pages are kept on their own, briefly ({@link ProviderReads}, kind {@link ReadKind#STOCK_LISTS}),
 * keyed by the SKUs asked for and the slice.
 */
@ApplicationScoped
public class StockService {

  private final List<StockSource> sources;
  private final ProviderRegistry registry;
  private final ProviderReads reads;
  private final RequestLimits limits;
  private final StockCache cache;

  StockService(
      Instance<StockSource> sources,
      ProviderRegistry registry,
      ProviderReads reads,
      RequestLimits limits,
      StockCache cache) {
    this.sources = sources.stream().sorted(Comparator.comparing(StockSource::provider)).toList();
    this.registry = registry;
    this.reads = reads;
    this.limits = limits;
    this.cache = cache;
  }

  public boolean keepsStock(Provider provider) {
    return sources.stream().anyMatch(s -> s.provider() == provider);
  }

  /**
   * Provider calls a first page of {@code first} stock levels costs at the chosen providers (empty:
   * every provider that keeps stock).
   */
  public int callsToList(int first, Set<Provider> providers, Set<String> skus) {
    return sources.stream()
        .filter(s -> providers.isEmpty() || providers.contains(s.provider()))
        .filter(s -> registry.enabled(s.provider()))
        // No walk makes more calls than that at one provider (MergedPages).
        .mapToInt(
            s -> Math.min(s.callsToList(Math.max(1, first), skus), limits.maxPagesPerProvider()))
        .sum();
  }

  /** Provider calls a batch of products' stock costs at most: one per provider keeping stock. */
  public int callsPerBatch() {
    return (int) sources.stream().filter(s -> registry.enabled(s.provider())).count();
  }

  /** Each provider's stock in its own order, providers one after another. */
  public MergedPages.Result<StockLevel> stockLevels(
      Set<Provider> providers, Set<String> skus, int first, MergePosition after) {
    List<ListSource> walks =
        sources.stream()
            .filter(s -> providers.isEmpty() || providers.contains(s.provider()))
            .filter(s -> registry.enabled(s.provider()))
            .map(s -> ListSources.of(s.provider(), s.largestStockPage()))
            .toList();
    Set<String> asked = Set.copyOf(skus);
    PageReader<StockLevel> reader =
        (calls, deadline) ->
            reads.read(
                calls.stream()
                    .map(
                        call ->
                            new ProviderReads.Read<>(
                                new ReadKey(
                                    call.provider(),
                                    ReadKind.STOCK_LISTS,
                                    new PageRead(asked, call.slice())),
                                () ->
                                    source(call.provider())
                                        .orElseThrow()
                                        .stockLevels(asked, call.slice())))
                    .toList(),
                deadline);
    return MergedPages.read(
        reader,
        walks,
        new MergedPages.Rules<>(
            level -> level.sku() != null && (skus.isEmpty() || skus.contains(level.sku())),
            limits.maxPagesPerProvider(),
            limits.readDeadline()),
        first,
        after);
  }

  /** The key of one stock page read. */
  private record PageRead(Set<String> skus, ListSlice slice) {}

  /** The key of one level read by id, shared while in flight. */
  private record ById(String nativeId) {}

  /** The key of one batched look-up by SKU, shared while in flight. */
  private record BySkus(Set<String> skus) {}

  /**
   * @throws com.commercegraph.failure.ProviderException when the provider failed or is disabled
   */
  public Optional<StockLevel> stockLevel(Provider provider, String nativeId) {
    // Kept by id, with ages of their own: an answer using them is not reused whole.
    reads.noteUntracked();
    StockSource source = source(provider).orElse(null);
    if (source == null) {
      return Optional.empty();
    }
    if (!registry.enabled(provider)) {
      throw ProviderDisabledException.of(provider);
    }
    StockCache.Key key = new StockCache.Key(provider, Lookup.ID, nativeId);
    Optional<StockLevel> cached = cache.get(key);
    if (cached.isPresent()) {
      return cached;
    }
    long generation = cache.generation(provider);
    Optional<StockLevel> read =
        reads.one(
            new ProviderReads.Read<>(
                new ReadKey(provider, ReadKind.UNCACHED, new ById(nativeId)),
                () -> source.stockLevel(nativeId)),
            limits.readDeadline());
    read.ifPresent(level -> cache.put(generation, key, level));
    return read;
  }

  /**
   * The stock of each product, in the products' order: what the provider sent with the product
   * where it did, else the cached level of its SKU, else one call per provider for all the SKUs not
   * cached. Null where there is none to be had.
   */
  public BatchResult<StockLevel> stockFor(List<ProductRef> products) {
    // Kept by id, with ages of their own: an answer using them is not reused whole.
    reads.noteUntracked();
    Map<Provider, Set<String>> wanted = new EnumMap<>(Provider.class);
    for (ProductRef product : products) {
      if (product.stock() == null
          && product.sku() != null
          && source(product.provider()).isPresent()
          && registry.enabled(product.provider())) {
        wanted.computeIfAbsent(product.provider(), p -> new TreeSet<>()).add(product.sku());
      }
    }
    Map<String, StockLevel> found = new HashMap<>();
    Map<Provider, Set<String>> missing = new EnumMap<>(Provider.class);
    wanted.forEach(
        (provider, skus) -> {
          for (String sku : skus) {
            cache
                .get(new StockCache.Key(provider, Lookup.SKU, sku))
                .ifPresentOrElse(
                    level -> found.put(key(provider, sku), level),
                    () -> missing.computeIfAbsent(provider, p -> new TreeSet<>()).add(sku));
          }
        });
    Map<Provider, Long> generations = new EnumMap<>(Provider.class);
    List<Provider> asked = new ArrayList<>();
    List<ProviderReads.Read<List<StockLevel>>> lookups = new ArrayList<>();
    missing.forEach(
        (provider, skus) -> {
          generations.put(provider, cache.generation(provider));
          asked.add(provider);
          StockSource source = source(provider).orElseThrow();
          lookups.add(
              new ProviderReads.Read<>(
                  new ReadKey(provider, ReadKind.UNCACHED, new BySkus(Set.copyOf(skus))),
                  () -> everyLevelOf(source, skus)));
        });
    Map<Provider, ProviderException> failures = new EnumMap<>(Provider.class);
    List<Outcome<List<StockLevel>>> outcomes = reads.read(lookups, limits.readDeadline());
    for (int i = 0; i < asked.size(); i++) {
      Provider provider = asked.get(i);
      Outcome<List<StockLevel>> outcome = outcomes.get(i);
      if (outcome.failed()) {
        failures.put(provider, outcome.failure());
        continue;
      }
      outcome.value().stream()
          .filter(level -> level.sku() != null)
          .forEach(level -> found.putIfAbsent(key(level.provider(), level.sku()), level));
      for (String sku : missing.get(provider)) {
        StockLevel level = found.get(key(provider, sku));
        if (level != null) {
          cache.put(
              generations.get(provider), new StockCache.Key(provider, Lookup.SKU, sku), level);
        }
      }
    }
    List<StockLevel> levels =
        products.stream()
            .map(
                product ->
                    product.stock() != null
                        ? product.stock()
                        : found.get(key(product.provider(), product.sku())))
            .toList();
    return new BatchResult<>(levels, failures);
  }

  /**
   * The levels of these SKUs, page after page until every SKU has been seen or the provider's list
   * ends: a provider's page may hold fewer than asked (REC+ sites cap {@code limit} below the 1000
   * it asks for; Veeqo's stock comes in its product pages, 100 products at most), and a SKU on a
   * later page must not come back as "no stock". The walk also ends on an empty page or a next
   * position that does not move; the read deadline bounds it, past which the provider's part is a
   * timeout, never a silent null.
   */
  private static List<StockLevel> everyLevelOf(StockSource source, Set<String> skus) {
    List<StockLevel> levels = new ArrayList<>();
    Set<String> unseen = new TreeSet<>(skus);
    ListSlice slice = ListSlice.start(Math.max(skus.size(), source.largestStockPage()));
    while (true) {
      ProviderPage<StockLevel> page = source.stockLevels(skus, slice);
      levels.addAll(page.items());
      page.items().forEach(level -> unseen.remove(level.sku()));
      if (unseen.isEmpty()
          || page.items().isEmpty()
          || page.nextPosition() == null
          || page.nextPosition().equals(slice.position())
          || Thread.currentThread().isInterrupted()) {
        return levels;
      }
      slice = ListSlice.at(page.nextPosition(), slice.count());
    }
  }

  private static String key(Provider provider, String sku) {
    return provider + ":" + sku;
  }

  private Optional<StockSource> source(Provider provider) {
    return sources.stream().filter(s -> s.provider() == provider).findFirst();
  }

  /**
   * What a product says about its stock: its provider and SKU, and the level it came with where the
   * provider sends stock with products (null otherwise).
   */
  public record ProductRef(Provider provider, String sku, StockLevel stock) {}
}
