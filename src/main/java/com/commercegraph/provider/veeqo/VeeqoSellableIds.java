package com.commercegraph.provider.veeqo;

import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.order.NewOrderLine;
import com.commercegraph.order.ProviderRefusedInputException;
import com.commercegraph.registry.Provider;
import com.commercegraph.write.InputProblem;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Between the merchant's SKUs and Veeqo's sellable ids, which a new order's line items name
 * (orders.md: {@code sellable_id}). Veeqo cannot filter products by SKU; its {@code GET
 * /products?query=} is a free-text search (products.md: "Free text search") that also matches
 * titles and longer codes, so it narrows the catalogue and the gateway keeps only sellables whose
 * {@code sku_code} equals the SKU exactly.
 *
 * <p>A SKU found at exactly one sellable is kept as long as a product read by id ({@code
 * quarkus.cache.caffeine."veeqo-sellable-ids"}, {@code COMMERCE_CACHE_PRODUCT_TTL}): SKUs are set
 * up once, and every create would otherwise pay a search per line at 5 calls a second. A miss or an
 * ambiguous SKU is never kept, so a product just added in Veeqo is found on the next create.
 *
 * <p>Calls block; run them on the provider's threads. Failures are the client's {@code
 * ProviderException}s.
 */
@ApplicationScoped
public class VeeqoSellableIds {

  /** The Quarkus cache's name, configured in application.properties. */
  static final String CACHE = "veeqo-sellable-ids";

  /**
   * Pages of matches read at most: a SKU is also a substring of longer SKUs and of titles, but 500
   * matches for one code would mean the search no longer narrows anything.
   */
  private static final int SEARCH_PAGES = 5;

  private final VeeqoClient client;
  private final CaffeineCache found;

  VeeqoSellableIds(VeeqoClient client, @CacheName(CACHE) Cache found) {
    this.client = client;
    this.found = found.as(CaffeineCache.class);
  }

  /**
   * The sellable id of each line's SKU, read before anything is sent. Choices where the documents
   * leave room, in this order:
   *
   * <ul>
   *   <li>A SKU that is exactly one sellable's {@code sku_code} names that sellable.
   *   <li>A SKU several sellables share is refused on its line ({@code AMBIGUOUS_SKU}): which
   *       product to ship is the merchant's call, not the gateway's guess.
   *   <li>A number that is no sellable's SKU is taken as a sellable id, as the gateway took every
   *       line's {@code sku} before SKUs meant the merchant's code at Veeqo (orders.md's {@code
   *       sellable_id}); Veeqo refuses an id it does not have.
   *   <li>Anything else is refused on its line ({@code UNKNOWN_SKU}).
   * </ul>
   *
   * @throws ProviderRefusedInputException naming every line refused; nothing is sent
   */
  public Map<String, Long> ofLines(List<NewOrderLine> lines) {
    Map<String, Long> ids = new HashMap<>();
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String sku = lines.get(i).sku().trim();
      if (ids.containsKey(sku)) {
        continue;
      }
      List<Long> found = of(sku);
      if (found.size() == 1) {
        ids.put(sku, found.get(0));
      } else if (found.size() > 1) {
        problems.add(
            problem(i, "AMBIGUOUS_SKU", found.size() + " Veeqo sellables have SKU " + sku));
      } else if (VeeqoOrderRequests.isVeeqoId(sku)) {
        ids.put(sku, Long.valueOf(sku));
      } else {
        problems.add(problem(i, "UNKNOWN_SKU", "Veeqo has no sellable with SKU " + sku));
      }
    }
    if (!problems.isEmpty()) {
      throw new ProviderRefusedInputException(
          new ProviderFailure(Provider.VEEQO, null, null, "SKUs Veeqo cannot name", false),
          problems);
    }
    return ids;
  }

  private static InputProblem problem(int line, String code, String message) {
    return InputProblem.of(code, message, "input", "lines", String.valueOf(line), "sku");
  }

  /**
   * The ids of the sellables whose {@code sku_code} is exactly {@code sku}: none when Veeqo has no
   * such SKU, more than one when several sellables share it.
   */
  public List<Long> of(String sku) {
    CompletableFuture<Long> kept = found.getIfPresent(sku);
    if (kept != null) {
      return List.of(kept.join());
    }
    List<Long> ids = search(sku);
    if (ids.size() == 1) {
      found.put(sku, CompletableFuture.completedFuture(ids.get(0)));
    }
    return ids;
  }

  private List<Long> search(String sku) {
    Integer page = 1;
    Set<Long> ids = new LinkedHashSet<>();
    for (int read = 0; page != null && read < SEARCH_PAGES; read++) {
      VeeqoPage<VeeqoProduct> matches =
          client.products(
              new VeeqoProductQuery(null, null, null, sku, null, page, VeeqoPageCover.LARGEST));
      for (VeeqoProduct product : matches.items()) {
        for (VeeqoSellable sellable : product.sellables()) {
          if (sellable.skuCode() != null && sku.equals(sellable.skuCode().trim())) {
            ids.add(sellable.id());
          }
        }
      }
      page = matches.items().isEmpty() ? null : matches.nextPage();
    }
    return List.copyOf(ids);
  }
}
