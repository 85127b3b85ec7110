package com.commercegraph.catalog;

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
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCalls.Outcome;
import com.commercegraph.resilience.RequestLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogues of the providers that have one, as one list (each provider's products in its own
 * order, providers one after another), and products looked up in batches for order lines.
 *
 * <p>Products looked up by id, alone or in batches, come from the {@link ProductCache} where it has
 * them; only the others are asked for, and identical look-ups in flight share one call. Catalogue
 * pages are kept on their own, briefly ({@link ProviderReads}, kind {@link
 * ReadKind#PRODUCT_LISTS}), keyed by the provider's query and slice; their items are not put into
 * the product cache, since a list item is not always the product read by id (REC+ lists may leave
 * out stock).
 */
@ApplicationScoped
public class CatalogService {

  private final List<ProductCatalog> catalogs;
  private final ProviderRegistry registry;
  private final ProviderReads reads;
  private final RequestLimits limits;
  private final ProductCache cache;

  CatalogService(
      Instance<ProductCatalog> catalogs,
      ProviderRegistry registry,
      ProviderReads reads,
      RequestLimits limits,
      ProductCache cache) {
    this.catalogs =
        catalogs.stream().sorted(Comparator.comparing(ProductCatalog::provider)).toList();
    this.registry = registry;
    this.reads = reads;
    this.limits = limits;
    this.cache = cache;
  }

  public boolean hasCatalog(Provider provider) {
    return catalogs.stream().anyMatch(c -> c.provider() == provider);
  }

  /**
   * Provider calls a first page of {@code first} products costs at the chosen providers (empty:
   * every catalogue), before any filter of the gateway's own asks for more.
   */
  public int callsToList(int first, Set<Provider> providers) {
    return catalogs.stream()
        .filter(c -> providers.isEmpty() || providers.contains(c.provider()))
        .filter(c -> registry.enabled(c.provider()))
        .mapToInt(c -> (Math.max(1, first) + c.largestProductPage() - 1) / c.largestProductPage())
        .sum();
  }

  /** Provider calls a batch of order lines' products costs at most: one per catalogue. */
  public int callsPerBatch() {
    return (int) catalogs.stream().filter(c -> registry.enabled(c.provider())).count();
  }

  public MergedPages.Result<Product> products(
      Set<Provider> providers, ProductQuery query, int first, MergePosition after) {
    List<ProductCatalog> chosen =
        catalogs.stream()
            .filter(c -> providers.isEmpty() || providers.contains(c.provider()))
            .filter(c -> registry.enabled(c.provider()))
            .toList();
    List<ListSource> sources =
        chosen.stream().map(c -> ListSources.of(c.provider(), c.largestProductPage())).toList();
    PageReader<Product> reader =
        (calls, deadline) ->
            reads.read(
                calls.stream()
                    .map(
                        call ->
                            new ProviderReads.Read<>(
                                new ReadKey(
                                    call.provider(),
                                    ReadKind.PRODUCT_LISTS,
                                    new PageRead(query, call.slice())),
                                () ->
                                    catalog(call.provider())
                                        .orElseThrow()
                                        .products(query, call.slice())))
                    .toList(),
                deadline);
    return MergedPages.read(
        reader,
        sources,
        new MergedPages.Rules<>(
            query::matches, limits.maxPagesPerProvider(), limits.readDeadline()),
        first,
        after);
  }

  /** The key of one catalogue page read. */
  private record PageRead(ProductQuery query, ListSlice slice) {}

  /** The key of one product read by id, shared while in flight. */
  private record ById(String nativeId) {}

  /** The key of one batched look-up, shared while in flight. */
  private record ByRefs(List<String> refs) {}

  /**
   * @throws com.commercegraph.failure.ProviderException when the provider failed or is disabled
   */
  public Optional<Product> product(Provider provider, String nativeId) {
    // Kept by id, with ages of their own: an answer using them is not reused whole.
    reads.noteUntracked();
    ProductCatalog catalog = catalog(provider).orElse(null);
    if (catalog == null) {
      return Optional.empty();
    }
    if (!registry.enabled(provider)) {
      throw ProviderDisabledException.of(provider);
    }
    Optional<Product> cached = cache.get(provider, nativeId);
    if (cached.isPresent()) {
      return cached;
    }
    long generation = cache.generation(provider);
    Optional<Product> read =
        reads.one(
            new ProviderReads.Read<>(
                new ReadKey(provider, ReadKind.UNCACHED, new ById(nativeId)),
                () -> catalog.product(nativeId)),
            limits.readDeadline());
    read.ifPresent(product -> cache.put(generation, provider, nativeId, product));
    return read;
  }

  /**
   * The product behind each line, in the lines' order: the one the order embedded where there is
   * one, else the cached one, else looked up with one batched call per provider for the products
   * not cached. A line whose product cannot be had (unknown, a provider without a catalogue, a
   * failing provider) gets null; failing providers are named in the result.
   */
  public BatchResult<Product> productsFor(List<LineRef> lines) {
    // Kept by id, with ages of their own: an answer using them is not reused whole.
    reads.noteUntracked();
    Map<Provider, Set<String>> wanted = new EnumMap<>(Provider.class);
    for (LineRef line : lines) {
      if (line.embedded() == null
          && line.productRef() != null
          && catalog(line.provider()).isPresent()
          && registry.enabled(line.provider())) {
        wanted.computeIfAbsent(line.provider(), p -> new LinkedHashSet<>()).add(line.productRef());
      }
    }
    Map<String, Product> found = new HashMap<>();
    Map<Provider, List<String>> missing = new EnumMap<>(Provider.class);
    wanted.forEach(
        (provider, refs) -> {
          for (String ref : refs) {
            cache
                .get(provider, ref)
                .ifPresentOrElse(
                    product -> found.put(key(provider, ref), product),
                    () -> missing.computeIfAbsent(provider, p -> new ArrayList<>()).add(ref));
          }
        });
    Map<Provider, Long> generations = new EnumMap<>(Provider.class);
    List<Provider> asked = new ArrayList<>();
    List<ProviderReads.Read<List<Product>>> lookups = new ArrayList<>();
    missing.forEach(
        (provider, refs) -> {
          generations.put(provider, cache.generation(provider));
          asked.add(provider);
          lookups.add(
              new ProviderReads.Read<>(
                  new ReadKey(provider, ReadKind.UNCACHED, new ByRefs(List.copyOf(refs))),
                  () -> catalog(provider).orElseThrow().productsByRefs(refs)));
        });
    Map<Provider, ProviderException> failures = new EnumMap<>(Provider.class);
    List<Outcome<List<Product>>> outcomes = reads.read(lookups, limits.readDeadline());
    for (int i = 0; i < asked.size(); i++) {
      Provider provider = asked.get(i);
      Outcome<List<Product>> outcome = outcomes.get(i);
      if (outcome.failed()) {
        failures.put(provider, outcome.failure());
      } else {
        for (Product product : outcome.value()) {
          found.put(key(product.provider(), product.providerId()), product);
          cache.put(generations.get(provider), provider, product.providerId(), product);
        }
      }
    }
    List<Product> products =
        lines.stream()
            .map(
                line ->
                    line.embedded() != null
                        ? line.embedded()
                        : line.productRef() == null
                            ? null
                            : found.get(key(line.provider(), line.productRef())))
            .toList();
    return new BatchResult<>(products, failures);
  }

  private static String key(Provider provider, String id) {
    return provider + ":" + id;
  }

  private Optional<ProductCatalog> catalog(Provider provider) {
    return catalogs.stream().filter(c -> c.provider() == provider).findFirst();
  }

  /** What an order line says about its product. */
  public record LineRef(Provider provider, String productRef, Product embedded) {}
}
