package com.commercegraph.provider.shopwedo;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Between the merchant's codes and ShopWeDo's stock item ids. ShopWeDo addresses stock items, and
 * order items, by its own numeric id (shopwedo-api.txt: "Our SKU/Stock item's Unique ID"); the code
 * the merchant sells under, which the other providers call the SKU, is the stock item's {@code
 * reference} ("internal reference (Barcode or similar)"). getStock filters by id only, so a code is
 * found by reading the stock list.
 *
 * <p>Calls block; run them on the provider's threads. Failures are the client's {@code
 * ProviderException}s.
 */
@ApplicationScoped
public class ShopwedoStockReferences {

  private final ShopwedoClient client;

  ShopwedoStockReferences(ShopwedoClient client) {
    this.client = client;
  }

  /**
   * The merchant's code of this stock item, or null when ShopWeDo has no such item or no code for
   * it. Kept an hour ({@code quarkus.cache.caffeine."shopwedo-stock-references"}): a stock item's
   * reference is set up once, and every order read would otherwise pay a getStock per item.
   */
  @CacheResult(cacheName = "shopwedo-stock-references")
  public String referenceOf(long stockItemId) {
    return client.stock(stockItemId, 1, 0).stream()
        .filter(item -> item.sku() != null && item.sku() == stockItemId)
        .map(item -> blankToNull(item.reference()))
        .findFirst()
        .orElse(null);
  }

  /**
   * The stock item ids of these codes, reading the stock list slice after slice until every code is
   * found or the list ends; codes ShopWeDo does not have are left out.
   */
  public Map<String, Long> idsOf(Collection<String> references) {
    Set<String> wanted = new HashSet<>(references);
    Map<String, Long> found = new HashMap<>();
    int offset = 0;
    while (!wanted.isEmpty()) {
      List<ShopwedoStockItem> slice = client.stock(null, ShopwedoClient.MAX_STOCK_LIMIT, offset);
      for (ShopwedoStockItem item : slice) {
        String reference = blankToNull(item.reference());
        if (item.sku() != null && reference != null && wanted.remove(reference)) {
          found.put(reference, item.sku());
        }
      }
      if (slice.size() < ShopwedoClient.MAX_STOCK_LIMIT) {
        break;
      }
      offset += slice.size();
    }
    return found;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
